public import XAPI

/// Why an uploader call failed.
///
/// ```swift
/// do {
///     try await uploader.enqueue(statement)
/// } catch .bufferFull {
///     showOfflineWarning()
/// } catch .refused(let rejection) {
///     log.error("statement refused: \(rejection)")
/// }
/// ```
public enum UploaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The journal's files could not be read or written.
    case journal(JournalError)
    /// The journal is full and the overflow policy is `rejectNew`.
    case bufferFull
    /// The statement is not a JSON object, has an id that is not a UUID, or was refused by a stage.
    case refused(StatementRejection)
    /// The statement alone is larger than the maximum batch size.
    case statementTooLarge(bytes: Int)
    /// The LRS answered 401 or 403: delivery is paused until new credentials are given.
    case unauthorized(status: Int)
    /// `flush` gave up waiting; the statements stay in the journal and delivery goes on.
    case deliveryIncomplete(queued: Int, lastFailure: String?)
    /// The uploader was closed.
    case closed
    /// A set-aside item cannot be retried: its bytes are not a statement with an id.
    case notRetryable(key: String)

    /// One sentence.
    public var description: String {
        switch self {
        case .journal(let error): return "journal: \(error)"
        case .bufferFull: return "the journal is full"
        case .refused(let rejection): return "refused: \(rejection)"
        case .statementTooLarge(let bytes): return "the statement has \(bytes) bytes, more than a batch may"
        case .unauthorized(let status): return "the LRS refused the credentials (\(status))"
        case .deliveryIncomplete(let queued, let failure):
            return "\(queued) statements still queued" + (failure.map { " (last failure: \($0))" } ?? "")
        case .closed: return "the uploader is closed"
        case .notRetryable(let key): return "set-aside item \(key) is not a statement with an id"
        }
    }
}

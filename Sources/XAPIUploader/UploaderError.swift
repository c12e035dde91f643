public import XAPI

/// Why an uploader call failed.
///
/// Every refusal of one statement is ``refused(_:)``, whether a stage or the uploader itself refuses it:
/// its reasons carry a stable rule id, a JSON Pointer and a message, so one `catch` matches them all, and
/// the rule id tells them apart.
///
/// ```swift
/// do {
///     try await uploader.enqueue(statement)
/// } catch .bufferFull {
///     showOfflineWarning()
/// } catch .refused(let rejection) where rejection.reasons.first?.rule == "uploader.statement.size" {
///     log.error("\(rejection)")  // uploader.statement.size at /: the statement takes 1048620 bytes, …
/// } catch .refused(let rejection) {
///     log.error("statement refused: \(rejection)")  // rule at /path: message, for each reason
/// }
/// ```
public enum UploaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The journal's files could not be read or written.
    case journal(JournalError)
    /// The journal is full and the overflow policy is `rejectNew`.
    case bufferFull
    /// The statement was refused before anything was written, with the rule id, place and message of each
    /// reason.
    ///
    /// The uploader's own rule ids: `uploader.statement` (not a JSON object), `xapi.statement.id` at `/id`
    /// (an id that is not a UUID), `uploader.statement.size` (larger than a batch may carry, see
    /// ``Uploader/Configuration/maximumBatchBytes``); a stage's refusal keeps the stage's rule ids
    /// (`xapi.*`, `fr.*`, `pseudonym.*`, or a vendor's own).
    ///
    /// ```swift
    /// catch .refused(let rejection) {
    ///     for reason in rejection.reasons where reason.rule.hasPrefix("uploader.") {
    ///         print(reason)  // uploader.statement.size at /: the statement takes 1048620 bytes, …
    ///     }
    /// }
    /// ```
    case refused(StatementRejection)
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
        case .unauthorized(let status): return "the LRS refused the credentials (\(status))"
        case .deliveryIncomplete(let queued, let failure):
            return "\(queued) statements still queued" + (failure.map { " (last failure: \($0))" } ?? "")
        case .closed: return "the uploader is closed"
        case .notRetryable(let key): return "set-aside item \(key) is not a statement with an id"
        }
    }
}

public import XAPI

/// Something the uploader did, for the vendor's logs and dashboards; events carry ids, counts, delays and
/// reasons, never a statement's content or a credential.
///
/// ```swift
/// Task {
///     for await event in uploader.events {
///         if case .dropped(let id, let reason) = event { log.warning("trace \(id.text) dropped: \(reason)") }
///     }
/// }
/// ```
public enum UploaderEvent: Sendable, Hashable {
    /// `enqueue` accepted a statement (it is durable when its commit's ``persisted(count:)`` follows).
    case enqueued(StatementID)
    /// One group commit made this many statements durable with one `fsync`.
    case persisted(count: Int)
    /// A POST left with this many statements and bytes.
    case sent(statements: Int, bytes: Int)
    /// The LRS acknowledged these statements.
    case delivered([StatementID])
    /// Delivery waits this long before trying again, and why.
    case retried(RetryReason, delay: Duration)
    /// A statement was moved to the set-aside store (its id is `nil` for damaged journal bytes).
    case setAside(StatementID?, reason: SetAsideReason)
    /// A statement was discarded without reaching the LRS.
    case dropped(StatementID, reason: DropReason)
    /// Delivery stopped until something changes.
    case paused(PauseReason)
    /// Delivery started again after a pause.
    case resumed
    /// The journal was opened: statements found waiting, damaged records set aside, torn bytes cut.
    case recovered(queued: Int, corrupt: Int, tornTailBytes: Int)
}

/// Why a delivery attempt is retried later.
public enum RetryReason: Sendable, Hashable, CustomStringConvertible {
    /// The LRS answered with this 5xx status (or another unexpected one).
    case serverError(status: Int)
    /// The LRS asked to wait (429 or 503 with `Retry-After`).
    case rateLimited(status: Int)
    /// The request timed out.
    case timeout
    /// The connection failed or was reset.
    case network(String)
    /// The LRS answered 413: the batch is halved.
    case batchTooLarge(newBatchSize: Int)

    /// A short phrase.
    public var description: String {
        switch self {
        case .serverError(let status): return "server error \(status)"
        case .rateLimited(let status): return "rate limited (\(status))"
        case .timeout: return "timeout"
        case .network(let message): return "network: \(message)"
        case .batchTooLarge(let size): return "batch too large, now \(size) statements"
        }
    }
}

/// Why a statement was dropped.
public enum DropReason: String, Sendable, Hashable, CustomStringConvertible {
    /// The journal was full and the policy is `rejectNew`: this new statement was refused.
    case bufferFull
    /// The journal was full and the policy is `dropOldest`: this old statement made room.
    case overflow
    /// It waited longer than the configured maximum age.
    case expired

    /// The raw value.
    public var description: String { rawValue }
}

/// Why delivery paused.
public enum PauseReason: Sendable, Hashable {
    /// The LRS answered 401 or 403: nothing is sent until ``Uploader/resume(credentials:)``.
    case unauthorized(status: Int)
    /// The LRS asked to wait until this many seconds since 1970 (Retry-After), kept across restarts.
    case rateLimited(untilEpochSeconds: Double)
}

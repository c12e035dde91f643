/// A snapshot of what an uploader has done since it was opened, and what waits now.
///
/// ```swift
/// let counters = await uploader.counters
/// print("\(counters.delivered) delivered, \(counters.queued) waiting, \(counters.dropped) dropped")
/// ```
public struct UploaderCounters: Sendable, Hashable {
    /// Statements accepted by `enqueue` and made durable.
    public var enqueued = 0
    /// Group commits (one `fsync` each).
    public var commits = 0
    /// Statements the LRS acknowledged.
    public var delivered = 0
    /// POST requests sent.
    public var requests = 0
    /// Retries scheduled after a failed request.
    public var retries = 0
    /// Statements moved to the set-aside store, including damaged journal records.
    public var setAside = 0
    /// Statements discarded: refused when full, dropped to make room, or expired.
    public var dropped = 0
    /// Damaged journal records found (and set aside) when the journal was opened or read.
    public var corruptRecords = 0
    /// Bytes of interrupted writes cut from the journal's end when it was opened.
    public var tornTailBytes = 0
    /// Statements waiting for delivery now.
    public var queued = 0
    /// Their bytes on disk.
    public var queuedBytes = 0
}

import Foundation
public import XAPI

/// Buffers statements in a crash-safe journal on disk and delivers them to an LRS, once in effect.
///
/// `enqueue` returns only when the statement is durable (many concurrent calls share one `fsync`); from
/// then on it reaches the LRS across crashes, reboots and outages, or is set aside with the LRS's reason,
/// or is dropped by a bound the vendor chose, and each of those is reported as an ``UploaderEvent``.
/// Ids and timestamps are fixed before the statement is written, and the stored bytes are sent as they
/// are, so a statement resent after a crash is byte-identical and the LRS recognises it.
///
/// ```swift
/// let uploader = try await Uploader(configuration: .init(
///     endpoint: URL(string: "https://lrs.example.fr/xAPI/")!,
///     credentials: .basic(username: "maths-plus", password: secret),
///     journalDirectory: appSupport.appendingPathComponent("traces")))
/// let id = try await uploader.enqueue(statement)   // durable now
/// try await uploader.flush(timeout: .seconds(20))  // delivered now
/// await uploader.close()
/// ```
public actor Uploader {
    /// What the uploader does, as it happens; one stream per uploader, finished by ``close()``.
    public nonisolated let events: AsyncStream<UploaderEvent>
    let eventSink: AsyncStream<UploaderEvent>.Continuation
    let configuration: Configuration
    let clock: any UploaderClock
    let random: any RandomSource
    let journal: Journal
    let schedule: RetrySchedule
    var client: LRSClient
    var versionNegotiated = false

    /// Statements committed and not yet removed from memory; `queue[i]` has sequence `queueBase + i`.
    var queue: [QueuedStatement] = []
    var queueBase = 0
    /// The first unresolved entry's index in `queue`, or `queue.count`.
    var head = 0
    /// Unresolved statements.
    var waitingCount = 0
    /// Bytes of unresolved statements, and of statements waiting for their commit.
    var queuedBytes = 0
    /// Just past the last committed record: the cursor when nothing waits.
    var endOfCommitted: RecordLocation
    var activeSegmentHasData = false
    var pendingCommits: [PendingCommit] = []
    var committing = false
    var commitDrainWaiters: [CheckedContinuation<Void, Never>] = []

    var deliveryTask: Task<Void, Never>?
    var wakeUp: CheckedContinuation<Void, Never>?
    var pause: PauseReason?
    var notBefore: Date?
    var failures = 0
    var lastFailure: String?
    var batchLimit: Int
    var flushWaiters: [FlushWaiter] = []
    var nextFlushWaiter = 0
    var isClosed = false
    var tally = UploaderCounters()

    /// A statement waiting for the next group commit, and its caller.
    struct PendingCommit {
        let record: JournalRecord
        let encoded: [UInt8]
        let continuation: CheckedContinuation<Result<Void, JournalError>, Never>
    }

    /// A `flush` call waiting for every statement up to `target` to be resolved.
    struct FlushWaiter {
        let id: Int
        let target: RecordLocation
        let continuation: CheckedContinuation<Result<Void, UploaderError>, Never>
    }

    /// Opens the journal (recovering what a previous run left in it) and starts delivering.
    ///
    /// - Throws: ``UploaderError/journal(_:)`` when the journal folder cannot be created or read, or is
    ///   open in another uploader.
    public init(
        configuration: Configuration,
        transport: any Transport = URLSessionTransport(),
        clock: any UploaderClock = SystemUploaderClock(),
        random: any RandomSource = SystemRandomSource()
    ) async throws(UploaderError) {
        let (events, sink) = AsyncStream.makeStream(
            of: UploaderEvent.self,
            bufferingPolicy: .bufferingNewest(max(1, configuration.eventBufferLimit))
        )
        let opened: (Journal, RecoveryReport)
        do {
            opened = try Journal.open(
                directory: configuration.journalDirectory.path,
                segmentLimit: configuration.segmentBytes,
                now: clock.now()
            )
        } catch {
            throw .journal(error)
        }
        let (journal, report) = opened
        self.events = events
        eventSink = sink
        self.configuration = configuration
        self.clock = clock
        self.random = random
        self.journal = journal
        schedule = RetrySchedule(base: configuration.retryBase, cap: configuration.retryCap)
        client = LRSClient(
            endpoint: configuration.endpoint,
            credentials: configuration.credentials,
            transport: transport
        )
        client.timeout = configuration.requestTimeout
        if case .fixed(let version) = configuration.version {
            client.version = version
            versionNegotiated = true
        }
        batchLimit = max(1, configuration.batchSize)
        endOfCommitted = journal.firstWriteLocation
        queue = report.queued
        waitingCount = report.queued.count
        queuedBytes = report.queued.reduce(0) { $0 + $1.size }
        tally.corruptRecords = report.corrupt.count
        tally.setAside = report.corrupt.count
        tally.tornTailBytes = report.tornTailBytes
        sink.yield(
            .recovered(queued: report.queued.count, corrupt: report.corrupt.count, tornTailBytes: report.tornTailBytes)
        )
        for item in report.corrupt { sink.yield(.setAside(nil, reason: item.reason)) }
        if let milliseconds = journal.cursor.notBefore {
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1_000)
            if date > clock.now() {
                notBefore = date
                sink.yield(.paused(.rateLimited(untilEpochSeconds: date.timeIntervalSince1970)))
            }
        }
        deliveryTask = Task { await self.runDelivery() }
    }

    /// What has been done since opening, and what waits now.
    public var counters: UploaderCounters {
        var counters = tally
        counters.queued = waitingCount
        counters.queuedBytes = queuedBytes
        return counters
    }

    /// Why delivery is paused, `nil` while it runs.
    public var pauseReason: PauseReason? { pause }

    /// Stores a typed statement durably; see ``enqueue(_:)-(JSONValue)``.
    @discardableResult
    public func enqueue(_ statement: Statement) async throws(UploaderError) -> StatementID {
        try await enqueue(statement.json)
    }

    /// Runs the stages, fixes the id and timestamp, and returns once the statement is on disk.
    ///
    /// A statement without `id` gets a random one and one without `timestamp` gets the current time, both
    /// before it is written: an LRS compares both when it meets the id again.
    ///
    /// A statement the uploader refuses is never written, and what was enqueued before stays queued:
    ///
    /// ```swift
    /// do {
    ///     try await uploader.enqueue(statement)
    /// } catch .refused(let rejection) {
    ///     for reason in rejection.reasons { report(reason.rule, reason.path, reason.message) }
    /// }
    /// ```
    ///
    /// - Throws: ``UploaderError/refused(_:)``: refused by a stage (the stage's rule ids), not a JSON object
    ///   (`uploader.statement`), an id that is not a UUID (`xapi.statement.id` at `/id`), or larger, written
    ///   with its id and timestamp, than one batch may carry (`uploader.statement.size`, see
    ///   ``Configuration/maximumBatchBytes``); ``UploaderError/bufferFull``, ``UploaderError/journal(_:)``,
    ///   ``UploaderError/closed``.
    @discardableResult
    public func enqueue(_ statement: JSONValue) async throws(UploaderError) -> StatementID {
        guard !isClosed else { throw .closed }
        var value = statement
        for stage in configuration.stages {
            do {
                value = try stage.process(value)
            } catch {
                throw .refused(error)
            }
        }
        guard case .object(var object) = value else {
            throw .refused(
                StatementRejection(rule: "uploader.statement", path: .root, message: "a statement is a JSON object")
            )
        }
        let id: StatementID
        if let written = object["id"] {
            guard let text = written.stringValue, let parsed = try? StatementID(text) else {
                throw .refused(
                    StatementRejection(
                        rule: "xapi.statement.id",
                        path: JSONPointer(tokens: [.key("id")]),
                        message: "the id is not a UUID"
                    )
                )
            }
            id = parsed
        } else {
            id = StatementID()
            object["id"] = .string(id.text)
        }
        let now = clock.now()
        if object["timestamp"] == nil {
            object["timestamp"] = .string(((try? Timestamp(now)) ?? Timestamp.now()).text)
        }
        let bytes = JSONWriter.bytes(from: .object(object))
        try await store(JournalRecord(id: id, enqueuedAt: Self.milliseconds(now), statement: bytes))
        return id
    }

    /// Checks the size (`uploader.statement.size`) and the bounds, then waits for the group commit that writes
    /// the record.
    func store(_ record: JournalRecord) async throws(UploaderError) {
        // A batch is a JSON array: its two brackets count against maximumBatchBytes too.
        let room = max(configuration.maximumBatchBytes, 2) - 2
        guard record.statement.count <= room else {
            // Sizes only: the message goes to logs and terminals, which must never see a statement's content.
            throw .refused(
                StatementRejection(
                    rule: "uploader.statement.size",
                    path: .root,
                    message: "the statement takes \(record.statement.count) bytes, more than the \(room) "
                        + "a batch of at most \(configuration.maximumBatchBytes) bytes (maximumBatchBytes) can carry"
                )
            )
        }
        try makeRoom(for: record)
        eventSink.yield(.enqueued(record.id))
        queuedBytes += record.size
        let encoded = record.encoded()
        let result = await withCheckedContinuation { continuation in
            pendingCommits.append(PendingCommit(record: record, encoded: encoded, continuation: continuation))
            if !committing {
                committing = true
                Task { await self.runCommits() }
            }
        }
        if case .failure(let error) = result { throw .journal(error) }
    }

    /// Writes what accumulated while the previous commit was under way, with one `fsync`, until nothing waits.
    private func runCommits() async {
        while !pendingCommits.isEmpty {
            let batch = pendingCommits
            pendingCommits = []
            var buffer: [UInt8] = []
            buffer.reserveCapacity(batch.reduce(0) { $0 + $1.encoded.count })
            for commit in batch { buffer += commit.encoded }
            switch await journal.writer.append(buffer) {
            case .success(let location):
                var offset = location.offset
                for commit in batch {
                    let record = commit.record
                    queue.append(
                        QueuedStatement(
                            id: record.id,
                            location: RecordLocation(segment: location.segment, offset: offset),
                            size: record.size,
                            enqueuedAt: record.enqueuedAt
                        )
                    )
                    offset += record.size
                }
                waitingCount += batch.count
                endOfCommitted = RecordLocation(segment: location.segment, offset: offset)
                activeSegmentHasData = true
                tally.enqueued += batch.count
                tally.commits += 1
                eventSink.yield(.persisted(count: batch.count))
                for commit in batch { commit.continuation.resume(returning: .success(())) }
                wake()
            case .failure(let error):
                for commit in batch {
                    queuedBytes -= commit.record.size
                    commit.continuation.resume(returning: .failure(error))
                }
            }
        }
        committing = false
        for waiter in commitDrainWaiters { waiter.resume() }
        commitDrainWaiters = []
    }

    /// Applies the byte bound: refuses the new statement, or drops the oldest waiting ones, per policy.
    private func makeRoom(for record: JournalRecord) throws(UploaderError) {
        let limit = configuration.maximumQueuedBytes
        guard queuedBytes + record.size > limit else { return }
        guard configuration.overflowPolicy == .dropOldest, record.size <= limit else {
            tally.dropped += 1
            eventSink.yield(.dropped(record.id, reason: .bufferFull))
            throw .bufferFull
        }
        var index = head
        while queuedBytes + record.size > limit {
            while index < queue.count && (queue[index].resolved || queue[index].inFlight) { index += 1 }
            guard index < queue.count else {
                tally.dropped += 1
                eventSink.yield(.dropped(record.id, reason: .bufferFull))
                throw .bufferFull
            }
            drop(at: index, reason: .overflow)
        }
        saveCursor()
    }

    /// Stops delivery, waits for pending commits, releases the journal and finishes ``events``.
    ///
    /// Statements not yet delivered stay in the journal for the next uploader opened on it; a pending
    /// `flush` throws ``UploaderError/closed``.
    public func close() async {
        guard !isClosed else { return }
        isClosed = true
        deliveryTask?.cancel()
        wake()
        await deliveryTask?.value
        if committing { await withCheckedContinuation { commitDrainWaiters.append($0) } }
        for waiter in flushWaiters { waiter.continuation.resume(returning: .failure(.closed)) }
        flushWaiters = []
        await journal.writer.close()
        journal.releaseLock()
        eventSink.finish()
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000).rounded(.down))
    }
}

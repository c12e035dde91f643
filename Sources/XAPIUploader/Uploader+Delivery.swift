import Foundation
import XAPI

extension Uploader {
    /// Waits until every statement enqueued before this call is delivered or set aside.
    ///
    /// Partial batches leave at once rather than after the flush interval. Failures are retried on the
    /// usual schedule while the call waits.
    ///
    /// ```swift
    /// do { try await uploader.flush(timeout: .seconds(30)) } catch .deliveryIncomplete { /* later */ }
    /// ```
    ///
    /// - Parameter timeout: how long to wait at most; `nil` waits as long as delivery takes.
    /// - Throws: ``UploaderError/unauthorized(status:)`` when delivery is paused on a 401 or 403,
    ///   ``UploaderError/deliveryIncomplete(queued:lastFailure:)`` when the timeout passes,
    ///   ``UploaderError/closed``. The statements stay in the journal in every case.
    public func flush(timeout: Duration? = nil) async throws(UploaderError) {
        guard !isClosed else { throw .closed }
        guard let target = lastUnresolvedLocation else { return }
        if case .unauthorized(let status) = pause { throw .unauthorized(status: status) }
        let id = nextFlushWaiter
        nextFlushWaiter += 1
        var timer: Task<Void, Never>?
        if let timeout {
            timer = Task { [clock] in
                guard (try? await clock.sleep(for: timeout)) != nil else { return }
                self.expireFlush(id)
            }
        }
        let result = await withCheckedContinuation { continuation in
            flushWaiters.append(FlushWaiter(id: id, target: target, continuation: continuation))
            wake()
        }
        timer?.cancel()
        try result.get()
    }

    /// Lifts an `unauthorized` pause, with new credentials when given, and delivers again.
    ///
    /// ```swift
    /// await uploader.resume(credentials: .bearer(token: refreshedToken))
    /// ```
    public func resume(credentials: Credentials? = nil) {
        if let credentials { client.credentials = credentials }
        if case .unauthorized = pause {
            pause = nil
            eventSink.yield(.resumed)
        }
        failures = 0
        wake()
    }

    private var lastUnresolvedLocation: RecordLocation? {
        queue[head...].last { !$0.resolved }?.location
    }

    private func expireFlush(_ id: Int) {
        guard let index = flushWaiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = flushWaiters.remove(at: index)
        waiter.continuation.resume(
            returning: .failure(.deliveryIncomplete(queued: waitingCount, lastFailure: lastFailure))
        )
    }

    /// The delivery loop: waits for work, honours pauses and retry dates, batches, sends.
    func runDelivery() async {
        while !Task.isCancelled {
            dropExpired()
            if activeSegmentHasData, waitingCount == 0, !committing { await startEmptySegment() }
            guard pause == nil, hasSendable else {
                await sleepUntilWoken(timeout: nil)
                continue
            }
            if let notBefore {
                let delay = notBefore.timeIntervalSince(clock.now())
                if delay > 0 {
                    do {
                        try await clock.sleep(for: .milliseconds(Int64((delay * 1_000).rounded(.up))))
                    } catch {
                        return
                    }
                    continue
                }
                self.notBefore = nil
            }
            if flushWaiters.isEmpty, waitingCount < configuration.batchSize, let oldest = firstSendable {
                let age = clock.now().timeIntervalSince1970 - Double(oldest.enqueuedAt) / 1_000
                let interval = RetrySchedule.seconds(configuration.flushInterval)
                if age < interval {
                    await sleepUntilWoken(timeout: .milliseconds(Int64(((interval - age) * 1_000).rounded(.up))))
                    continue
                }
            }
            await deliverBatch()
        }
    }

    private var hasSendable: Bool { firstSendable != nil }

    private var firstSendable: QueuedStatement? {
        queue[head...].first { !$0.resolved && !$0.inFlight }
    }

    /// Suspends until ``wake()`` or the timeout.
    private func sleepUntilWoken(timeout: Duration?) async {
        var timer: Task<Void, Never>?
        if let timeout {
            timer = Task { [clock] in
                guard (try? await clock.sleep(for: timeout)) != nil, !Task.isCancelled else { return }
                self.wake()
            }
        }
        if !Task.isCancelled {
            await withCheckedContinuation { continuation in
                wakeUp?.resume()
                wakeUp = continuation
            }
        }
        timer?.cancel()
    }

    func wake() {
        wakeUp?.resume()
        wakeUp = nil
    }

    /// Sends one batch and resolves it, bisecting on 400, 409 and 422, halving on 413.
    private func deliverBatch() async {
        if !versionNegotiated {
            do {
                client.version = LRSVersion(announced: try await client.aboutVersions()) ?? .v1_0_3
            } catch .transport(let error) {
                backOff(reason(for: error))
                return
            } catch {
                client.version = .v1_0_3
            }
            versionNegotiated = true
        }
        let sequences = takeBatch()
        guard !sequences.isEmpty else { return }
        let records: [JournalRecord?]
        do {
            records = try journal.records(of: sequences.map { queue[$0 - queueBase] })
        } catch {
            release(sequences)
            backOff(.network("journal: \(error)"))
            return
        }
        var items: [(sequence: Int, record: JournalRecord)] = []
        for (sequence, record) in zip(sequences, records) {
            if let record {
                items.append((sequence, record))
            } else {
                let entry = queue[sequence - queueBase]
                setAside(
                    sequence: sequence,
                    id: entry.id,
                    bytes: [],
                    reason: SetAsideReason(
                        kind: .corrupt,
                        status: nil,
                        message: "the record failed its checksum when read for sending"
                    )
                )
                tally.corruptRecords += 1
            }
        }
        var pieces = items.isEmpty ? [] : [items[...]]
        while let piece = pieces.first {
            pieces.removeFirst()
            var body: [UInt8] = [UInt8(ascii: "[")]
            for (index, item) in piece.enumerated() {
                if index > 0 { body.append(UInt8(ascii: ",")) }
                body += item.record.statement
            }
            body.append(UInt8(ascii: "]"))
            tally.requests += 1
            eventSink.yield(.sent(statements: piece.count, bytes: body.count))
            let response: HTTPResponse
            do {
                response = try await client.postStatements(body: body)
            } catch {
                release(piece.map(\.sequence) + pieces.flatMap { $0.map(\.sequence) })
                if case .transport(.cancelled) = error { return }
                if case .transport(let failure) = error { backOff(reason(for: failure)) }
                return
            }
            let answer = BatchAnswer(response, now: clock.now())
            switch answer {
            case .delivered:
                failures = 0
                lastFailure = nil
                resolve(piece.map(\.sequence))
                tally.delivered += piece.count
                eventSink.yield(.delivered(piece.map(\.record.id)))
                if journal.cursor.notBefore != nil { journal.cursor.notBefore = nil }
                saveCursor()
            case .conflict(let message), .refused(_, let message):
                if piece.count > 1 {
                    let middle = piece.startIndex + piece.count / 2
                    pieces.insert(contentsOf: [piece[..<middle], piece[middle...]], at: 0)
                    continue
                }
                var kind = SetAsideReason.Kind.refused
                if case .conflict = answer { kind = .conflict }
                for item in piece {
                    setAside(
                        sequence: item.sequence,
                        id: item.record.id,
                        bytes: item.record.statement,
                        reason: SetAsideReason(kind: kind, status: response.status, message: Self.explanation(message))
                    )
                }
                saveCursor()
            case .tooLarge:
                if piece.count > 1 {
                    batchLimit = max(1, piece.count / 2)
                    tally.retries += 1
                    eventSink.yield(.retried(.batchTooLarge(newBatchSize: batchLimit), delay: .zero))
                    var chunks: [ArraySlice<(sequence: Int, record: JournalRecord)>] = []
                    var start = piece.startIndex
                    while start < piece.endIndex {
                        let end = min(start + batchLimit, piece.endIndex)
                        chunks.append(piece[start..<end])
                        start = end
                    }
                    pieces.insert(contentsOf: chunks, at: 0)
                    continue
                }
                for item in piece {
                    setAside(
                        sequence: item.sequence,
                        id: item.record.id,
                        bytes: item.record.statement,
                        reason: SetAsideReason(
                            kind: .tooLarge,
                            status: 413,
                            message: "the LRS refused the statement alone as too large"
                        )
                    )
                }
                saveCursor()
            case .unauthorized(let status):
                release(piece.map(\.sequence) + pieces.flatMap { $0.map(\.sequence) })
                pause = .unauthorized(status: status)
                lastFailure = "unauthorized (\(status))"
                eventSink.yield(.paused(.unauthorized(status: status)))
                for waiter in flushWaiters {
                    waiter.continuation.resume(returning: .failure(.unauthorized(status: status)))
                }
                flushWaiters = []
                return
            case .retryAfter(let status, let delay):
                release(piece.map(\.sequence) + pieces.flatMap { $0.map(\.sequence) })
                let until = clock.now().addingTimeInterval(RetrySchedule.seconds(delay))
                notBefore = until
                journal.cursor.notBefore = Self.milliseconds(until)
                saveCursor()
                tally.retries += 1
                lastFailure = RetryReason.rateLimited(status: status).description
                eventSink.yield(.retried(.rateLimited(status: status), delay: delay))
                eventSink.yield(.paused(.rateLimited(untilEpochSeconds: until.timeIntervalSince1970)))
                return
            case .serverError(let status):
                release(piece.map(\.sequence) + pieces.flatMap { $0.map(\.sequence) })
                backOff(.serverError(status: status))
                return
            }
        }
    }

    /// The LRS's reason in a few words: the `detail` or `message` member of a JSON body when present.
    private static func explanation(_ body: String) -> String {
        if case .object(let object)? = try? JSONParser().parse(body) {
            if let detail = object["detail"]?.stringValue ?? object["message"]?.stringValue { return detail }
            if case .array(let details)? = object["detail"] {
                return details.compactMap { $0["msg"]?.stringValue }.prefix(3).joined(separator: "; ")
            }
        }
        return body
    }

    private func reason(for error: TransportError) -> RetryReason {
        switch error {
        case .timeout: return .timeout
        case .connection(let message): return .network(message)
        case .cancelled: return .network("cancelled")
        }
    }

    /// Schedules the next attempt after a failure: full jitter under an exponentially growing ceiling.
    private func backOff(_ reason: RetryReason) {
        failures += 1
        let delay = schedule.delay(afterFailures: failures, fraction: random.fraction())
        notBefore = clock.now().addingTimeInterval(RetrySchedule.seconds(delay))
        tally.retries += 1
        lastFailure = reason.description
        eventSink.yield(.retried(reason, delay: delay))
    }

    /// Marks up to a batch of waiting statements in flight: at most `batchLimit`, at most the byte limit,
    /// and never the same id twice (an LRS refuses a batch that repeats an id).
    private func takeBatch() -> [Int] {
        var sequences: [Int] = []
        var bytes = 2
        var ids = Set<StatementID>()
        var index = head
        while index < queue.count && sequences.count < batchLimit {
            let entry = queue[index]
            if entry.resolved || entry.inFlight {
                index += 1
                continue
            }
            let size = entry.size - JournalRecord.headerSize - JournalRecord.bodyPrefixSize + 1
            if !sequences.isEmpty && bytes + size > configuration.maximumBatchBytes { break }
            if ids.contains(entry.id) { break }
            ids.insert(entry.id)
            bytes += size
            queue[index].inFlight = true
            sequences.append(queueBase + index)
            index += 1
        }
        return sequences
    }

    private func release(_ sequences: [Int]) {
        for sequence in sequences { queue[sequence - queueBase].inFlight = false }
    }
}

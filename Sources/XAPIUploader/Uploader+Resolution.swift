import Foundation
import XAPI

/// How statements leave the queue (delivered, set aside, dropped) and how the cursor follows.
extension Uploader {
    /// Marks statements resolved.
    func resolve(_ sequences: [Int]) {
        for sequence in sequences {
            let index = sequence - queueBase
            guard !queue[index].resolved else { continue }
            queue[index].resolved = true
            queue[index].inFlight = false
            waitingCount -= 1
            queuedBytes -= queue[index].size
        }
    }

    /// Moves a statement to the set-aside store; if the store cannot be written it stays queued.
    func setAside(sequence: Int, id: StatementID, bytes: [UInt8], reason: SetAsideReason) {
        let entry = queue[sequence - queueBase]
        let item = SetAsideStatement(
            key: "\(entry.location.segment)-\(entry.location.offset)-\(id.canonicalText)",
            id: id,
            reason: reason,
            setAsideAt: clock.now(),
            bytes: bytes
        )
        do {
            try journal.setAside.store(item)
        } catch {
            queue[sequence - queueBase].inFlight = false
            lastFailure = "set-aside store: \(error)"
            return
        }
        resolve([sequence])
        tally.setAside += 1
        eventSink.yield(.setAside(id, reason: reason))
    }

    /// Drops the statement at `index` of the queue and reports it.
    func drop(at index: Int, reason: DropReason) {
        resolve([queueBase + index])
        tally.dropped += 1
        eventSink.yield(.dropped(queue[index].id, reason: reason))
    }

    /// Drops waiting statements older than the maximum age (those in flight are left to their answer).
    func dropExpired() {
        let limit = Self.milliseconds(clock.now()) - Int64(RetrySchedule.seconds(configuration.maximumAge) * 1_000)
        var dropped = false
        var index = head
        while index < queue.count, queue[index].resolved || queue[index].inFlight || queue[index].enqueuedAt < limit {
            if !queue[index].resolved && !queue[index].inFlight {
                drop(at: index, reason: .expired)
                dropped = true
            }
            index += 1
        }
        if dropped { saveCursor() }
    }

    /// Advances the cursor past resolved statements, saves it, and wakes the `flush` calls it satisfies.
    func saveCursor() {
        while head < queue.count && queue[head].resolved { head += 1 }
        journal.cursor.position = head < queue.count ? queue[head].location : endOfCommitted
        journal.cursor.resolvedAhead = queue[head...].filter(\.resolved).map(\.location)
        do {
            try journal.saveCursor()
        } catch {
            // Not fatal: an old cursor only makes the next run resend what the LRS already has.
            lastFailure = "cursor: \(error)"
        }
        if head > 1_024 && head * 2 > queue.count && !queue[head...].contains(where: \.inFlight) {
            queue.removeFirst(head)
            queueBase += head
            head = 0
        }
        let firstUnresolved = head < queue.count ? queue[head].location : nil
        var satisfied: [FlushWaiter] = []
        flushWaiters.removeAll { waiter in
            guard firstUnresolved.map({ $0 > waiter.target }) ?? true else { return false }
            satisfied.append(waiter)
            return true
        }
        for waiter in satisfied { waiter.continuation.resume(returning: .success(())) }
    }

    /// Once everything is delivered, starts a new segment so the delivered one can be deleted at once:
    /// statements should not stay on the device longer than their delivery takes.
    func startEmptySegment() async {
        let knownEnd = endOfCommitted
        guard case .success(let segment) = await journal.writer.rotate() else { return }
        activeSegmentHasData = false
        // A commit that slipped in before the rotation moved the end: then the old segment still has work.
        if endOfCommitted == knownEnd && waitingCount == 0 && !committing {
            endOfCommitted = RecordLocation(segment: segment, offset: 0)
            saveCursor()
        }
    }
}

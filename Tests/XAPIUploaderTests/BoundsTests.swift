import Foundation
import Testing
import XAPI

@testable import XAPIUploader

/// The byte and age bounds under each overflow policy: every drop is counted and reported.
@Suite("Bounds")
struct BoundsTests {
    private func heldUploader(
        _ configure: (inout Uploader.Configuration) -> Void
    ) async throws -> (Uploader, VirtualClock) {
        var configuration = Fixtures.configuration(journal: Fixtures.temporaryDirectory())
        configure(&configuration)
        let clock = VirtualClock()
        clock.isFrozen = true
        let lrs = MemoryLRS(faults: Array(repeating: .status(500), count: 1_000))
        return (try await Uploader(configuration: configuration, transport: lrs, clock: clock), clock)
    }

    private func drops(_ events: [UploaderEvent]) -> [(StatementID, DropReason)] {
        events.compactMap { if case .dropped(let id, let reason) = $0 { return (id, reason) } else { return nil } }
    }

    private func attempt(_ uploader: Uploader, _ statement: JSONValue) async -> Result<StatementID, UploaderError> {
        do {
            return .success(try await uploader.enqueue(statement))
        } catch {
            return .failure(error)
        }
    }

    @Test func rejectsNewStatementsWhenFull() async throws {
        let (uploader, _) = try await heldUploader { $0.maximumQueuedBytes = 2_000 }
        var accepted: [StatementID] = []
        var refused = 0
        for index in 0..<20 {
            switch await attempt(uploader, Fixtures.statement(index)) {
            case .success(let id): accepted.append(id)
            case .failure(let error):
                #expect(error == .bufferFull)
                refused += 1
            }
        }
        let counters = await uploader.counters
        await uploader.close()
        #expect(refused > 0)
        #expect(accepted.count + refused == 20)
        #expect(counters.queued == accepted.count)
        #expect(counters.queuedBytes <= 2_000)
        #expect(counters.dropped == refused)
        let dropped = drops(await Fixtures.events(of: uploader))
        #expect(dropped.count == refused)
        let acceptedIDs = Set(accepted)
        #expect(dropped.allSatisfy { $0.1 == .bufferFull && !acceptedIDs.contains($0.0) })
    }

    @Test func dropsTheOldestWhenFullUnderDropOldest() async throws {
        let (uploader, _) = try await heldUploader {
            $0.maximumQueuedBytes = 2_000
            $0.overflowPolicy = .dropOldest
        }
        var ids: [StatementID] = []
        for index in 0..<20 { ids.append(try await uploader.enqueue(Fixtures.statement(index))) }
        let counters = await uploader.counters
        await uploader.close()
        let dropped = drops(await Fixtures.events(of: uploader))
        #expect(counters.queued + dropped.count == 20)
        #expect(counters.queuedBytes <= 2_000)
        #expect(dropped.allSatisfy { $0.1 == .overflow })
        // The oldest go first: what is dropped is a prefix of what was enqueued (in-flight ones excepted).
        #expect(Set(dropped.map(\.0)).isSubset(of: Set(ids.prefix(dropped.count + 1))))
        #expect(counters.dropped == dropped.count)
    }

    @Test func dropsStatementsOlderThanTheMaximumAge() async throws {
        let journal = Fixtures.temporaryDirectory()
        let (first, clock) = try await heldUploader { configuration in
            configuration.journalDirectory = journal
        }
        var ids: [StatementID] = []
        for index in 0..<5 { ids.append(try await first.enqueue(Fixtures.statement(index))) }
        await first.close()
        clock.advance(by: 31 * 24 * 3_600)
        clock.isFrozen = false
        let lrs = MemoryLRS()
        let second = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: lrs,
            clock: clock
        )
        try await second.flush()
        let counters = await second.counters
        await second.close()
        let dropped = drops(await Fixtures.events(of: second))
        #expect(Set(dropped.map(\.0)) == Set(ids))
        #expect(dropped.allSatisfy { $0.1 == .expired })
        #expect(counters.dropped == 5 && counters.queued == 0)
        #expect(await lrs.storeCount == 0)
    }
}

import Foundation
import Testing
import XAPI

@testable import XAPIUploader

/// A statement larger than one batch may carry is refused like any other statement: rule
/// `uploader.statement.size` at the root, nothing written, and what was queued before and after is delivered.
@Suite("Statement size")
struct StatementSizeTests {
    /// A statement with its id and timestamp, whose `result.response` holds `padding` characters.
    private func statement(padding: Int, index: Int = 1) -> JSONValue {
        guard case .object(var object) = Fixtures.statement(index, id: StatementID()) else { return .null }
        object["result"] = ["response": .string(String(repeating: "r", count: padding))]
        return .object(object)
    }

    /// The bytes the uploader writes for `statement`: it already has an id and a timestamp, so nothing is added.
    private func size(of statement: JSONValue) -> Int {
        JSONWriter.bytes(from: statement).count
    }

    private func uploader(maximumBatchBytes: Int, transport: MemoryLRS = MemoryLRS()) async throws -> Uploader {
        var configuration = Fixtures.configuration(journal: Fixtures.temporaryDirectory())
        configuration.maximumBatchBytes = maximumBatchBytes
        return try await Uploader(configuration: configuration, transport: transport, clock: VirtualClock())
    }

    private func refusal(_ uploader: Uploader, _ statement: JSONValue) async -> StatementRejection? {
        do {
            try await uploader.enqueue(statement)
            return nil
        } catch .refused(let rejection) {
            return rejection
        } catch {
            Issue.record("expected a refusal, got \(error)")
            return nil
        }
    }

    @Test func refusesAStatementLargerThanABatchWithTheSizeRuleAtTheRoot() async throws {
        let large = statement(padding: 300)
        let uploader = try await uploader(maximumBatchBytes: 200)
        let rejection = await refusal(uploader, large)
        await uploader.close()
        let reason = try #require(rejection?.reasons.first)
        #expect(rejection?.reasons.count == 1)
        #expect(reason.rule == "uploader.statement.size")
        #expect(reason.path == .root)
        #expect(reason.message.contains("\(size(of: large)) bytes"))
        #expect(reason.message.contains("198"))
        #expect(reason.message.contains("200"))
        #expect(reason.description.hasPrefix("uploader.statement.size at /: "))
    }

    @Test func sizeRefusalNeverQuotesTheStatement() async throws {
        let large = statement(padding: 300)
        let uploader = try await uploader(maximumBatchBytes: 200)
        let rejection = await refusal(uploader, large)
        await uploader.close()
        let text = try #require(rejection).description
        for content in ["pupil@example.fr", "exercices.example.fr", "rrrr", large["id"]?.stringValue ?? "?"] {
            #expect(!text.contains(content))
        }
    }

    @Test func writesNothingForAStatementLargerThanABatch() async throws {
        let uploader = try await uploader(maximumBatchBytes: 200)
        _ = await refusal(uploader, statement(padding: 300))
        let counters = await uploader.counters
        await uploader.close()
        #expect(counters.enqueued == 0 && counters.queued == 0 && counters.queuedBytes == 0)
        #expect(counters.dropped == 0 && counters.setAside == 0)
        let events = await Fixtures.events(of: uploader)
        #expect(
            !events.contains {
                switch $0 {
                case .enqueued, .persisted, .dropped: return true
                default: return false
                }
            }
        )
    }

    /// The batch is a JSON array, so a statement fits alone when it is two bytes (the brackets) under the limit.
    @Test(arguments: [(2, true), (1, false)])
    func countsTheBatchBracketsAgainstTheLimit(slack: Int, fits: Bool) async throws {
        let candidate = statement(padding: 50)
        let uploader = try await uploader(maximumBatchBytes: size(of: candidate) + slack)
        let rejection = await refusal(uploader, candidate)
        let queued = await uploader.counters.queued
        await uploader.close()
        #expect((rejection == nil) == fits)
        #expect(queued == (fits ? 1 : 0))
    }

    @Test func keepsAndDeliversTheStatementsAroundATooLargeOne() async throws {
        let lrs = MemoryLRS()
        let uploader = try await uploader(maximumBatchBytes: 2_000, transport: lrs)
        let before = try await uploader.enqueue(statement(padding: 10, index: 1))
        let large = statement(padding: 3_000, index: 2)
        let rejection = await refusal(uploader, large)
        let after = try await uploader.enqueue(statement(padding: 10, index: 3))
        try await uploader.flush()
        let counters = await uploader.counters
        await uploader.close()
        #expect(rejection?.reasons.first?.rule == "uploader.statement.size")
        #expect(Set(await lrs.stored.keys) == [before, after])
        #expect(counters.delivered == 2 && counters.queued == 0)
    }
}

import Foundation
import Testing
import XAPI

@testable import XAPIUploader

/// What the uploader does with each answer of the LRS (the table of Documentation/DeliveringStatementsReliably.md).
@Suite("LRS answers")
struct AnswerTableTests {
    @Test func deliversEverythingOnSuccess() async throws {
        let lrs = MemoryLRS()
        let clock = VirtualClock()
        clock.isFrozen = true  // no flush interval passes while the statements arrive
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: clock
        )
        var ids: [StatementID] = []
        for index in 0..<250 { ids.append(try await uploader.enqueue(Fixtures.statement(index))) }
        clock.isFrozen = false
        try await uploader.flush()
        let counters = await uploader.counters
        await uploader.close()
        #expect(counters.delivered == 250)
        #expect(counters.queued == 0)
        #expect(await lrs.storeCount == 250)
        #expect(Set(await lrs.stored.keys) == Set(ids))
        #expect(await lrs.postSizes == [100, 100, 50])
    }

    @Test func isolatesConflictingIDAndDeliversTheRest() async throws {
        let lrs = MemoryLRS()
        let conflicting = StatementID()
        try await lrs.preload(Fixtures.statement(999, id: conflicting))
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: VirtualClock()
        )
        for index in 0..<10 {
            try await uploader.enqueue(Fixtures.statement(index, id: index == 6 ? conflicting : nil))
        }
        try await uploader.flush()
        let setAside = try await uploader.setAsideStatements()
        let counters = await uploader.counters
        await uploader.close()
        #expect(counters.delivered == 9)
        #expect(setAside.map(\.id) == [conflicting])
        #expect(setAside.first?.reason.kind == .conflict)
        #expect(setAside.first?.reason.status == 409)
        #expect(await lrs.storeCount == 9)
    }

    @Test func isolatesInvalidStatementWithTheLRSReason() async throws {
        let lrs = MemoryLRS()
        let clock = VirtualClock()
        clock.isFrozen = true
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: clock
        )
        var invalid: StatementID?
        for index in 0..<16 {
            let id = try await uploader.enqueue(
                Fixtures.statement(index, mbox: index == 11 ? "pupil@example.fr" : "mailto:p@example.fr")
            )
            if index == 11 { invalid = id }
        }
        clock.isFrozen = false
        try await uploader.flush()
        let setAside = try await uploader.setAsideStatements()
        await uploader.close()
        #expect(setAside.map(\.id) == [invalid])
        #expect(setAside.first?.reason.kind == .refused)
        #expect(setAside.first?.reason.status == 422)
        #expect(setAside.first?.reason.message.contains("mailto") == true)
        #expect(await lrs.storeCount == 15)
        // Bisection, first halves first: 16 → 8 (good) + 8 → 4 → 2 (good) + 2 → 1 (good) + 1 (set aside); then 4 (good).
        #expect(await lrs.postSizes == [16, 8, 8, 4, 2, 2, 1, 1, 4])
    }

    @Test func halvesTheBatchOnPayloadTooLarge() async throws {
        let lrs = MemoryLRS(faults: [.status(413)])
        var configuration = Fixtures.configuration(journal: Fixtures.temporaryDirectory())
        configuration.batchSize = 8
        let clock = VirtualClock()
        clock.isFrozen = true
        let uploader = try await Uploader(configuration: configuration, transport: lrs, clock: clock)
        for index in 0..<16 { try await uploader.enqueue(Fixtures.statement(index)) }
        clock.isFrozen = false
        try await uploader.flush()
        await uploader.close()
        #expect(await lrs.postSizes == [8, 4, 4, 4, 4])
        #expect(await lrs.storeCount == 16)
    }

    @Test func pausesOnUnauthorizedAndKeepsEverything() async throws {
        let lrs = MemoryLRS(faults: [.status(401)])
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: VirtualClock()
        )
        for index in 0..<5 { try await uploader.enqueue(Fixtures.statement(index)) }
        await #expect(throws: UploaderError.unauthorized(status: 401)) { try await uploader.flush() }
        #expect(await uploader.counters.queued == 5)
        #expect(await uploader.pauseReason == .unauthorized(status: 401))
        await #expect(throws: UploaderError.unauthorized(status: 401)) { try await uploader.flush() }
        await uploader.resume(credentials: .bearer(token: "fresh"))
        try await uploader.flush()
        #expect(await uploader.counters.delivered == 5)
        await uploader.close()
        #expect(await lrs.storeCount == 5)
    }

    @Test func sendsTheVersionAnnouncedByAbout() async throws {
        let lrs = MemoryLRS(aboutVersions: ["1.0.3", "2.0.0"])
        var configuration = Fixtures.configuration(journal: Fixtures.temporaryDirectory())
        configuration.version = .automatic
        let uploader = try await Uploader(configuration: configuration, transport: lrs, clock: VirtualClock())
        try await uploader.enqueue(Fixtures.statement(1))
        try await uploader.flush()
        await uploader.close()
        #expect(await lrs.versionsSent == ["2.0.0"])
    }

    @Test func fixesIDAndTimestampBeforePersisting() async throws {
        let lrs = MemoryLRS()
        let clock = VirtualClock()
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: clock
        )
        let bare: JSONValue = [
            "actor": ["mbox": "mailto:pupil@example.fr"], "verb": ["id": "http://adlnet.gov/expapi/verbs/answered"],
            "object": ["id": "https://exercices.example.fr/item/1"],
        ]
        let id = try await uploader.enqueue(bare)
        try await uploader.flush()
        await uploader.close()
        let stored = try #require(await lrs.stored[id])
        #expect(stored["id"]?.stringValue == id.text)
        #expect(stored["timestamp"]?.stringValue == (try Timestamp(clock.now())).text)
    }

    @Test func refusesAStatementWithABadID() async throws {
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: MemoryLRS(),
            clock: VirtualClock()
        )
        var statement = Fixtures.statement(1)
        if case .object(var object) = statement {
            object["id"] = "not-a-uuid"
            statement = .object(object)
        }
        await #expect(throws: UploaderError.self) { try await uploader.enqueue(statement) }
        #expect(await uploader.counters.enqueued == 0)
        await uploader.close()
    }

    @Test func runsStagesBeforePersisting() async throws {
        struct Refuser: StatementStage {
            func process(_ statement: JSONValue) throws(StatementRejection) -> JSONValue {
                throw StatementRejection(rule: "test.refused", path: .root, message: "refused")
            }
        }
        var configuration = Fixtures.configuration(journal: Fixtures.temporaryDirectory())
        configuration.stages = [Refuser()]
        let uploader = try await Uploader(configuration: configuration, transport: MemoryLRS(), clock: VirtualClock())
        await #expect(
            throws: UploaderError.refused(StatementRejection(rule: "test.refused", path: .root, message: "refused"))
        ) {
            try await uploader.enqueue(Fixtures.statement(1))
        }
        #expect(await uploader.counters.queued == 0)
        await uploader.close()
    }
}

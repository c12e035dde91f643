import Foundation
import TestSupport
import Testing
import XAPI
import XAPIUploader

/// Delivery to a real LRS (Ralph, started by Scripts/test): everything arrives, once, with its content.
@Suite("Real LRS", .enabled(if: LiveLRS.shouldRun), .serialized)
struct IntegrationTests {
    private func configuration(journal: URL = Fixtures.temporaryDirectory()) throws -> Uploader.Configuration {
        var configuration = Uploader.Configuration(
            endpoint: try LiveLRS.requireEndpoint(),
            credentials: LiveLRS.credentials,
            journalDirectory: journal
        )
        configuration.flushInterval = .milliseconds(200)
        configuration.retryBase = .milliseconds(100)
        configuration.retryCap = .seconds(2)
        return configuration
    }

    /// A statement with a result and an extension, so that content comparison means something.
    private func statement(_ index: Int, mailbox: String, id: StatementID = StatementID()) -> JSONValue {
        [
            "id": .string(id.text),
            "actor": ["objectType": "Agent", "mbox": .string(mailbox)],
            "verb": ["id": "http://adlnet.gov/expapi/verbs/answered", "display": ["fr-FR": "a répondu"]],
            "object": [
                "objectType": "Activity", "id": .string("https://exercices.example.fr/fractions/\(index)"),
                "definition": ["name": ["fr-FR": .string("Question \(index)")]],
            ],
            "result": [
                "success": .bool(index % 3 != 0),
                "score": ["scaled": .number(JSONNumber(lexeme: "0.\(index % 10)") ?? 0)],
                "extensions": ["https://edutraces.example.fr/ext/attempt": .number(JSONNumber(index))],
            ],
            "timestamp": .string(
                "2026-12-01T08:\(String(format: "%02d", index / 100 % 60)):00.\(String(format: "%03d", index % 1_000))Z"
            ),
        ]
    }

    private func idsStored(for mailbox: String, client: LRSClient) async throws -> [StatementID] {
        var query = StatementQuery()
        query.agent = ["mbox": .string(mailbox)]
        query.limit = 100
        return try await client.allStatements(matching: query).compactMap {
            $0["id"]?.stringValue.flatMap { try? StatementID($0) }
        }
    }

    @Test func deliversFiveThousandStatementsAndReadsEachBackByID() async throws {
        let mailbox = LiveLRS.uniqueMailbox()
        let statements = (0..<5_000).map { statement($0, mailbox: mailbox) }
        let uploader = try await Uploader(configuration: configuration())
        try await withThrowingTaskGroup(of: Void.self) { group in
            for slice in stride(from: 0, to: statements.count, by: 500) {
                let chunk = Array(statements[slice..<min(slice + 500, statements.count)])
                group.addTask { for statement in chunk { try await uploader.enqueue(statement) } }
            }
            try await group.waitForAll()
        }
        try await uploader.flush(timeout: .seconds(180))
        let counters = await uploader.counters
        await uploader.close()
        #expect(counters.delivered == 5_000)
        #expect(counters.setAside == 0 && counters.dropped == 0 && counters.queued == 0)

        let client = try LiveLRS.client()
        var mismatches: [String] = []
        try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var found: [String] = []
                    for index in stride(from: worker, to: statements.count, by: 8) {
                        let sent = statements[index]
                        let id = try StatementID(sent["id"]?.stringValue ?? "")
                        guard case .object(let stored)? = try await client.statement(id: id),
                            case .object(let original) = sent
                        else {
                            found.append("\(id.text) missing")
                            continue
                        }
                        // The LRS adds `stored` and `authority`; everything sent must come back unchanged.
                        for member in original where stored[member.key] != member.value {
                            found.append("\(id.text) differs at \(member.key)")
                        }
                    }
                    return found
                }
            }
            for try await found in group { mismatches += found }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        let stored = try await idsStored(for: mailbox, client: client)
        #expect(stored.count == 5_000)
        #expect(Set(stored).count == 5_000)
    }

    @Test func resendingCreatesNoDuplicate() async throws {
        let mailbox = LiveLRS.uniqueMailbox()
        let statements = (0..<20).map { statement($0, mailbox: mailbox) }
        for _ in 0..<2 {
            // Two uploaders with their own journals send the same bytes, as after a lost acknowledgement.
            let uploader = try await Uploader(configuration: configuration())
            for statement in statements { try await uploader.enqueue(statement) }
            try await uploader.flush(timeout: .seconds(60))
            #expect(await uploader.counters.delivered == 20)
            await uploader.close()
        }
        let client = try LiveLRS.client()
        #expect(try await client.post(statements: statements).isEmpty)
        let stored = try await idsStored(for: mailbox, client: client)
        #expect(stored.count == 20)
        #expect(Set(stored).count == 20)
    }

    @Test func isolatesAConflictAndAnInvalidStatementInsideABatch() async throws {
        let mailbox = LiveLRS.uniqueMailbox()
        let client = try LiveLRS.client()
        let taken = StatementID()
        let original = statement(1_000, mailbox: mailbox, id: taken)
        _ = try await client.post(statements: [original])

        var configuration = try configuration()
        configuration.batchSize = 50
        configuration.flushInterval = .seconds(60)
        let uploader = try await Uploader(configuration: configuration)
        var invalid: StatementID?
        for index in 0..<50 {
            switch index {
            case 10: try await uploader.enqueue(statement(index, mailbox: mailbox, id: taken))
            case 30:
                invalid = try await uploader.enqueue(
                    statement(index, mailbox: String(mailbox.dropFirst("mailto:".count)))
                )
            default: try await uploader.enqueue(statement(index, mailbox: mailbox))
            }
        }
        try await uploader.flush(timeout: .seconds(60))
        let counters = await uploader.counters
        let setAside = try await uploader.setAsideStatements()
        await uploader.close()

        #expect(counters.delivered == 48)
        #expect(Set(setAside.compactMap(\.id)) == Set([taken, try #require(invalid)]))
        #expect(setAside.first { $0.id == taken }?.reason.kind == .conflict)
        #expect(setAside.first { $0.id == invalid }?.reason.kind == .refused)
        #expect(setAside.first { $0.id == invalid }?.reason.status == 422)
        #expect(try await client.statement(id: taken).flatMap { $0["object"]?["id"] } == original["object"]?["id"])
        let stored = try await idsStored(for: mailbox, client: client)
        #expect(stored.count == 49)  // the 48 and the original holder of the id
    }

    @Test func pausesOnBadCredentialsAndKeepsTheStatements() async throws {
        var configuration = try configuration()
        configuration.credentials = .basic(username: "nobody", password: "wrong")
        let uploader = try await Uploader(configuration: configuration)
        try await uploader.enqueue(statement(1, mailbox: LiveLRS.uniqueMailbox()))
        await #expect(throws: UploaderError.unauthorized(status: 401)) {
            try await uploader.flush(timeout: .seconds(30))
        }
        #expect(await uploader.counters.queued == 1)
        await uploader.resume(credentials: LiveLRS.credentials)
        try await uploader.flush(timeout: .seconds(30))
        #expect(await uploader.counters.delivered == 1)
        await uploader.close()
    }

    @Test func queriesWithFiltersAndFollowsMore() async throws {
        let mailbox = LiveLRS.uniqueMailbox()
        let client = try LiveLRS.client()
        #expect(await client.negotiateVersion() == .v1_0_3)
        var statements = (0..<7).map { statement($0, mailbox: mailbox) }
        let other = StatementID()
        statements.append([
            "id": .string(other.text), "actor": ["mbox": .string(mailbox)],
            "verb": ["id": "http://adlnet.gov/expapi/verbs/completed"],
            "object": ["id": "https://exercices.example.fr/fractions/quiz"], "timestamp": "2026-12-01T09:30:00.000Z",
        ])
        _ = try await client.post(statements: statements)

        var query = StatementQuery()
        query.agent = ["mbox": .string(mailbox)]
        query.limit = 3
        let first = try await client.statements(matching: query)
        #expect(first.statements.count == 3)
        #expect(first.more != nil)
        #expect(try await client.allStatements(matching: query).count == 8)

        query.verb = "http://adlnet.gov/expapi/verbs/completed"
        #expect(try await client.allStatements(matching: query).compactMap { $0["id"]?.stringValue } == [other.text])
        query.verb = nil
        query.activity = "https://exercices.example.fr/fractions/3"
        #expect(try await client.allStatements(matching: query).count == 1)
        query.activity = nil
        query.since = try Timestamp("2026-12-01T09:00:00Z")
        query.until = try Timestamp("2026-12-01T10:00:00Z")
        #expect(try await client.allStatements(matching: query).count == 1)
        #expect(try await client.statement(id: StatementID()) == nil)
    }

    @Test func putsAStatementUnderItsID() async throws {
        let client = try LiveLRS.client()
        let id = StatementID()
        let sent = statement(5, mailbox: LiveLRS.uniqueMailbox(), id: id)
        try await client.put(statement: sent, id: id)
        #expect(try await client.statement(id: id)?["result"] == sent["result"])
    }
}

import EduTracesCLI
import Foundation
import Testing
import XAPI
import XAPIUploader

/// `edutraces journal`: what a journal holds, queued and set aside with reasons, in text and JSON.
@Suite("Journal command")
struct JournalCommandTests {
    /// An LRS that holds other content under every id it is sent: each statement is set aside as a conflict.
    struct ConflictingLRS: Transport {
        func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
            HTTPResponse(status: 409, headers: [:], body: Array(#"{"detail":"Differing statement exists"}"#.utf8))
        }
    }

    /// No LRS at all: what is enqueued stays queued.
    struct NoLRS: Transport {
        func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
            throw .connection("no route to host")
        }
    }

    /// An LRS that asks to wait an hour before the next request.
    struct BusyLRS: Transport {
        func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
            HTTPResponse(status: 429, headers: ["Retry-After": "3600"], body: [])
        }
    }

    /// A journal in `folder` with one statement set aside as a conflict and two queued; returns their ids.
    private func journal(in folder: InputFolder) async throws -> (setAside: StatementID, queued: [StatementID]) {
        var configuration = Uploader.Configuration(
            endpoint: URL(fileURLWithPath: "/"),
            credentials: nil,
            journalDirectory: URL(fileURLWithPath: folder.journal)
        )
        configuration.version = .fixed(.v1_0_3)
        let statements = SentStatements()
        let conflicting = try await Uploader(configuration: configuration, transport: ConflictingLRS())
        let setAside = try await conflicting.enqueue(try JSONParser().parse(statements.valid().text))
        try await conflicting.flush(timeout: .seconds(5))
        await conflicting.close()
        let offline = try await Uploader(configuration: configuration, transport: NoLRS())
        var queued: [StatementID] = []
        for _ in 0..<2 { queued.append(try await offline.enqueue(try JSONParser().parse(statements.valid().text))) }
        await offline.close()
        return (setAside, queued)
    }

    @Test func showsQueuedAndSetAsideStatementsAsText() async throws {
        let folder = try InputFolder()
        let ids = try await journal(in: folder)
        let run = await edutraces(["journal", "--journal", folder.journal], environment: [:])
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(run.diagnostics.isEmpty)
        let lines = run.outputLines
        #expect(lines.first == "journal: \(folder.journal)")
        #expect(lines.contains { $0.hasPrefix("queued: 2 statements (") && $0.hasSuffix(" bytes)") })
        #expect(lines.contains("set aside: 1 statement"))
        let item = try #require(lines.first { $0.hasPrefix("  \(ids.setAside.canonicalText) at ") })
        #expect(item.hasSuffix(": 409 conflict: Differing statement exists"))
    }

    @Test func showsQueuedAndSetAsideStatementsAsJSON() async throws {
        let folder = try InputFolder()
        let ids = try await journal(in: folder)
        let run = await edutraces(["journal", "--journal", folder.journal, "--format", "json"], environment: [:])
        #expect(run.status == EduTraces.ExitStatus.success)
        let document = try JSONParser().parse(run.output)
        #expect(document["journal"]?.stringValue == folder.journal)
        #expect(document["queued"]?["statements"] == 2)
        guard case .array(let items)? = document["setAside"] else {
            Issue.record("no setAside array in \(run.output)")
            return
        }
        #expect(items.count == 1)
        #expect(items.first?["id"]?.stringValue == ids.setAside.canonicalText)
        #expect(items.first?["kind"] == "conflict")
        #expect(items.first?["status"] == 409)
        #expect(items.first?["message"] == "Differing statement exists")
        #expect(document["waitsUntil"] == .null)
    }

    @Test func lookingAtAJournalSendsNothingAndKeepsItsStatementsQueued() async throws {
        let folder = try InputFolder()
        _ = try await journal(in: folder)
        for _ in 0..<2 {
            let run = await edutraces(["journal", "--journal", folder.journal, "--format", "json"], environment: [:])
            #expect(try JSONParser().parse(run.output)["queued"]?["statements"] == 2)
        }
    }

    @Test func missingJournalIsAnErrorAndIsNotCreated() async throws {
        let folder = try InputFolder()
        let run = await edutraces(["journal", "--journal", folder.journal], environment: [:])
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics == "edutraces journal: \(folder.journal): no journal folder there\n")
        #expect(!FileManager.default.fileExists(atPath: folder.journal))
    }

    @Test func showsTheDateBeforeWhichDeliveryWaits() async throws {
        let folder = try InputFolder()
        var configuration = Uploader.Configuration(
            endpoint: URL(fileURLWithPath: "/"),
            credentials: nil,
            journalDirectory: URL(fileURLWithPath: folder.journal)
        )
        configuration.version = .fixed(.v1_0_3)
        let uploader = try await Uploader(configuration: configuration, transport: BusyLRS())
        try await uploader.enqueue(try JSONParser().parse(SentStatements().valid().text))
        await #expect(throws: UploaderError.self) { try await uploader.flush(timeout: .milliseconds(300)) }
        await uploader.close()
        let asked = Date()
        let run = await edutraces(["journal", "--journal", folder.journal, "--format", "json"], environment: [:])
        let document = try JSONParser().parse(run.output)
        #expect(document["queued"]?["statements"] == 1)
        let waitsUntil = try Timestamp(try #require(document["waitsUntil"]?.stringValue)).date
        #expect(abs(waitsUntil.timeIntervalSince(asked) - 3_600) < 60)
        let text = await edutraces(["journal", "--journal", folder.journal], environment: [:])
        #expect(text.outputLines.last?.hasSuffix("(the LRS asked to wait)") == true)
    }
}

import EduTracesCLI
import Foundation
import Testing
import XAPI
import XAPIUploader

/// `edutraces send` against a real LRS (Ralph, started by Scripts/test): what is valid arrives, what is
/// not stays behind and is reported, and what cannot be delivered yet waits in the journal.
@Suite("Send to a real LRS", .enabled(if: LocalLRS.shouldRun))
struct SendToLRSTests {
    @Test func deliversEveryStatementOfAValidExportAndExitsZero() async throws {
        let folder = try InputFolder()
        let statements = SentStatements()
        let sent = (1...3).map { statements.valid(activity: $0) }
        let file = try folder.write("export.ndjson", lines: sent.map(\.text))
        let run = try await folder.send([file])
        #expect(run.status == EduTraces.ExitStatus.success, "\(run.diagnostics)")
        #expect(run.diagnostics.isEmpty)
        #expect(run.outputLines.contains("delivered: 3"))
        #expect(run.outputLines.contains("still queued: 0"))
        for statement in sent {
            let stored = try await LocalLRS.stored(statement.id)
            #expect(stored?["object"]?["id"] == (try JSONParser().parse(statement.text))["object"]?["id"])
        }
    }

    /// A statement `send` keeps back, and the start of what it prints for it.
    enum KeptBack: String, CaseIterable, Sendable {
        case invalid = "xapi.mbox at /actor/mbox: "
        case largerThanABatch = "uploader.statement.size at /: "

        func statement(of statements: SentStatements) -> (id: StatementID, text: String) {
            switch self {
            case .invalid: statements.invalid()
            case .largerThanABatch: statements.tooLarge()
            }
        }
    }

    @Test(arguments: KeptBack.allCases)
    func keepsBackAStatementItCannotSendReportsItAndDeliversTheRest(_ kind: KeptBack) async throws {
        let folder = try InputFolder()
        let statements = SentStatements()
        let first = statements.valid(activity: 1)
        let keptBack = kind.statement(of: statements)
        let last = statements.valid(activity: 2)
        let file = try folder.write("export.ndjson", lines: [first.text, keptBack.text, last.text])
        let run = try await folder.send([file])
        #expect(run.status == EduTraces.ExitStatus.findings)
        #expect(run.diagnostics.hasPrefix("\(file):2: \(kind.rawValue)"))
        #expect(run.outputLines.first == "3 statements in 1 input: 2 queued, 1 not sent (invalid or refused)")
        #expect(run.outputLines.contains("delivered: 2"))
        #expect(run.outputLines.contains("still queued: 0"))
        #expect(try await LocalLRS.stored(first.id) != nil)
        #expect(try await LocalLRS.stored(last.id) != nil)
        #expect(try await LocalLRS.stored(keptBack.id) == nil)
    }

    @Test func resumesWithNoFileWhatAnUnreachableLRSLeftInTheJournal() async throws {
        let folder = try InputFolder()
        let statements = SentStatements()
        let sent = [statements.valid(activity: 1), statements.valid(activity: 2)]
        let file = try folder.write("export.ndjson", lines: sent.map(\.text))
        let unreachable = try await folder.send([file], endpoint: "http://127.0.0.1:9/xAPI/", timeout: "1")
        #expect(unreachable.status == EduTraces.ExitStatus.deliveryIncomplete)
        #expect(unreachable.outputLines.contains("still queued: 2"))
        #expect(try await LocalLRS.stored(sent[0].id) == nil)

        let resumed = try await folder.send([])
        #expect(resumed.status == EduTraces.ExitStatus.success, "\(resumed.diagnostics)")
        #expect(resumed.outputLines.first == "2 statements already queued by an earlier run")
        #expect(resumed.outputLines.contains("delivered: 2"))
        #expect(resumed.outputLines.contains("still queued: 0"))
        for statement in sent {
            #expect(try await LocalLRS.stored(statement.id) != nil)
        }
    }

    @Test func exitsThreeOnBadCredentialsKeepingTheStatementsAndNeverPrintingThePassword() async throws {
        let folder = try InputFolder()
        let statement = SentStatements().valid()
        let file = try folder.write("export.ndjson", lines: [statement.text])
        let password = "wrong-\(UUID().uuidString)"
        let run = try await folder.send([file], password: password)
        #expect(run.status == EduTraces.ExitStatus.deliveryIncomplete)
        #expect(run.outputLines.contains("still queued: 1"))
        #expect(run.diagnostics.contains("the LRS refused the credentials (401)"))
        #expect(!run.output.contains(password) && !run.diagnostics.contains(password))
        let journal = await edutraces(["journal", "--journal", folder.journal], environment: [:])
        #expect(journal.outputLines.contains { $0.hasPrefix("queued: 1 statement (") })
    }

    @Test func setsAsideAStatementWhoseIdTheLRSHoldsWithOtherContent() async throws {
        let folder = try InputFolder()
        let statements = SentStatements()
        let original = statements.valid(activity: 1)
        let first = try folder.write("first.ndjson", lines: [original.text])
        #expect(try await folder.send([first]).status == EduTraces.ExitStatus.success)

        let rewritten = try folder.write("second.ndjson", lines: [statements.text(id: original.id, activity: 2)])
        let run = try await folder.send([rewritten])
        #expect(run.status == EduTraces.ExitStatus.findings)
        #expect(run.outputLines.contains("set aside: 1"))
        #expect(run.outputLines.contains { $0.hasPrefix("  \(original.id.canonicalText): 409 conflict") })
        let stored = try await LocalLRS.stored(original.id)
        #expect(stored?["object"]?["id"] == "https://exercices.example.fr/fractions/1")
    }
}

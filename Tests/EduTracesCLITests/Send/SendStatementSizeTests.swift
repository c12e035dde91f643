import EduTracesCLI
import Foundation
import Testing
import XAPI

/// `edutraces send` with a statement larger than a batch may carry, without an LRS: it is reported as a refused
/// statement (`FILE:LINE: rule at /path: message`), never queued, and the statements around it stay queued.
@Suite("Send a statement larger than a batch")
struct SendStatementSizeTests {
    static let unreachable = "http://127.0.0.1:9/xAPI/"

    private func send(_ file: String, in folder: InputFolder) async -> CommandRun {
        await edutraces(
            [
                "send", "--profile", "none", "--endpoint", Self.unreachable, "--journal", folder.journal, "--timeout",
                "1", file,
            ],
            environment: [:]
        )
    }

    @Test func reportsTheSizeRefusalLikeOtherRefusedStatements() async throws {
        let folder = try InputFolder()
        let large = SentStatements().tooLarge()
        let file = try folder.write("export.ndjson", lines: [large.text])
        let run = await send(file, in: folder)
        let size = try SentStatements.writtenSize(of: large.text)
        #expect(
            run.diagnostics
                == "\(file):1: uploader.statement.size at /: the statement takes \(size) bytes, more than the 999998 "
                + "a batch of at most 1000000 bytes (maximumBatchBytes) can carry\n"
        )
    }

    @Test func exitsOneWhenTheOnlyStatementIsTooLargeAndQueuesNothing() async throws {
        let folder = try InputFolder()
        let file = try folder.write("export.ndjson", lines: [SentStatements().tooLarge().text])
        let run = await send(file, in: folder)
        #expect(run.status == EduTraces.ExitStatus.findings)
        #expect(run.outputLines.first == "1 statement in 1 input: 0 queued, 1 not sent (invalid or refused)")
        #expect(run.outputLines.contains("still queued: 0"))
        let journal = await edutraces(["journal", "--journal", folder.journal, "--format", "json"], environment: [:])
        #expect(try JSONParser().parse(journal.output)["queued"]?["statements"] == 0)
    }

    @Test func keepsTheStatementsAroundATooLargeOneInTheJournal() async throws {
        let folder = try InputFolder()
        let statements = SentStatements()
        let file = try folder.write(
            "export.ndjson",
            lines: [statements.valid(activity: 1).text, statements.tooLarge().text, statements.valid(activity: 2).text]
        )
        let run = await send(file, in: folder)
        // Delivery could not finish (no LRS): 3 wins over the 1 of the refused statement.
        #expect(run.status == EduTraces.ExitStatus.deliveryIncomplete)
        #expect(run.diagnostics.hasPrefix("\(file):2: uploader.statement.size at /: "))
        #expect(run.outputLines.first == "3 statements in 1 input: 2 queued, 1 not sent (invalid or refused)")
        #expect(run.outputLines.contains("still queued: 2"))
        let journal = await edutraces(["journal", "--journal", folder.journal, "--format", "json"], environment: [:])
        #expect(try JSONParser().parse(journal.output)["queued"]?["statements"] == 2)
    }
}

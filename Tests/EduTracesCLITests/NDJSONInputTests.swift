import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// NDJSON exports: one statement a line, each reported at its 1-based line and 0-based index.
@Suite("NDJSON input")
struct NDJSONInputTests {
    @Test func readsOneStatementPerLine() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "export.ndjson",
            lines: [Statements.valid(1), Statements.badMailbox(2), Statements.valid(3)]
        )
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 3, valid: 2, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.map(\.index) == [1])
        let result = try #require(report.result(at: 1))
        #expect(result.line == 2)
        #expect(result.id == Statements.id(2))
        #expect(result.rules == ["xapi.mbox"])
    }

    @Test func detectsNDJSONFromContentWhateverTheFileName() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.json", lines: [Statements.valid(1), Statements.badMailbox(2)])
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary.statements == 2)
        #expect(report.results.map(\.index) == [1])
        #expect(report.result(at: 1)?.line == 2)
    }

    @Test func acceptsCRLFLineEnds() async throws {
        let inputs = try InputFolder()
        let lines = [Statements.valid(1), Statements.badMailbox(2), Statements.valid(3)]
        let file = try inputs.write("export.json", lines.map { $0 + "\r\n" }.joined())
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary == .init(statements: 3, valid: 2, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.flatMap(\.rules) == ["xapi.mbox"])
        #expect(report.result(at: 1)?.line == 2)
    }

    @Test func skipsBlankLinesWithoutCountingThem() async throws {
        let inputs = try InputFolder()
        let lines = [Statements.valid(1), "", "   ", Statements.badMailbox(2), "\t", Statements.valid(3)]
        let file = try inputs.write("export.json", lines: lines)
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary.statements == 3)
        #expect(report.summary.invalid == 1)
        let result = try #require(report.results.first)
        #expect(result.index == 1)
        #expect(result.line == 4)
    }

    @Test func ignoresByteOrderMark() async throws {
        let inputs = try InputFolder()
        let text = Statements.valid(1) + "\n" + Statements.badMailbox(2) + "\n"
        let file = try inputs.write("export.json", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary == .init(statements: 2, valid: 1, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.flatMap(\.rules) == ["xapi.mbox"])
        #expect(report.result(at: 1)?.line == 2)
    }

    @Test func readsFinalLineWithoutNewline() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.json", Statements.valid(1) + "\n" + Statements.badMailbox(2))
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary.statements == 2)
        let result = try #require(report.result(at: 1))
        #expect(result.line == 2)
        #expect(result.rules == ["xapi.mbox"])
    }

    @Test func reportsBrokenLineAndChecksTheNextOnes() async throws {
        let inputs = try InputFolder()
        let lines = [Statements.valid(1), Statements.broken, Statements.badMailbox(3), Statements.valid(4)]
        let file = try inputs.write("export.json", lines: lines)
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 4, valid: 2, invalid: 2, errors: 2, warnings: 0))
        #expect(report.results.map(\.index) == [1, 2])
        let broken = try #require(report.result(at: 1))
        #expect(broken.line == 2)
        #expect(broken.rules == ["json.syntax"])
        #expect(broken.id == nil)
        #expect(report.result(at: 2)?.line == 3)
        #expect(report.result(at: 2)?.rules == ["xapi.mbox"])
    }

    @Test func reportsBrokenFirstLineAndChecksTheRest() async throws {
        let inputs = try InputFolder()
        let lines = [Statements.broken, Statements.valid(2), Statements.badMailbox(3)]
        let file = try inputs.write("export.json", lines: lines)
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary.statements == 3)
        #expect(report.results.map(\.index) == [0, 2])
        #expect(report.result(at: 0)?.rules == ["json.syntax"])
        #expect(report.result(at: 0)?.line == 1)
        #expect(report.result(at: 2)?.rules == ["xapi.mbox"])
        #expect(report.result(at: 2)?.line == 3)
    }

    @Test func reportsLineOfStatementAfterLeadingBlankLines() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.json", lines: ["", Statements.valid(1), Statements.badMailbox(2)])
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary.statements == 2)
        #expect(report.results.map(\.index) == [1])
        #expect(report.result(at: 1)?.line == 3)
    }

    /// A pipe fed one line at a time (a producer that writes as it goes) is still NDJSON, not one document.
    @Test(.timeLimit(.minutes(1)))
    func readsPipeFedLineByLineAsNDJSON() async throws {
        let inputs = try InputFolder()
        let fifo = inputs.path("export.pipe")
        try #require(mkfifo(fifo, 0o600) == 0)
        let first = Statements.valid(1) + "\n"
        let rest = Statements.valid(1) + "\n" + Statements.badMailbox(2) + "\n"
        // A thread of its own: opening a FIFO for writing blocks until the command opens it for reading.
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            _ = first.withCString { write(descriptor, $0, strlen($0)) }
            // Wait until the command has read the first line alone, then send the rest.
            var unread: Int32 = 1
            var waits = 0
            while withUnsafeMutablePointer(to: &unread, { ioctl(descriptor, UInt(FIONREAD), $0) }) == 0, unread > 0,
                waits < 3000
            {
                usleep(10_000)
                waits += 1
            }
            _ = rest.withCString { write(descriptor, $0, strlen($0)) }
        }
        writer.start()
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", fifo).jsonReport()
        #expect(report.summary.statements == 3)
        // An identical repeat in NDJSON is a warning; read as one batch it would be an error.
        #expect(report.result(at: 1)?.rules == ["xapi.export.repeated-statement"])
        #expect(report.result(at: 2)?.rules == ["xapi.mbox"])
        #expect(report.result(at: 2)?.line == 3)
    }
}

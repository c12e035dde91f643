import Foundation
import TestSupport
import Testing

/// The real `edutraces` program, run as a child process with pipes for its standard streams.
@Suite("edutraces executable", .serialized)
struct ExecutableTests {
    @Test func readsStandardInputWhenNoFileIsGiven() throws {
        let input = [Statements.valid(1), Statements.badMailbox(2)].map { $0 + "\n" }.joined()
        let run = try Executable.run(["validate", "--profile", "none"], standardInput: input)
        #expect(run.status == 1)
        let finding = try #require(run.outputLines.first.flatMap(TextFindingLine.init), "\(run.output)")
        #expect(finding.file == "-")
        #expect(finding.line == 2)
        #expect(finding.rule == "xapi.mbox")
        // Standard error is a pipe, not a terminal: no progress, nothing at all.
        #expect(run.diagnostics.isEmpty)
    }

    @Test func readsStandardInputForDash() throws {
        let input = "[\(Statements.valid(1)),\(Statements.badMailbox(2)),\(Statements.valid(3))]"
        let run = try Executable.run(["validate", "--profile", "none", "--format", "json", "-"], standardInput: input)
        #expect(run.status == 1)
        let report = try run.jsonReport()
        #expect(report.summary == .init(statements: 3, valid: 2, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.map(\.file) == ["-"])
        #expect(report.results.map(\.index) == [1])
    }

    @Test func exitsZeroForConformingStandardInput() throws {
        let run = try Executable.run(
            ["validate", "--profile", "none", "--format", "junit"],
            standardInput: Statements.valid(1) + "\n"
        )
        #expect(run.status == 0)
        #expect(try run.junitReport().tests == 1)
        #expect(run.diagnostics.isEmpty)
    }

    @Test func exitsTwoForMissingFile() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("edutraces-\(UUID()).ndjson").path
        let run = try Executable.run(["validate", "--profile", "none", missing], standardInput: "")
        #expect(run.status == 2)
        #expect(run.diagnostics.contains(missing))
    }
}

/// Finds and runs the `edutraces` executable that the build puts next to the test bundle.
enum Executable {
    /// The executable: `EDUTRACES_EXECUTABLE` when set, else `edutraces` in the build folder of the tests.
    static func url() throws -> URL {
        try BuiltExecutable.url(named: "edutraces", overriddenBy: "EDUTRACES_EXECUTABLE")
    }

    /// Runs the executable with `arguments`, writes `standardInput` to it and waits for it to exit.
    static func run(_ arguments: [String], standardInput: String) throws -> CommandRun {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        // A child that exits without reading all its input must not kill the tests with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        // Feed and drain the three pipes at once, so that none fills up while another is waited on.
        let group = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: group) {
            try? input.fileHandleForWriting.write(contentsOf: Data(standardInput.utf8))
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            collected.errors = errors.fileHandleForReading.readDataToEndOfFile()
        }
        let standardOutput = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus,
            output: String(decoding: standardOutput, as: UTF8.self),
            diagnostics: String(decoding: collected.errors, as: UTF8.self)
        )
    }

    /// Standard error as read on another queue; read after that queue is done.
    private final class Collected: @unchecked Sendable {
        var errors = Data()
    }
}

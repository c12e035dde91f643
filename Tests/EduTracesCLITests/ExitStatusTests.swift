import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Exit statuses, a contract with scripts: 0 no error (warnings allowed), 1 an error, 2 usage or I/O.
@Suite("Exit status")
struct ExitStatusTests {
    @Test func exitsZeroWhenEveryStatementConforms() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1), Statements.valid(2)])
        let run = await inputs.edutraces("validate", "--profile", "none", file)
        #expect(run.status == 0)
        #expect(run.diagnostics.isEmpty)
    }

    @Test func exitsZeroWhenThereAreOnlyWarnings() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.timestampWithoutZone(1), Statements.valid(2)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().summary == .init(statements: 2, valid: 2, invalid: 0, errors: 0, warnings: 1))
    }

    @Test func exitsOneWhenAnyStatementHasAnError() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1), Statements.badMailbox(2)])
        let run = await inputs.edutraces("validate", "--profile", "none", file)
        #expect(run.status == 1)
        #expect(run.diagnostics.isEmpty)
    }

    @Test func exitsTwoForMissingFileAndStillReportsTheOthers() async throws {
        let inputs = try InputFolder()
        let before = try inputs.write("before.ndjson", lines: [Statements.badMailbox(1)])
        let missing = inputs.path("missing.ndjson")
        let after = try inputs.write("after.ndjson", lines: [Statements.valid(2), Statements.badMailbox(3)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", before, missing, after)
        #expect(run.status == 2)
        #expect(run.diagnostics.contains(missing))
        let report = try run.jsonReport()
        #expect(report.summary == .init(statements: 3, valid: 1, invalid: 2, errors: 2, warnings: 0))
        #expect(report.results.map(\.file) == [before, after])
        #expect(!report.results.contains { $0.file == missing })
    }

    @Test func exitsTwoForDirectory() async throws {
        let inputs = try InputFolder()
        let run = await inputs.edutraces("validate", "--profile", "none", inputs.url.path)
        #expect(run.status == 2)
        #expect(run.diagnostics.contains(inputs.url.path))
    }

    /// A path through a regular file cannot be opened by anyone, root included (ENOTDIR).
    @Test func exitsTwoForPathThatCannotBeOpened() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let impossible = file + "/inside.ndjson"
        let run = await inputs.edutraces("validate", "--profile", "none", impossible)
        #expect(run.status == 2)
        #expect(run.diagnostics.contains(impossible))
    }

    /// Each command line is wrong in one way; `FILE` stands for a conforming export.
    @Test(arguments: [
        ["validate", "--strict", "FILE"],
        ["validate", "--xapi", "1.0.2", "FILE"],
        ["validate", "FILE", "--xapi"],
        ["validate", "--format", "markdown", "FILE"],
        ["validate", "--format=xml", "FILE"],
        ["validate", "--profile", "cmi5", "FILE"],
        ["validate", "--profile", "profiles/cmi5.jsonld", "FILE"],
        ["rules", "--format", "junit"],
        ["rules", "--verbose"],
        ["check", "FILE"],
        [],
    ])
    func exitsTwoWithMessageForWrongCommandLine(_ template: [String]) async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let run = await inputs.edutraces(template.map { $0 == "FILE" ? file : $0 })
        #expect(run.status == 2)
        // A short message: what is wrong first (`edutraces validate: unknown option --strict`), then at most a
        // usage line and a pointer to `--help`.
        #expect(run.diagnostics.hasPrefix("edutraces"))
        #expect(Statements.lineCount(run.diagnostics) <= 3)
        #expect(run.output.isEmpty)
    }

    @Test func namesTheWrongWordInUsageMessages() async {
        #expect(await edutraces("validate", "--strict").diagnostics.contains("--strict"))
        #expect(await edutraces("validate", "--xapi", "1.0.2").diagnostics.contains("1.0.2"))
        #expect(await edutraces("validate", "--format", "xml").diagnostics.contains("xml"))
        #expect(await edutraces("validate", "--profile", "cmi5").diagnostics.contains("cmi5"))
    }

    @Test func acceptsProfileNone() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--profile=none", file)
        #expect(run.status == 0)
        #expect(run.diagnostics.isEmpty)
    }

    @Test func acceptsOptionsWithEqualsSign() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--xapi=1.0.3", "--format=json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().summary.statements == 1)
    }
}

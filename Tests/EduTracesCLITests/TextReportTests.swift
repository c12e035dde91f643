import Testing

/// The default text report, for people: `FILE:LINE: error RULE at /path: message` lines, then a summary line.
@Suite("Text report")
struct TextReportTests {
    @Test func writesOneLinePerFindingThenSummary() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "export.ndjson",
            lines: [Statements.valid(1), Statements.badMailbox(2), Statements.timestampWithoutZone(3)]
        )
        let run = await inputs.edutraces("validate", "--profile", "none", file)
        let lines = run.outputLines
        try #require(lines.count == 3)
        let error = try #require(TextFindingLine(lines[0]), "not a finding line: \(lines[0])")
        #expect(error.file == file)
        #expect(error.line == 2)
        #expect(error.severity == "error")
        #expect(error.rule == "xapi.mbox")
        #expect(error.path == "/actor/mbox")
        let warning = try #require(TextFindingLine(lines[1]), "not a finding line: \(lines[1])")
        #expect(warning.line == 3)
        #expect(warning.severity == "warning")
        #expect(warning.rule == "xapi.timestamp.zone")
        #expect(TextFindingLine(lines[2]) == nil)
    }

    @Test func summarizesCountsOnLastLine() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "export.ndjson",
            lines: [Statements.valid(1), Statements.badMailbox(2), Statements.timestampWithoutZone(3)]
        )
        let summary = try #require(await inputs.edutraces("validate", "--profile", "none", file).outputLines.last)
        let numbers = summary.split { !$0.isNumber }.compactMap { Int($0) }
        // 3 statements, 2 valid, 1 invalid, 1 error, 1 warning (and the input count, when shown).
        #expect(numbers.starts(with: [3]))
        #expect(numbers.suffix(4) == [2, 1, 1, 1])
    }

    @Test func showsRootAsSlashForSyntaxErrors() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1), Statements.broken])
        let lines = await inputs.edutraces("validate", "--profile", "none", file).outputLines
        let finding = try #require(lines.first.flatMap(TextFindingLine.init), "not a finding line: \(lines)")
        #expect(finding.rule == "json.syntax")
        #expect(finding.path == "/")
        #expect(finding.line == 2)
    }

    @Test func prefixesFindingsWithTheirFile() async throws {
        let inputs = try InputFolder()
        let first = try inputs.write("first.ndjson", lines: [Statements.badMailbox(1)])
        let second = try inputs.write("second.json", "[\(Statements.valid(2)),\(Statements.badMailbox(3))]")
        let lines = await inputs.edutraces("validate", "--profile", "none", first, second).outputLines
        let findings = lines.compactMap(TextFindingLine.init)
        #expect(findings.map(\.file) == [first, second])
        #expect(findings.map(\.line) == [1, 1])
        #expect(lines.count == 3)
    }

    @Test func writesOnlySummaryForConformingExport() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let run = await inputs.edutraces("validate", "--profile", "none", file)
        #expect(run.outputLines.count == 1)
        #expect(run.outputLines.compactMap(TextFindingLine.init).isEmpty)
    }

    @Test func spellsSingularAndPluralCounts() async throws {
        let inputs = try InputFolder()
        let single = try inputs.write("one.ndjson", lines: [Statements.timestampWithoutZone(1)])
        let summary = try #require(await inputs.edutraces("validate", "--profile", "none", single).outputLines.last)
        #expect(summary == "1 statement in 1 input: 1 valid, 0 invalid (0 errors, 1 warning)")
        let missing = inputs.path("missing.ndjson")
        let two = try #require(
            await inputs.edutraces("validate", "--profile", "none", single, single, missing).outputLines.last
        )
        #expect(two == "2 statements in 2 inputs: 2 valid, 0 invalid (0 errors, 2 warnings)")
    }
}

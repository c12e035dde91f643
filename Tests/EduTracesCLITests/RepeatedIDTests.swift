import Testing

/// Statement ids seen twice: always an error in one batch (an array); in an NDJSON export an identical repeat
/// is a warning and a different statement under the same id an error.
@Suite("Repeated statement ids")
struct RepeatedIDTests {
    @Test func rejectsIdenticalRepeatInsideArray() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("batch.json", "[\(Statements.valid(1)),\(Statements.valid(1))]")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.results.map(\.index) == [1])
        let finding = try #require(report.result(at: 1)?.findings.first)
        #expect(finding.rule == "xapi.batch.duplicate-id")
        #expect(finding.severity == "error")
        #expect(finding.path == "/id")
    }

    @Test func rejectsDifferentStatementWithSameIdInsideArray() async throws {
        let inputs = try InputFolder()
        let other = Statements.valid(1, activity: "http://example.com/activities/2")
        let file = try inputs.write("batch.json", "[\(Statements.valid(1)),\(Statements.valid(2)),\(other)]")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.results.map(\.index) == [2])
        #expect(report.result(at: 2)?.rules == ["xapi.batch.duplicate-id"])
    }

    @Test func warnsOfIdenticalRepeatInNDJSON() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "export.ndjson",
            lines: [Statements.valid(1), Statements.valid(2), Statements.valid(1)]
        )
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 0)
        #expect(report.summary == .init(statements: 3, valid: 3, invalid: 0, errors: 0, warnings: 1))
        let result = try #require(report.result(at: 2))
        #expect(result.line == 3)
        #expect(result.valid)
        #expect(result.findings.map(\.rule) == ["xapi.export.repeated-statement"])
        #expect(result.findings.map(\.severity) == ["warning"])
        #expect(result.findings.map(\.path) == ["/id"])
    }

    @Test func rejectsDifferentStatementWithSameIdInNDJSON() async throws {
        let inputs = try InputFolder()
        let other = Statements.valid(1, activity: "http://example.com/activities/2")
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1), other])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.results.map(\.index) == [1])
        #expect(report.result(at: 1)?.rules == ["xapi.batch.duplicate-id"])
        #expect(report.result(at: 1)?.findings.first?.severity == "error")
    }

    @Test func warnsOfIdenticalRepeatInNDJSONWhoseFirstLineIsBroken() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "export.json",
            lines: [Statements.truncated(1), Statements.valid(2), Statements.valid(2)]
        )
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.result(at: 0)?.rules == ["json.syntax"])
        #expect(report.result(at: 2)?.rules == ["xapi.export.repeated-statement"])
    }

    @Test func warnsOfIdenticalRepeatInNDJSONStartingWithBlankLine() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.json", lines: ["", Statements.valid(1), Statements.valid(1)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().result(at: 1)?.rules == ["xapi.export.repeated-statement"])
    }
}

import Testing

/// `--format junit`: JUnit XML for CI servers, one test suite per input and one test case per statement.
@Suite("JUnit report")
struct JUnitReportTests {
    @Test func writesOneTestCasePerStatement() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "export.ndjson",
            lines: [
                Statements.valid(1), Statements.badMailbox(2), Statements.timestampWithoutZone(3), Statements.broken,
            ]
        )
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "junit", file)
        let report = try run.junitReport()
        #expect(run.status == 1)
        #expect(report.tests == 4)
        #expect(report.failures == 2)
        let suite = try #require(report.suites.first)
        #expect(report.suites.count == 1)
        #expect(suite.name == file)
        #expect(suite.tests == 4)
        #expect(suite.failures == 2)
        #expect(suite.cases.count == 4)
        #expect(suite.cases.map(\.failureType) == [nil, "xapi.mbox", nil, "json.syntax"])
    }

    @Test func listsErrorsInFailureAndWarningsApart() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "export.ndjson",
            lines: [Statements.badMailbox(1), Statements.timestampWithoutZone(2)]
        )
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "junit", file)
            .junitReport()
        let cases = try #require(report.suites.first?.cases)
        try #require(cases.count == 2)
        #expect(cases[0].failureText?.contains("/actor/mbox") == true)
        #expect(cases[1].failureType == nil)
        #expect(cases[1].systemOut?.contains("xapi.timestamp.zone") == true)
    }

    @Test func namesEachCaseAfterItsStatement() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: ["", Statements.badMailbox(1)])
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "junit", file)
            .junitReport()
        let testCase = try #require(report.suites.first?.cases.first)
        #expect(testCase.classname == file)
        #expect(testCase.name.contains(Statements.id(1)))
        #expect(testCase.name.contains("line 2"))
    }

    @Test func writesOneSuitePerInput() async throws {
        let inputs = try InputFolder()
        let batch = try inputs.write("batch.json", "[\(Statements.valid(1)),\(Statements.badMailbox(2))]")
        let export = try inputs.write("export.ndjson", lines: [Statements.valid(3)])
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "junit", batch, export)
            .junitReport()
        #expect(report.suites.map(\.name) == [batch, export])
        #expect(report.suites.map(\.tests) == [2, 1])
        #expect(report.suites.map(\.failures) == [1, 0])
        #expect(report.tests == 3)
        #expect(report.failures == 1)
    }

    @Test func escapesMarkupInNamesAndMessages() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("a&b <\"quoted\">.ndjson", lines: [Statements.badMailbox(1)])
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "junit", file)
            .junitReport()
        #expect(report.suites.first?.name == file)
        #expect(report.suites.first?.cases.first?.failureText?.contains("\"mailto:\"") == true)
    }

    @Test func writesEmptySuiteForEmptyInput() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("empty.ndjson", "")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "junit", file)
        let report = try run.junitReport()
        #expect(run.status == 0)
        #expect(report.tests == 0)
        #expect(report.suites.first?.cases.isEmpty == true)
    }
}

import Testing

/// Inputs that are one JSON document: a single statement, or a StatementResult (`{"statements":[...]}`).
@Suite("Single document input")
struct DocumentInputTests {
    @Test func readsPrettyPrintedStatement() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("statement.json", try Statements.pretty(Statements.badMailbox(1)) + "\n")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 1, valid: 0, invalid: 1, errors: 1, warnings: 0))
        let result = try #require(report.results.first)
        #expect(result.index == 0)
        #expect(result.line == 1)
        #expect(result.id == Statements.id(1))
        #expect(result.findings.map(\.path) == ["/actor/mbox"])
    }

    @Test func acceptsConformingPrettyPrintedStatement() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("statement.json", try Statements.pretty(Statements.withParents(1)))
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().summary == .init(statements: 1, valid: 1, invalid: 0, errors: 0, warnings: 0))
    }

    @Test func reportsLineWhereStatementStarts() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("statement.json", "\n\n" + (try Statements.pretty(Statements.badMailbox(1))))
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.results.first?.line == 3)
    }

    /// One broken document is one statement with one syntax error, not one error a line.
    @Test func reportsBrokenPrettyPrintedStatementOnce() async throws {
        let inputs = try InputFolder()
        let pretty = try Statements.pretty(Statements.withParents(1))
        let trailingComma = String(pretty.dropLast(2)) + ",\n}\n"
        let file = try inputs.write("statement.json", trailingComma)
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 1, valid: 0, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.flatMap(\.rules) == ["json.syntax"])
    }

    @Test func readsStatementsOfStatementResult() async throws {
        let inputs = try InputFolder()
        let text = """
            {
              "statements": [
                \(Statements.valid(1)),
                \(Statements.badMailbox(2))
              ],
              "more": "/xapi/statements?more=7f3964730bee"
            }

            """
        let file = try inputs.write("page.json", text)
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 2, valid: 1, invalid: 1, errors: 1, warnings: 0))
        let result = try #require(report.results.first)
        #expect(result.index == 1)
        #expect(result.line == 4)
        #expect(result.rules == ["xapi.mbox"])
    }

    @Test func readsStatementResultWhoseMoreComesFirst() async throws {
        let inputs = try InputFolder()
        let statements = try Statements.pretty("[\(Statements.badMailbox(1)),\(Statements.valid(2))]", indent: 2)
        let text = "{\n  \"more\": \"\",\n  \"statements\": \(statements)\n}\n"
        let file = try inputs.write("page.json", text)
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary == .init(statements: 2, valid: 1, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.map(\.index) == [0])
        #expect(report.result(at: 0)?.line == 4)
    }

    @Test func readsStatementResultOnOneLine() async throws {
        let inputs = try InputFolder()
        let text = #"{"statements":["# + Statements.valid(1) + "," + Statements.badMailbox(2) + #"],"more":""}"# + "\n"
        let file = try inputs.write("page.json", text)
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary == .init(statements: 2, valid: 1, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.map(\.index) == [1])
        #expect(report.result(at: 1)?.line == 1)
    }

    @Test func acceptsEmptyStatementResult() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("page.json", #"{"statements": [], "more": ""}"#)
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().summary.statements == 0)
    }
}

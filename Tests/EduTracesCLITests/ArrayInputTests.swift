import Testing

/// JSON arrays of statements (one batch): each element reported at its index and the line where it starts.
@Suite("JSON array input")
struct ArrayInputTests {
    @Test func readsEveryElementOfArray() async throws {
        let inputs = try InputFolder()
        let elements = [Statements.valid(1), Statements.badMailbox(2), Statements.valid(3)]
        let file = try inputs.write("batch.json", "[" + elements.joined(separator: ",") + "]")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 3, valid: 2, invalid: 1, errors: 1, warnings: 0))
        let result = try #require(report.results.first)
        #expect(report.results.count == 1)
        #expect(result.index == 1)
        #expect(result.line == 1)
        #expect(result.id == Statements.id(2))
        #expect(result.rules == ["xapi.mbox"])
    }

    @Test func reportsLineWhereEachPrettyPrintedElementStarts() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write(
            "batch.json",
            try Statements.pretty("[\(Statements.valid(1)),\(Statements.badMailbox(2)),\(Statements.badMailbox(3))]")
        )
        // Each element takes as many lines as it does on its own; the first starts on line 2, after "[".
        let height = Statements.lineCount(try Statements.pretty(Statements.valid(1)))
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary.statements == 3)
        #expect(report.results.map(\.index) == [1, 2])
        #expect(report.result(at: 1)?.line == 2 + height)
        #expect(report.result(at: 2)?.line == 2 + 2 * height)
    }

    @Test func reportsBrokenElementAndChecksTheNextOnes() async throws {
        let inputs = try InputFolder()
        let text =
            "[\n" + [Statements.valid(1), Statements.broken, Statements.badMailbox(3)].joined(separator: ",\n")
            + "\n]\n"
        let file = try inputs.write("batch.json", text)
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 3, valid: 1, invalid: 2, errors: 2, warnings: 0))
        #expect(report.result(at: 1)?.rules == ["json.syntax"])
        #expect(report.result(at: 1)?.line == 3)
        #expect(report.result(at: 2)?.rules == ["xapi.mbox"])
        #expect(report.result(at: 2)?.line == 4)
    }

    @Test func reportsTrailingComma() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("batch.json", "[\n\(Statements.valid(1)),\n\(Statements.valid(2)),\n]\n")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary.valid == 2)
        #expect(report.results.flatMap(\.rules) == ["json.syntax"])
    }

    @Test func reportsArrayThatIsNeverClosed() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("batch.json", "[\n\(Statements.valid(1)),\n\(Statements.valid(2))\n")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary.valid == 2)
        #expect(report.results.flatMap(\.rules) == ["json.syntax"])
    }

    @Test func reportsArrayCutInsideAnElement() async throws {
        let inputs = try InputFolder()
        let cut = String(Statements.valid(2).prefix(60))
        let file = try inputs.write("batch.json", "[\n\(Statements.valid(1)),\n\(cut)")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary.valid == 1)
        #expect(report.results.flatMap(\.rules) == ["json.syntax"])
        #expect(report.results.first?.line == 3)
    }

    @Test func reportsContentAfterClosingBracket() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("batch.json", "[\(Statements.valid(1))]\n\(Statements.valid(2))\n")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.result(at: 0) == nil)
        #expect(report.results.flatMap(\.rules) == ["json.syntax"])
        #expect(report.results.first?.line == 2)
    }

    @Test func acceptsEmptyArray() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("batch.json", "[ ]\n")
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().summary == .init(statements: 0, valid: 0, invalid: 0, errors: 0, warnings: 0))
    }
}

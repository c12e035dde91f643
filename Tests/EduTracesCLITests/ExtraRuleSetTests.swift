import EduTracesCLI
import Testing
import XAPI
import XAPIValidation

/// A rule set defined here, given to the command in process: `rules` lists it and `validate` reports it.
@Suite("Rule sets added in process")
struct ExtraRuleSetTests {
    /// Requires `context.language`: a rule no built-in set has.
    struct RequireLanguage: RuleSet {
        static let rule = Rule(
            id: "test.context.language",
            severity: .error,
            spec: "test",
            summary: LocalizedText(english: "context.language is given.", french: "context.language est indiqué.")
        )
        var name: String { "test" }
        var rules: [Rule] { [Self.rule] }
        func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder) {
            if statement["context"]?["language"] == nil {
                recorder.record(
                    Self.rule,
                    LocalizedText(english: "no context.language", french: "pas de context.language")
                )
            }
        }
    }

    @Test func validatorListsTheRulesOfAnExtraRuleSet() {
        let validator = Validator(configuration: .init(ruleSets: [RequireLanguage()]))
        #expect(validator.rules.map(\.id) == Rule.catalog.map(\.id) + ["test.context.language"])
    }

    @Test func rulesCommandListsTheRulesOfAnExtraRuleSet() async {
        let output = Output()
        let status = await EduTraces.run(
            ["rules", "--profile", "none"],
            standardOutput: output,
            standardError: Output(),
            environment: [:],
            ruleSets: [RequireLanguage()]
        )
        #expect(status == 0)
        #expect(output.text.split(separator: "\n").last?.hasPrefix("test.context.language") == true)
    }

    @Test func validateCommandReportsTheFindingsOfAnExtraRuleSet() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let output = Output()
        let status = await EduTraces.run(
            ["validate", "--profile", "none", "--format", "json", file],
            standardOutput: output,
            standardError: Output(),
            environment: [:],
            ruleSets: [RequireLanguage()]
        )
        #expect(status == 1)
        let report = try JSONReport(output.text)
        #expect(report.results.flatMap(\.rules) == ["test.context.language"])
        #expect(report.results.first?.findings.first?.message == "no context.language")
    }
}

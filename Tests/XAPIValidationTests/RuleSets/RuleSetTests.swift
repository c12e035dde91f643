import Foundation
import Testing
import XAPI
import XAPIValidation

/// A rule set written by a vendor: every statement names its platform.
struct PlatformRuleSet: RuleSet {
    static let platform = Rule(
        id: "acme.platform",
        severity: .warning,
        spec: "Acme trace guide 2",
        summary: LocalizedText(
            english: "context.platform names the product.",
            french: "context.platform nomme le produit."
        )
    )

    var name: String { "acme" }
    var rules: [Rule] { [Self.platform] }

    func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder) {
        guard statement["context"]?["platform"] == nil else { return }
        recorder.descend("context") { recorder in
            recorder.record(
                Self.platform,
                LocalizedText(english: "context.platform is missing", french: "context.platform est absent")
            )
        }
    }
}

@Suite("Rule sets")
struct RuleSetTests {
    static let statement: JSONValue = [
        "actor": ["mbox": "mailto:ada@example.org"],
        "verb": ["id": "http://adlnet.gov/expapi/verbs/completed"],
        "object": ["id": "https://example.org/quiz"],
    ]

    @Test func listsTheRulesOfEveryConfiguredRuleSetAfterTheSpecRules() {
        let validator = Validator(configuration: .init(ruleSets: [PlatformRuleSet()]))
        #expect(validator.rules.map(\.id) == Rule.catalog.map(\.id) + ["acme.platform"])
        #expect(validator.ruleSets.map(\.name) == ["xapi", "acme"])
        #expect(Validator().rules == Rule.catalog)
    }

    @Test func reportsTheFindingsOfAnExtraRuleSetInBothLanguages() throws {
        let validator = Validator(configuration: .init(ruleSets: [PlatformRuleSet()]))
        let finding = try #require(validator.validate(Self.statement).findings.only)
        #expect(finding.rule == "acme.platform")
        #expect(finding.severity == .warning)
        #expect(finding.path.description == "/context")
        #expect(finding.message(in: .english) == "context.platform is missing")
        #expect(finding.message(in: .french) == "context.platform est absent")
    }

    @Test func runsExtraRuleSetsOnStatementsReadFromText() throws {
        let validator = Validator(configuration: .init(ruleSets: [PlatformRuleSet()]))
        let report = validator.validate(bytes: Array(JSONWriter.bytes(from: Self.statement)))
        #expect(report.findings.map(\.rule) == ["acme.platform"])
    }

    @Test func refusesStatementsWithErrorsAsAStage() throws {
        let stage = ValidationStage()
        var broken = Self.statement
        try JSONPointer.root.appending("verb").set(["id": "completed"], in: &broken)
        #expect(throws: StatementRejection.self) { try stage.process(broken) }
        #expect((try? stage.process(Self.statement)) == Self.statement)
        let strict = ValidationStage(
            validator: Validator(configuration: .init(ruleSets: [PlatformRuleSet()])),
            refusesWarnings: true
        )
        #expect(throws: StatementRejection.self) { try strict.process(Self.statement) }
    }
}

@Suite("Localized texts")
struct LocalizedTextTests {
    @Test func fallsBackToEnglishWithoutAFrenchText() {
        let text: LocalizedText = "only English"
        #expect(text.text(in: .french) == "only English")
    }

    @Test(arguments: [
        (["LANG": "fr_FR.UTF-8"], Language.french), (["LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"], .english),
        (["LC_MESSAGES": "fr", "LANG": "en_GB"], .french), (["LC_ALL": "", "LANG": "fr_CA"], .french),
        ([:], .english), (["LANG": "C"], .english), (["LANG": "de_DE"], .english),
    ])
    func choosesTheLanguageOfTheLocale(environment: [String: String], expected: Language) {
        #expect(Language.preferred(in: environment) == expected)
    }
}

extension Array {
    fileprivate var only: Element? { count == 1 ? first : nil }
}

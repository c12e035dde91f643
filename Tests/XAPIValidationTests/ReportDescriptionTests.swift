import Testing
import XAPI
import XAPIValidation

/// A report as people read it: the counts, then one finding per line with rule id, JSON Pointer and message.
@Suite("Report description")
struct ReportDescriptionTests {
    static let idMissing = Finding(
        rule: "fr.id",
        severity: .error,
        path: .root,
        message: LocalizedText(english: "the statement has no id", french: "la déclaration n'a pas d'id"),
        spec: "test"
    )
    static let noFrench = Finding(
        rule: "fr.language",
        severity: .warning,
        path: JSONPointer(tokens: [.key("verb"), .key("display")]),
        message: LocalizedText(english: "no French entry", french: "pas d'entrée en français"),
        spec: "test"
    )
    static let badMailbox = Finding(
        rule: "xapi.mbox",
        severity: .error,
        path: JSONPointer(tokens: [.key("actor"), .key("mbox")]),
        message: LocalizedText(english: "an mbox must start with \"mailto:\"", french: nil),
        spec: "test"
    )

    @Test func listsTheCountsThenOneFindingPerLineErrorsFirst() {
        let report = Report(version: .v1_0_3, findings: [Self.idMissing, Self.noFrench, Self.badMailbox])
        #expect(
            report.description == """
                2 errors, 1 warning (xAPI 1.0.3):
                error fr.id at /: the statement has no id
                error xapi.mbox at /actor/mbox: an mbox must start with "mailto:"
                warning fr.language at /verb/display: no French entry
                """
        )
    }

    @Test func isTheCountsAloneWithoutFindings() {
        #expect(Report(version: .v2_0_0, findings: []).description == "0 errors, 0 warnings (xAPI 2.0.0)")
        #expect(
            Report(version: .v1_0_3, findings: []).description(in: .french) == "0 erreur, 0 avertissement (xAPI 1.0.3)"
        )
    }

    @Test func speaksFrenchWithTheSameRuleIDs() {
        let report = Report(version: .v1_0_3, findings: [Self.noFrench, Self.idMissing, Self.noFrench])
        #expect(
            report.description(in: .french) == """
                1 erreur, 2 avertissements (xAPI 1.0.3) :
                erreur fr.id à / : la déclaration n'a pas d'id
                avertissement fr.language à /verb/display : pas d'entrée en français
                avertissement fr.language à /verb/display : pas d'entrée en français
                """
        )
    }

    @Test func frenchFallsBackToTheEnglishMessageItLacks() {
        #expect(
            Self.badMailbox.description(in: .french)
                == "erreur xapi.mbox à /actor/mbox : an mbox must start with \"mailto:\""
        )
    }

    @Test func englishFindingLineIsTheFindingsDescription() {
        for finding in [Self.idMissing, Self.noFrench, Self.badMailbox] {
            #expect(finding.description(in: .english) == finding.description)
        }
    }

    @Test func givesEachFindingOfARealReportItsOwnLine() throws {
        let statement: JSONValue = [
            "actor": ["mbox": "eleve@example.fr"],
            "verb": ["id": "http://adlnet.gov/expapi/verbs/completed"],
            "object": ["id": "https://exercices.example.fr/quiz-3"],
        ]
        let report = Validator(configuration: .init(ruleSets: [FrenchEducationProfile()])).validate(statement)
        let lines = report.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == report.findings.count + 1)
        let mailbox = try #require(report.findings.first { $0.rule == "xapi.mbox" })
        #expect(lines.contains("error xapi.mbox at /actor/mbox: \(mailbox.message)"))
        #expect(Set(lines.dropFirst().map(String.init)) == Set(report.findings.map(\.description)))
    }
}

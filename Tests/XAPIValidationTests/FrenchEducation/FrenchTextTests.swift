import Foundation
import TestSupport
import Testing
import XAPI
import XAPIValidation

/// Every rule and every finding speaks French as well as English.
@Suite("French texts")
struct FrenchTextTests {
    static let validator = Validator(configuration: .init(ruleSets: [FrenchEducationProfile()]))

    @Test func everyRuleOfTheValidatorHasAFrenchSummary() {
        #expect(Self.validator.rules.count == Rule.catalog.count + FrenchEducationProfile().rules.count)
        for rule in Self.validator.rules {
            let french = rule.summaryText.french
            #expect(french?.isEmpty == false, "\(rule.id) has no French summary")
            #expect(french != rule.summaryText.english, "\(rule.id): the French summary is the English one")
        }
    }

    @Test func syntaxAndDuplicateFindingsHaveFrenchMessages() {
        let broken = Self.validator.validate(bytes: Array(#"{"id": 1,}"#.utf8)).findings
        #expect(broken.map(\.rule) == ["json.syntax"])
        #expect(
            broken.first?.message(in: .french).hasPrefix("JSON non valide à colonne 10 (octet 9) : virgule") == true
        )
        let repeated = Self.validator.validate(bytes: Array(#"{"id": "a", "id": "b"}"#.utf8)).findings
        let duplicate = repeated.first { $0.rule == "xapi.property.duplicate" }
        #expect(duplicate?.text.french?.contains("clé « id » en double") == true)
    }

    /// The whole ADL conformance corpus, checked with the spec and the profile: each finding has its French text.
    @Test(
        ConformanceCorpus.required(by: "French texts over the conformance corpus"),
        arguments: ConformanceCorpus.suiteVersions
    )
    func everyFindingOfTheConformanceCorpusHasAFrenchMessage(version: String) throws {
        let cases = try ConformanceCorpus.suiteCases(version: version)
        let specVersion = try #require(SpecVersion(rawValue: version))
        let validator = Validator(
            configuration: .init(version: .fixed(specVersion), ruleSets: [FrenchEducationProfile()])
        )
        var findings = 0
        var untranslated: Set<String> = []
        for suiteCase in cases {
            let reports =
                if suiteCase.isBatch, case .array(let statements) = suiteCase.statement {
                    validator.validate(batch: statements)
                } else {
                    [validator.validate(bytes: JSONWriter.bytes(from: suiteCase.statement))]
                }
            for finding in reports.flatMap(\.findings) {
                findings += 1
                if finding.text.french?.isEmpty != false || finding.text.french == finding.text.english {
                    untranslated.insert("\(finding.rule): \(finding.message)")
                }
            }
        }
        #expect(findings > cases.count, "the corpus produced too few findings to prove anything")
        #expect(untranslated.isEmpty, "\(untranslated.sorted().joined(separator: "\n"))")
    }
}

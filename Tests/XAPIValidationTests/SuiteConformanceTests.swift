import ConformanceSupport
import Foundation
import Testing
import XAPI
import XAPIValidation

/// Every statement case of the ADL LRS conformance suite is classified as the suite expects.
@Suite("ADL conformance suite", .enabled(if: ConformanceCorpus.isAvailable, ConformanceCorpus.absenceReason))
struct SuiteConformanceTests {
    @Test(arguments: ConformanceCorpus.suiteVersions)
    func classifiesEveryCaseAsTheSuiteExpects(version: String) throws {
        let cases = try ConformanceCorpus.suiteCases(version: version)
        let specVersion = try #require(SpecVersion(rawValue: version))
        let validator = Validator(configuration: .init(version: .fixed(specVersion)))
        var counts = (valid: 0, invalid: 0)
        var misclassified: [String] = []
        for suiteCase in cases {
            let reports: [Report]
            if suiteCase.isBatch, case .array(let statements) = suiteCase.statement {
                reports = validator.validate(batch: statements)
            } else {
                reports = [validator.validate(suiteCase.statement)]
            }
            let valid = reports.allSatisfy(\.isValid)
            if valid == suiteCase.expectedValid {
                if valid { counts.valid += 1 } else { counts.invalid += 1 }
            } else {
                let findings = reports.flatMap(\.errors).map(\.description).joined(separator: "; ")
                misclassified.append(
                    "\(suiteCase.name) [\(suiteCase.rule.prefix(120))] \(valid ? "accepted" : "rejected: " + findings)"
                )
            }
        }
        print(
            "xAPI \(version) suite: \(cases.count) cases, \(counts.valid) valid and \(counts.invalid) invalid classified as expected, \(misclassified.count) misclassified"
        )
        #expect(misclassified.isEmpty, "\(misclassified.joined(separator: "\n"))")
        #expect(counts.valid + counts.invalid == cases.count)
    }
}

import MathsPlusTraces
import Testing
import XAPI
import XAPIValidation

/// The check every test of this suite makes: xAPI and the French profile, no error and no warning.
enum FrenchProfileConformance {
    static let validator = Validator(configuration: .init(ruleSets: [FrenchEducationProfile()]))

    /// Records one issue for a statement with any finding, listing each finding on its own line:
    /// severity, rule id, JSON Pointer and message.
    static func expectConforms(_ statement: Statement, sourceLocation: SourceLocation = #_sourceLocation) {
        let report = validator.validate(statement)
        if !report.findings.isEmpty {
            Issue.record(
                "\(statement.verb.id) does not conform to fr-education: \(report)",
                sourceLocation: sourceLocation
            )
        }
    }
}

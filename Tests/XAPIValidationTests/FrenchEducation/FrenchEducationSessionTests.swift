import Testing
import XAPI
import XAPIValidation

/// The session pattern of fr-education over a whole export: initialized first, answers, terminated last.
@Suite("French education sessions")
struct FrenchEducationSessionTests {
    typealias F = FrenchFixture

    static func statement(
        _ verb: String,
        registration: String = "7ccd3322-e1a5-411a-a67d-6a735c76f119"
    )
        throws -> JSONValue
    {
        var statement = try FrenchEducationDocumentTests.statement(
            verb: "http://adlnet.gov/expapi/verbs/\(verb)",
            interaction: verb == "answered"
        )
        try #require(JSONPointer("/context/registration")).set(.string(registration), in: &statement)
        try #require(JSONPointer("/id")).set(.string(StatementID().text), in: &statement)
        return statement
    }

    /// The findings of an export, statement by statement, from the spec, the profile and the pattern.
    static func findings(_ statements: [JSONValue]) -> [[Finding]] {
        var export = ExportValidator(validator: F.validator)
        var reports = statements.enumerated().map { index, statement in
            export.judge(
                export.examiner.examine(statement),
                at: ExportPosition(index: index, line: index + 1, sharesBatch: false)
            ).findings
        }
        for late in export.finish() { reports[late.position.index].append(late.finding) }
        return reports
    }

    static func patternFindings(_ verbs: [String]) throws -> [[String]] {
        findings(try verbs.map { try statement($0) }).map { $0.map(\.rule).filter { $0.hasPrefix("profile.") } }
    }

    @Test func acceptsAWholeSession() throws {
        let rules = try Self.patternFindings(["initialized", "answered", "answered", "completed", "terminated"])
        #expect(rules.allSatisfy { $0.isEmpty })
    }

    @Test func flagsAnAnswerBeforeTheSessionStarts() throws {
        let rules = try Self.patternFindings(["answered", "initialized", "terminated"])
        #expect(rules.first == ["profile.pattern.unmatched"])
    }

    @Test func flagsASessionThatNeverEnds() throws {
        let rules = try Self.patternFindings(["initialized", "answered"])
        #expect(rules == [[], ["profile.pattern.incomplete"]])
    }

    @Test func namesTheRegistrationInPatternFindings() throws {
        let found = Self.findings([try Self.statement("answered", registration: "b1e2c3d4-0000-4000-8000-000000000001")]
        )
        let message = found.flatMap { $0 }.first { $0.rule.hasPrefix("profile.pattern") }?.message
        #expect(message?.contains("b1e2c3d4-0000-4000-8000-000000000001") == true)
    }
}

import Foundation
import Testing
import XAPI
import XAPIValidation

/// Statements and assertions of the French education profile's tests.
///
/// Each test starts from ``statement()``, a statement that conforms to the spec and the profile with no
/// finding, changes the one thing it is about, and checks what the profile reports.
enum FrenchFixture {
    static let pseudonym = "abcdefghijklmnopqrstuvwxyz234567"

    /// A statement with no finding at all.
    static func statement() -> JSONValue {
        let text = """
            {"id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
            "actor":{"objectType":"Agent","account":{"homePage":"https://ent.example.fr","name":"\(pseudonym)"}},
            "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed","fr-FR":"a terminé"}},
            "object":{"objectType":"Activity","id":"https://exercices.example.fr/fractions/quiz-3",
             "definition":{"name":{"fr-FR":"Quiz sur les fractions"},"type":"http://adlnet.gov/expapi/activities/assessment"}},
            "result":{"completion":true,"duration":"PT12M34S","score":{"scaled":0.85,"raw":17,"min":0,"max":20}},
            "context":{"registration":"7ccd3322-e1a5-411a-a67d-6a735c76f119","platform":"Maths+ 3.2","language":"fr-FR",
             "contextActivities":{"category":[{"id":"https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "definition":{"type":"http://adlnet.gov/expapi/activities/profile"}}]},
             "extensions":{"https://edutraces.org/xapi/extensions/school-uai":"0750654D",
              "https://edutraces.org/xapi/extensions/level":"2112","https://edutraces.org/xapi/extensions/subject":"061300"}},
            "timestamp":"2026-03-02T09:15:00.000Z","version":"1.0.3"}
            """
        // The text is the test's own: it parses.
        return (try? JSONParser().parse(text)) ?? .null
    }

    /// The statement with the value at `pointer` replaced (or added).
    static func statement(setting pointer: String, to value: JSONValue) throws -> JSONValue {
        var document = statement()
        try #require(JSONPointer(pointer)).set(value, in: &document)
        return document
    }

    /// The statement without the value at `pointer`.
    static func statement(removing pointer: String) throws -> JSONValue {
        var document = statement()
        _ = try #require(JSONPointer(pointer)).remove(from: &document)
        return document
    }

    /// A validator with the profile, whose clock is set after the fixture's timestamp.
    static let validator = Validator(
        configuration: .init(now: { Date(timeIntervalSince1970: 1_800_000_000) }, ruleSets: [FrenchEducationProfile()])
    )

    /// Every finding of the spec and the profile.
    static func findings(_ statement: JSONValue) -> [Finding] {
        validator.validate(statement).findings
    }

    /// The findings of one rule.
    static func findings(_ statement: JSONValue, rule: Rule) -> [Finding] {
        findings(statement).filter { $0.rule == rule.id }
    }
}

import Testing
import XAPI
import XAPIValidation

/// The rules of Profiles §8.1, one behaviour per test, through `StatementTemplateRule.isFollowed(by:)`.
@Suite("Statement template rules")
struct TemplateRuleTests {
    /// The single rule of a one-template profile built from `rule`.
    private func rule(_ rule: JSONValue) throws -> StatementTemplateRule {
        let document = ProfileFixtures.document(templates: [ProfileFixtures.template("t", rules: [rule])])
        let profile = try Profile(json: document)
        return try #require(profile.templates.first?.rules.first)
    }

    private let scored = ProfileFixtures.statement(
        verb: ProfileFixtures.answered,
        extra: ["result": ["score": ["scaled": 0.5, "raw": 5], "response": "b"]]
    )
    private let unscored = ProfileFixtures.statement(verb: ProfileFixtures.answered)

    @Test func includedNeedsAValue() throws {
        let included = try rule(["location": "$.result.score.scaled", "presence": "included"])
        #expect(included.isFollowed(by: scored))
        #expect(!included.isFollowed(by: unscored))
    }

    @Test func excludedRefusesAValue() throws {
        let excluded = try rule(["location": "$.result.score", "presence": "excluded"])
        #expect(!excluded.isFollowed(by: scored))
        #expect(excluded.isFollowed(by: unscored))
    }

    @Test func recommendedAllowsAbsenceButChecksValuesWhenPresent() throws {
        let recommended = try rule(["location": "$.result.response", "presence": "recommended", "all": ["a", "c"]])
        #expect(recommended.isFollowed(by: unscored))
        #expect(!recommended.isFollowed(by: scored))
    }

    @Test func anyNeedsOneOfItsValuesAmongTheMatchableValues() throws {
        let any = try rule(["location": "$.result.response", "any": ["a", "b"]])
        #expect(any.isFollowed(by: scored))
        #expect(!any.isFollowed(by: unscored))
    }

    @Test func allAcceptsOnlyItsValues() throws {
        let all = try rule(["location": "$.result.score.*", "all": [0.5, 5]])
        #expect(all.isFollowed(by: scored))
        let other = try rule(["location": "$.result.score.*", "all": [0.5]])
        #expect(!other.isFollowed(by: scored))
    }

    @Test func allWithoutPresenceIsFollowedByNoValueAtAll() throws {
        // Without presence, `all` is strict but vacuous on an empty set (Part Three §2.1).
        let all = try rule(["location": "$.result.score.*", "all": [1]])
        #expect(all.isFollowed(by: unscored))
    }

    @Test func noneRefusesItsValues() throws {
        let none = try rule(["location": "$.result.response", "none": ["b"]])
        #expect(!none.isFollowed(by: scored))
        let other = try rule(["location": "$.result.response", "none": ["z"]])
        #expect(other.isFollowed(by: scored))
    }

    @Test func selectorFindingNothingOnALocationIsUnmatchableForIncluded() throws {
        let statement = ProfileFixtures.statement(
            verb: ProfileFixtures.answered,
            extra: [
                "context": [
                    "contextActivities": [
                        "grouping": [
                            ["id": "https://example.org/course", "definition": ["type": "https://example.org/course"]],
                            ["id": "https://example.org/untyped"],
                        ]
                    ]
                ]
            ]
        )
        let included = try rule([
            "location": "$.context.contextActivities.grouping[*]", "selector": "$.definition.type",
            "presence": "included",
        ])
        #expect(!included.isFollowed(by: statement))
        let any = try rule([
            "location": "$.context.contextActivities.grouping[*]", "selector": "$.definition.type",
            "any": ["https://example.org/course"],
        ])
        #expect(any.isFollowed(by: statement))
    }

    @Test func contextActivitiesGivenAsOneObjectAreNormalizedBeforeRules() throws {
        let document = ProfileFixtures.document(templates: [
            ProfileFixtures.template(
                "t",
                rules: [["location": "$.context.contextActivities.parent[0].id", "presence": "included"]]
            )
        ])
        let profile = try Profile(json: document)
        let statement = ProfileFixtures.statement(
            verb: ProfileFixtures.answered,
            extra: ["context": ["contextActivities": ["parent": ["id": "https://example.org/quiz"]]]]
        )
        #expect(profile.validate(statement).outcome == .success)
    }
}

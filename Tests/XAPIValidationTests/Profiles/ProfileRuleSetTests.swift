import Testing
import XAPI
import XAPIValidation

/// How a loaded profile reports on statements (LABELLING-RULES.md, "Findings of loaded profiles").
@Suite("Profile rule set")
struct ProfileRuleSetTests {
    private static let answeredTemplate = ProfileFixtures.template(
        "answered",
        verb: ProfileFixtures.answered,
        objectType: ProfileFixtures.question,
        rules: [
            ["location": "$.result.response", "presence": "included"],
            ["location": "$.result.score.scaled", "presence": "recommended"],
            ["location": "$.result.score", "presence": "excluded"],
        ]
    )

    private func validator(_ templates: [JSONValue], options: ProfileRuleSet.Options = .init()) throws -> Validator {
        let profile = try Profile(json: ProfileFixtures.document(templates: templates))
        return Validator(configuration: .init(now: nil, ruleSets: [ProfileRuleSet(profile: profile, options: options)]))
    }

    private func profileFindings(_ validator: Validator, _ statement: JSONValue) -> [Finding] {
        validator.validate(statement).findings.filter { $0.rule.hasPrefix("https://") || $0.rule.hasPrefix("profile.") }
    }

    @Test func listsOneRulePerTemplateRuleWithItsIndexAndSeverity() throws {
        let rules = try validator([Self.answeredTemplate]).rules
        let id = ProfileFixtures.templateID("answered")
        #expect(rules.first { $0.id == "\(id)#rule-0" }?.severity == .error)
        #expect(rules.first { $0.id == "\(id)#rule-1" }?.severity == .warning)
        #expect(rules.contains { $0.id == "\(id)#rule-2" })
        #expect(rules.contains { $0.id == "profile.no-template" })
        #expect(rules.first { $0.id == "\(id)#rule-0" }?.summary(in: .french).contains("Modèle") == true)
    }

    @Test func reportsTheBrokenRuleAtItsLocation() throws {
        let statement = ProfileFixtures.statement(verb: ProfileFixtures.answered, objectType: ProfileFixtures.question)
        let findings = profileFindings(try validator([Self.answeredTemplate]), statement)
        let id = ProfileFixtures.templateID("answered")
        let broken = try #require(findings.first { $0.rule == "\(id)#rule-0" })
        #expect(broken.severity == .error)
        #expect(broken.path == JSONPointer("/result/response"))
        #expect(broken.message(in: .french).contains("absent"))
    }

    @Test func reportsAMissingRecommendedValueAsAWarningOnAConformingStatement() throws {
        let statement = ProfileFixtures.statement(
            verb: ProfileFixtures.answered,
            objectType: ProfileFixtures.question,
            extra: ["result": ["response": "b"]]
        )
        let findings = profileFindings(try validator([Self.answeredTemplate]), statement)
        #expect(findings.map(\.rule) == ["\(ProfileFixtures.templateID("answered"))#rule-1"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.path == JSONPointer("/result/score/scaled"))
    }

    @Test func reportsAnExcludedValueAtTheValue() throws {
        let statement = ProfileFixtures.statement(
            verb: ProfileFixtures.answered,
            objectType: ProfileFixtures.question,
            extra: ["result": ["response": "b", "score": ["scaled": 1]]]
        )
        let findings = profileFindings(try validator([Self.answeredTemplate]), statement)
        let broken = try #require(findings.first { $0.rule.hasSuffix("#rule-2") })
        #expect(broken.path == JSONPointer("/result/score"))
    }

    @Test func aStatementFollowingOneOfTwoMatchingTemplatesConforms() throws {
        let strict = ProfileFixtures.template(
            "strict",
            verb: ProfileFixtures.answered,
            rules: [["location": "$.result.success", "presence": "included"]]
        )
        let loose = ProfileFixtures.template(
            "loose",
            verb: ProfileFixtures.answered,
            rules: [["location": "$.verb.id", "presence": "included"]]
        )
        let statement = ProfileFixtures.statement(verb: ProfileFixtures.answered)
        #expect(profileFindings(try validator([strict, loose]), statement).isEmpty)
        let findings = profileFindings(try validator([strict]), statement)
        #expect(findings.map(\.rule) == ["\(ProfileFixtures.templateID("strict"))#rule-0"])
    }

    @Test func reportsTheFindingsOfEveryMatchingTemplateWhenNoneIsFollowed() throws {
        let first = ProfileFixtures.template(
            "first",
            verb: ProfileFixtures.answered,
            rules: [["location": "$.result.success", "presence": "included"]]
        )
        let second = ProfileFixtures.template(
            "second",
            verb: ProfileFixtures.answered,
            rules: [["location": "$.result.completion", "presence": "included"]]
        )
        let other = ProfileFixtures.template(
            "other",
            verb: ProfileFixtures.terminated,
            rules: [["location": "$.result.duration", "presence": "included"]]
        )
        let findings = profileFindings(
            try validator([first, second, other]),
            ProfileFixtures.statement(verb: ProfileFixtures.answered)
        )
        #expect(
            findings.map(\.rule) == [
                "\(ProfileFixtures.templateID("first"))#rule-0", "\(ProfileFixtures.templateID("second"))#rule-0",
            ]
        )
    }

    @Test func warnsAboutAStatementThatMatchesNoTemplate() throws {
        let statement = ProfileFixtures.statement(verb: ProfileFixtures.terminated)
        let findings = profileFindings(try validator([Self.answeredTemplate]), statement)
        #expect(findings.map(\.rule) == ["profile.no-template"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func staysSilentAboutUnmatchedStatementsWhenAskedTo() throws {
        let statement = ProfileFixtures.statement(verb: ProfileFixtures.terminated)
        let quiet = try validator([Self.answeredTemplate], options: .init(reportsStatementsWithoutTemplate: false))
        #expect(profileFindings(quiet, statement).isEmpty)
        #expect(!quiet.rules.contains { $0.id == "profile.no-template" })
    }

    @Test func objectActivityTypeDecidesWhetherATemplateApplies() throws {
        let wrongType = ProfileFixtures.statement(verb: ProfileFixtures.answered, objectType: ProfileFixtures.lesson)
        let findings = profileFindings(try validator([Self.answeredTemplate]), wrongType)
        #expect(findings.map(\.rule) == ["profile.no-template"])
    }

    @Test func contextActivityTypesMustIncludeTheTemplates() throws {
        let template = ProfileFixtures.template(
            "grouped",
            extra: ["contextGroupingActivityType": ["https://example.org/types/course"]]
        )
        let profile = try Profile(json: ProfileFixtures.document(templates: [template]))
        let grouped = ProfileFixtures.statement(
            verb: ProfileFixtures.answered,
            extra: [
                "context": [
                    "contextActivities": [
                        "grouping": [
                            ["id": "https://example.org/a", "definition": ["type": "https://example.org/types/other"]],
                            [
                                "id": "https://example.org/b",
                                "definition": ["type": "https://example.org/types/course"],
                            ],
                        ]
                    ]
                ]
            ]
        )
        #expect(profile.validate(grouped).outcome == .success)
        #expect(profile.validate(ProfileFixtures.statement(verb: ProfileFixtures.answered)).outcome == .unmatched)
    }

    @Test func attachmentUsageTypesMustIncludeTheTemplates() throws {
        let template = ProfileFixtures.template(
            "signed",
            extra: ["attachmentUsageType": ["http://adlnet.gov/expapi/attachments/signature"]]
        )
        let profile = try Profile(json: ProfileFixtures.document(templates: [template]))
        let signed = ProfileFixtures.statement(
            verb: ProfileFixtures.answered,
            extra: [
                "attachments": [
                    [
                        "usageType": "http://adlnet.gov/expapi/attachments/signature",
                        "display": ["en": "signature"], "contentType": "application/octet-stream", "length": 4,
                        "sha2": "abcd",
                    ]
                ]
            ]
        )
        #expect(profile.validate(signed).outcome == .success)
        #expect(profile.validate(ProfileFixtures.statement(verb: ProfileFixtures.answered)).outcome == .unmatched)
    }

    @Test func aTemplateThatWantsAStatementRefObjectRefusesAnActivity() throws {
        let voiding = ProfileFixtures.template(
            "voiding",
            verb: ProfileFixtures.answered,
            extra: ["objectStatementRefTemplate": [.string(ProfileFixtures.templateID("voiding"))]]
        )
        let findings = profileFindings(
            try validator([voiding]),
            ProfileFixtures.statement(verb: ProfileFixtures.answered)
        )
        #expect(findings.map(\.rule) == ["\(ProfileFixtures.templateID("voiding"))#object-statement-ref"])
    }
}

import Foundation
import TestSupport
import Testing
import XAPI
import XAPIValidation

/// Primary patterns over whole exports (Profiles §9, Part Three §2.2).
@Suite("Profile patterns")
struct PatternTests {
    static let session = "0d6b4bb5-7a57-4b7e-8c55-3d8f2b1e4a01"
    static let other = "1e7c5cc6-8b68-4c8f-9d66-4e9f3c2f5b02"

    /// initialized, then any number of answers, then terminated.
    static let document: JSONValue = ProfileFixtures.document(
        templates: [
            ProfileFixtures.template("initialized", verb: ProfileFixtures.initialized),
            ProfileFixtures.template("answered", verb: ProfileFixtures.answered),
            ProfileFixtures.template("terminated", verb: ProfileFixtures.terminated),
        ],
        patterns: [
            [
                "id": .string(ProfileFixtures.patternID("session")), "type": "Pattern", "primary": true,
                "prefLabel": ["en": "Session"], "definition": ["en": "A session."],
                "sequence": [
                    .string(ProfileFixtures.templateID("initialized")), .string(ProfileFixtures.patternID("answers")),
                    .string(ProfileFixtures.templateID("terminated")),
                ],
            ],
            [
                "id": .string(ProfileFixtures.patternID("answers")), "type": "Pattern",
                "zeroOrMore": .string(ProfileFixtures.templateID("answered")),
            ],
        ]
    )

    /// The pattern findings of an export, by statement index, then the late ones.
    private func judge(_ statements: [JSONValue]) throws -> (findings: [Int: [Finding]], late: [ExportFinding]) {
        let profile = try Profile(json: Self.document)
        let validator = Validator(configuration: .init(now: nil, ruleSets: [ProfileRuleSet(profile: profile)]))
        var export = ExportValidator(validator: validator)
        var findings: [Int: [Finding]] = [:]
        for (index, statement) in statements.enumerated() {
            let report = export.judge(
                export.examiner.examine(statement),
                at: ExportPosition(index: index, line: index + 1, sharesBatch: false)
            )
            let pattern = report.findings.filter { $0.rule.hasPrefix("profile.pattern") }
            if !pattern.isEmpty { findings[index] = pattern }
        }
        return (findings, export.finish())
    }

    private func step(_ verb: String, _ registration: String = session, inCategory: Bool = true) -> JSONValue {
        ProfileFixtures.statement(verb: verb, registration: registration, inCategory: inCategory)
    }

    @Test func aWholeSessionFollowsThePattern() throws {
        let result = try judge([
            step(ProfileFixtures.initialized), step(ProfileFixtures.answered), step(ProfileFixtures.answered),
            step(ProfileFixtures.answered), step(ProfileFixtures.terminated),
        ])
        #expect(result.findings.isEmpty)
        #expect(result.late.isEmpty)
    }

    @Test func aSessionWithNoAnswerFollowsThePattern() throws {
        let result = try judge([step(ProfileFixtures.initialized), step(ProfileFixtures.terminated)])
        #expect(result.findings.isEmpty)
        #expect(result.late.isEmpty)
    }

    @Test func anAnswerBeforeInitializedIsUnmatched() throws {
        let result = try judge([
            step(ProfileFixtures.answered), step(ProfileFixtures.initialized), step(ProfileFixtures.answered),
            step(ProfileFixtures.terminated),
        ])
        #expect(result.findings.keys.sorted() == [0])
        #expect(result.findings[0]?.map(\.rule) == ["profile.pattern.unmatched"])
        #expect(result.late.isEmpty)
    }

    @Test func anAnswerAfterTerminatedIsUnmatched() throws {
        let result = try judge([
            step(ProfileFixtures.initialized), step(ProfileFixtures.terminated), step(ProfileFixtures.answered),
        ])
        #expect(result.findings.keys.sorted() == [2])
        #expect(result.late.isEmpty)
    }

    @Test func unmatchedFindingsNameThePatternAndTheRegistration() throws {
        let result = try judge([step(ProfileFixtures.terminated)])
        let finding = try #require(result.findings[0]?.first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains(ProfileFixtures.patternID("session")))
        #expect(finding.message.contains(Self.session))
        #expect(finding.message(in: .french).contains("inscription"))
    }

    @Test func aSessionThatNeverTerminatesIsIncompleteOnItsLastStatement() throws {
        let result = try judge([
            step(ProfileFixtures.initialized), step(ProfileFixtures.answered), step(ProfileFixtures.answered),
        ])
        #expect(result.findings.isEmpty)
        let late = try #require(result.late.first)
        #expect(result.late.count == 1)
        #expect(late.position.index == 2)
        #expect(late.finding.rule == "profile.pattern.incomplete")
        #expect(late.finding.message.contains(Self.session))
    }

    @Test func registrationsAreMatchedSeparatelyWhenInterleaved() throws {
        let result = try judge([
            step(ProfileFixtures.initialized), step(ProfileFixtures.initialized, Self.other),
            step(ProfileFixtures.answered, Self.other), step(ProfileFixtures.terminated),
            step(ProfileFixtures.terminated, Self.other),
        ])
        #expect(result.findings.isEmpty)
        #expect(result.late.isEmpty)
    }

    @Test func statementsWithoutTheProfileVersionInTheirCategoryAreLeftOut() throws {
        let result = try judge([step(ProfileFixtures.answered, inCategory: false)])
        #expect(result.findings.isEmpty)
        #expect(result.late.isEmpty)
    }

    @Test func subregistrationsAreMatchedSeparately() throws {
        func step(_ verb: String, subregistration: String) -> JSONValue {
            var statement = ProfileFixtures.statement(verb: verb, registration: Self.session)
            var context = statement["context"]?.objectValue ?? [:]
            context["extensions"] = [
                "https://w3id.org/xapi/profiles/extensions/subregistration": [
                    ["profile": .string(ProfileFixtures.version), "subregistration": .string(subregistration)]
                ]
            ]
            if case .object(var object) = statement {
                object["context"] = .object(context)
                statement = .object(object)
            }
            return statement
        }
        let result = try judge([
            step(ProfileFixtures.initialized, subregistration: Self.other),
            step(ProfileFixtures.initialized, subregistration: Self.session),
            step(ProfileFixtures.terminated, subregistration: Self.other),
            step(ProfileFixtures.terminated, subregistration: Self.session),
        ])
        #expect(result.findings.isEmpty)
        #expect(result.late.isEmpty)
    }

    @Test(ConformanceCorpus.required(by: "Profile patterns over an ADL profile"))
    func anAudioSessionFollowsTheADLAudioPattern() throws {
        let audio = try Profile(contentsOf: ProfileFixtures.adlFolder.appendingPathComponent("audio.jsonld"))
        let version = try #require(audio.versionIDs.first)
        func step(_ name: String) throws -> JSONValue {
            let template = try #require(audio.templates.first { $0.id.hasSuffix("#\(name)") })
            return [
                "actor": ["mbox": "mailto:a@example.org"],
                "verb": ["id": .string(try #require(template.verb))],
                "object": [
                    "id": "https://example.org/podcast",
                    "definition": ["type": .string(try #require(template.objectActivityType))],
                ],
                "context": [
                    "registration": .string(Self.session),
                    "contextActivities": ["category": [["id": .string(version)]]],
                ],
            ]
        }
        let validator = Validator(configuration: .init(now: nil, ruleSets: [ProfileRuleSet(profile: audio)]))
        var export = ExportValidator(validator: validator)
        var unmatched: [Int] = []
        for (index, name) in ["initialized", "played", "paused", "played", "terminated", "played"].enumerated() {
            let report = export.judge(
                export.examiner.examine(try step(name)),
                at: ExportPosition(index: index, line: nil, sharesBatch: false)
            )
            if report.findings.contains(where: { $0.rule == "profile.pattern.unmatched" }) { unmatched.append(index) }
        }
        #expect(unmatched == [5])
        #expect(export.finish().isEmpty)
    }
}

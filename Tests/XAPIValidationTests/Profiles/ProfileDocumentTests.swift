import Testing
import XAPI
import XAPIValidation

/// Malformed profile documents: the right error id at the right pointer.
@Suite("Profile documents")
struct ProfileDocumentTests {
    /// The error loading `document` throws.
    private func error(_ document: JSONValue, strictness: ProfileStrictness = .tolerant) -> ProfileError? {
        do {
            _ = try Profile(json: document, strictness: strictness)
            return nil
        } catch {
            return error
        }
    }

    private func edited(_ pointer: String, _ value: JSONValue?, in document: JSONValue) throws -> JSONValue {
        var copy = document
        let target = try #require(JSONPointer(pointer))
        if let value { try target.set(value, in: &copy) } else { try target.remove(from: &copy) }
        return copy
    }

    private let valid = ProfileFixtures.document(
        templates: [
            ProfileFixtures.template(
                "answered",
                verb: ProfileFixtures.answered,
                rules: [["location": "$.result.response", "presence": "included"]]
            )
        ],
        patterns: [
            [
                "id": .string(ProfileFixtures.patternID("answers")), "type": "Pattern", "primary": true,
                "prefLabel": ["en": "Answers"], "definition": ["en": "Answers."],
                "oneOrMore": .string(ProfileFixtures.templateID("answered")),
            ]
        ]
    )

    @Test func loadsAValidDocument() throws {
        let profile = try Profile(json: valid, strictness: .strict)
        #expect(profile.templates.count == 1)
        #expect(profile.patterns.count == 1)
        #expect(profile.remarks.isEmpty)
    }

    @Test func refusesTextThatIsNotJSON() {
        #expect(throws: ProfileError.self) { try Profile(bytes: Array("{\"id\":".utf8)) }
        do {
            _ = try Profile(bytes: Array("{\"id\":".utf8))
        } catch {
            #expect(error.id == "profile.document.json")
        }
    }

    @Test func refusesADocumentThatIsNotAnObject() {
        #expect(error(["a"])?.id == "profile.document.type")
    }

    @Test func pointsAtAMissingRequiredProperty() throws {
        let found = error(try edited("/id", nil, in: valid))
        #expect(found?.id == "profile.document.missing")
        #expect(found?.pointer == JSONPointer("/id"))
        let template = error(try edited("/templates/0/inScheme", nil, in: valid))
        #expect(template?.pointer == JSONPointer("/templates/0/inScheme"))
    }

    @Test func refusesAWrongTypeName() throws {
        #expect(error(try edited("/type", "Vocabulary", in: valid))?.pointer == JSONPointer("/type"))
        #expect(error(try edited("/templates/0/type", "Template", in: valid))?.id == "profile.document.type")
    }

    @Test func refusesAValueOfTheWrongJSONType() throws {
        let found = error(try edited("/templates/0/rules/0/location", 3, in: valid))
        #expect(found?.id == "profile.document.type")
        #expect(found?.pointer == JSONPointer("/templates/0/rules/0/location"))
    }

    @Test func refusesATemplateNotInSchemeOfAVersion() throws {
        let found = error(try edited("/templates/0/inScheme", "https://example.org/profiles/quiz/v9", in: valid))
        #expect(found?.id == "profile.document.in-scheme")
        #expect(found?.pointer == JSONPointer("/templates/0/inScheme"))
    }

    @Test func refusesAConceptNotInSchemeOfAVersionOnlyWhenStrict() throws {
        let concept: JSONValue = [
            "id": "https://example.org/verbs/x", "type": "Verb", "inScheme": "https://example.org/other/v1",
            "prefLabel": ["en": "x"], "definition": ["en": "x"],
        ]
        let document = ProfileFixtures.document(concepts: [concept])
        #expect(error(document, strictness: .strict)?.pointer == JSONPointer("/concepts/0/inScheme"))
        #expect(try Profile(json: document).remarks.map(\.id) == ["profile.document.in-scheme"])
    }

    @Test func refusesABadIRI() throws {
        let found = error(try edited("/templates/0/verb", "answered", in: valid))
        #expect(found?.id == "profile.document.iri")
        #expect(found?.pointer == JSONPointer("/templates/0/verb"))
    }

    @Test func refusesAPatternMemberTheProfileDoesNotDefine() throws {
        let found = error(try edited("/patterns/0/oneOrMore", "https://example.org/templates/nowhere", in: valid))
        #expect(found?.id == "profile.document.unknown-member")
        #expect(found?.pointer == JSONPointer("/patterns/0/oneOrMore"))
    }

    @Test func refusesAPatternThatContainsItself() {
        let loop: JSONValue = [
            "id": .string(ProfileFixtures.patternID("a")), "type": "Pattern",
            "sequence": [.string(ProfileFixtures.templateID("t")), .string(ProfileFixtures.patternID("b"))],
        ]
        let back: JSONValue = [
            "id": .string(ProfileFixtures.patternID("b")), "type": "Pattern",
            "optional": .string(ProfileFixtures.patternID("a")),
        ]
        let document = ProfileFixtures.document(
            templates: [ProfileFixtures.template("t", verb: ProfileFixtures.answered)],
            patterns: [loop, back]
        )
        let found = error(document)
        #expect(found?.id == "profile.document.cycle")
        #expect(found?.pointer == JSONPointer("/patterns/1/optional"))
    }

    @Test func refusesAJSONPathOutsideTheSubset() throws {
        let found = error(try edited("/templates/0/rules/0/location", "$.result[?(@.success)]", in: valid))
        #expect(found?.id == "profile.document.jsonpath")
        #expect(found?.pointer == JSONPointer("/templates/0/rules/0/location"))
        #expect(found?.message(in: .french).contains("JSONPath") == true)
    }

    @Test func refusesAPatternWithTwoKinds() throws {
        let found = error(
            try edited("/patterns/0/zeroOrMore", .string(ProfileFixtures.templateID("answered")), in: valid)
        )
        #expect(found?.id == "profile.document.value")
    }

    @Test func refusesARuleThatChecksNothing() throws {
        let found = error(try edited("/templates/0/rules/0/presence", nil, in: valid))
        #expect(found?.id == "profile.document.value")
        #expect(found?.pointer == JSONPointer("/templates/0/rules/0"))
    }

    @Test func refusesAnUnknownPresence() throws {
        #expect(error(try edited("/templates/0/rules/0/presence", "maybe", in: valid))?.id == "profile.document.value")
    }

    @Test func refusesTwoTemplatesWithOneID() throws {
        let document = ProfileFixtures.document(templates: [
            ProfileFixtures.template("t", verb: ProfileFixtures.answered),
            ProfileFixtures.template("t", verb: ProfileFixtures.terminated),
        ])
        let found = error(document)
        #expect(found?.id == "profile.document.duplicate-id")
        #expect(found?.pointer == JSONPointer("/templates/1/id"))
    }

    @Test func refusesAnUnknownStatementRefTemplate() throws {
        let found = error(
            try edited("/templates/0/objectStatementRefTemplate", ["https://example.org/templates/none"], in: valid)
        )
        #expect(found?.id == "profile.document.unknown-member")
        #expect(found?.pointer == JSONPointer("/templates/0/objectStatementRefTemplate/0"))
    }

    @Test func toleratesAnEmptyRulesArrayAsARemark() throws {
        let document = try edited("/templates/0/rules", [], in: valid)
        #expect(try Profile(json: document).remarks.map(\.id) == ["profile.document.empty"])
        #expect(error(document, strictness: .strict)?.id == "profile.document.empty")
    }
}

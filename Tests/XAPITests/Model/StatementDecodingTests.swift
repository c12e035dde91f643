import Foundation
import Testing
import XAPI

@Suite("Decoding statements strictly")
struct StatementDecodingTests {
    @Test func rejectsNullWithItsPath() throws {
        let value = try ModelFixtures.minimalStatement(setting: "result", to: ["success": nil])
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/result/success")
        #expect(error?.reason.contains("null") == true)
    }

    @Test func rejectsNullInsideAnArray() throws {
        let value = try ModelFixtures.minimalStatement(setting: "attachments", to: [nil])
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/attachments/0")
    }

    @Test func rejectsUnknownPropertyWithItsPath() throws {
        let value = try ModelFixtures.minimalStatement(setting: "Display", to: ["en-US": "completed"], at: "/verb")
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/verb/Display")
        #expect(error?.reason.contains("did you mean \"display\"") == true)
    }

    @Test func rejectsMissingRequiredPropertyAtTheObjectsPath() throws {
        let value = try ModelFixtures.json(
            ModelFixtures.minimalStatementText.replacingOccurrences(of: "\"verb\"", with: "\"Verb\"")
        )
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "")
        #expect(error?.reason.contains("needs \"verb\" (found \"Verb\"") == true)
        #expect(error?.description.hasPrefix("/: ") == true)
    }

    @Test func rejectsWrongJSONType() throws {
        let value = try ModelFixtures.minimalStatement(setting: "result", to: ["success": "true"])
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/result/success")
        #expect(error?.reason == "expected true or false, found a string")
    }

    @Test func rejectsInvalidIRI() throws {
        let value = try ModelFixtures.minimalStatement(setting: "id", to: "completed", at: "/verb")
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/verb/id")
    }

    @Test func rejectsInvalidUUID() throws {
        let value = try ModelFixtures.minimalStatement(setting: "id", to: "12345678-1234-5678-1234-56781234567")
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/id")
    }

    @Test func rejectsInvalidLanguageTagKey() throws {
        let value = try ModelFixtures.minimalStatement(setting: "display", to: ["americanenglish": "x"], at: "/verb")
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/verb/display/americanenglish")
    }

    @Test func rejectsInvalidTimestamp() throws {
        let value = try ModelFixtures.minimalStatement(setting: "timestamp", to: "01/011/2015")
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/timestamp")
    }

    @Test func rejectsInvalidDuration() throws {
        let value = try ModelFixtures.minimalStatement(setting: "result", to: ["duration": "2 hours"])
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/result/duration")
    }

    @Test func rejectsInteractionTypeOfWrongCase() throws {
        let object = try ModelFixtures.json(
            #"{"id":"http://example.com/q1","definition":{"interactionType":"Choice"}}"#
        )
        let value = try ModelFixtures.minimalStatement(setting: "object", to: object)
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/object/definition/interactionType")
    }

    @Test func rejectsSubStatementInsideSubStatement() throws {
        let inner = try ModelFixtures.json(ModelFixtures.minimalStatementText).setting("objectType", to: "SubStatement")
        let outer = try inner.setting("object", to: inner)
        let value = try ModelFixtures.minimalStatement(setting: "object", to: outer)
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/object/object/objectType")
        #expect(error?.reason.contains("cannot contain another SubStatement") == true)
    }

    @Test func rejectsIdInsideSubStatement() throws {
        let sub = try ModelFixtures.json(ModelFixtures.minimalStatementText)
            .setting("objectType", to: "SubStatement")
            .setting("id", to: "e05aa883-acaf-40ad-bf54-02c8ce485fb0")
        let value = try ModelFixtures.minimalStatement(setting: "object", to: sub)
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/object/id")
    }

    @Test func rejectsStatementRefWithoutObjectType() throws {
        let context: JSONValue = ["statement": ["id": "e05aa883-acaf-40ad-bf54-02c8ce485fb0"]]
        let value = try ModelFixtures.minimalStatement(setting: "context", to: context)
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/context/statement")
        #expect(error?.reason.contains("needs \"objectType\"") == true)
    }

    @Test func rejectsEmptyRelevantTypes() throws {
        let contextAgent: JSONValue = [
            "objectType": "contextAgent", "agent": ["mbox": "mailto:ada@example.org"], "relevantTypes": [],
        ]
        let value = try ModelFixtures.minimalStatement(setting: "context", to: ["contextAgents": [contextAgent]])
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/context/contextAgents/0/relevantTypes")
    }

    @Test func rejectsNonIntegerAttachmentLength() throws {
        let attachment = try ModelFixtures.json(
            #"{"usageType":"http://example.com/u","display":{"en-US":"A"},"contentType":"text/plain","length":2.5,"sha2":"ab"}"#
        )
        let value = try ModelFixtures.minimalStatement(setting: "attachments", to: [attachment])
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/attachments/0/length")
    }

    @Test func syntaxErrorsAreReportedAtTheRoot() {
        #expect(throws: ModelDecodingError.self) { try Statement(jsonBytes: Array(#"{"actor":"#.utf8)) }
    }
}

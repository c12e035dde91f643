import Foundation
import Testing
import XAPI

@Suite("Codable")
struct ModelCodableTests {
    @Test func encodesEnumsAndNestedModelsAsTheirJSON() throws {
        let actor = Statement.Actor.agent(try Agent.mailbox("ada@example.org"))
        let object = StatementObject.statementReference(
            StatementReference(id: try StatementID("e05aa883-acaf-40ad-bf54-02c8ce485fb0"))
        )
        #expect(try JSONParser().parse(JSONEncoder().encode(actor)) == actor.json)
        #expect(try JSONParser().parse(JSONEncoder().encode(object)) == object.json)
        #expect(try JSONDecoder().decode(StatementObject.self, from: JSONEncoder().encode(object)) == object)
        let map: LanguageMap = ["en-US": "completed"]
        #expect(try JSONParser().parse(JSONEncoder().encode(map)) == ["en-US": "completed"])
    }

    @Test func codableDecodingErrorsCarryThePath() throws {
        let value = try ModelFixtures.minimalStatement(setting: "actor", to: ["name": "Ada"])
        do {
            _ = try JSONDecoder().decode(Statement.self, from: Data(JSONWriter.bytes(from: value)))
            Issue.record("decoded an agent without identifier")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.hasPrefix("/actor: "))
        }
    }
}

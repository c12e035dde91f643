import Foundation
import Testing
import XAPI

@Suite("Building statements in code")
struct StatementBuildingTests {
    @Test func memberwiseStatementEncodesToTheExpectedJSON() throws {
        let statement = Statement(
            id: StatementID(try #require(UUID(uuidString: "E05AA883-ACAF-40AD-BF54-02C8CE485FB0"))),
            actor: .agent(Agent(name: "Ada", account: Account(homePage: "https://ent.example.fr", name: "u-4821"))),
            verb: .passed,
            object: .activity(Activity(id: "https://ent.example.fr/activities/quiz-42")),
            result: Statement.Result(score: try Score(scaled: 0.8), success: true),
            context: Context(
                contextActivities: ContextActivities(parent: [Activity(id: "https://ent.example.fr/c/1")])
            ),
            timestamp: try Timestamp("2024-03-01T10:00:00.000Z"),
            version: .v1_0_3
        )
        let expected = #"""
            {"id":"e05aa883-acaf-40ad-bf54-02c8ce485fb0",\#
            "actor":{"objectType":"Agent","name":"Ada","account":{"homePage":"https://ent.example.fr","name":"u-4821"}},\#
            "verb":{"id":"http://adlnet.gov/expapi/verbs/passed","display":{"en-US":"passed"}},\#
            "object":{"objectType":"Activity","id":"https://ent.example.fr/activities/quiz-42"},\#
            "result":{"score":{"scaled":0.8},"success":true},\#
            "context":{"contextActivities":{"parent":[{"objectType":"Activity","id":"https://ent.example.fr/c/1"}]}},\#
            "timestamp":"2024-03-01T10:00:00.000Z","version":"1.0.3"}
            """#
        #expect(String(decoding: statement.jsonBytes, as: UTF8.self) == expected)
        #expect(try Statement(jsonBytes: statement.jsonBytes) == statement)
    }

    @Test func typicalStatementReadsInFifteenLines() throws {
        let learner = Agent(name: "Ada", account: Account(homePage: "https://ent.example.fr", name: "u-4821"))
        let quiz = Activity(
            id: "https://ent.example.fr/activities/fractions-quiz",
            definition: ActivityDefinition(name: ["fr-FR": "Quiz sur les fractions"], type: ActivityType.assessment)
        )
        let result = Statement.Result(score: try Score(scaled: 0.85), duration: try ISO8601Duration(seconds: 754))
        let statement = Statement(
            actor: .agent(learner),
            verb: .completed,
            object: .activity(quiz),
            result: result,
            context: Context(registration: UUID(), platform: "ENT Example", language: "fr-FR"),
            timestamp: .now()
        )
        let bytes = statement.jsonBytes  // compact, deterministic JSON, ready to send or store

        let back = try Statement(jsonBytes: bytes)
        #expect(back == statement)
        #expect(back.json["result"]?["score"]?["scaled"] == 0.85)
        #expect(back.json["context"]?["language"] == "fr-FR")
    }

    @Test func scoreConvenienceTakesDoublesAndTheExactFormKeepsLexemes() throws {
        #expect(
            try Score(scaled: 0.5, raw: 10, min: 0, max: 20).json == ["scaled": 0.5, "raw": 10, "min": 0, "max": 20]
        )
        let exact = Score(scaled: nil, raw: JSONNumber(lexeme: "95.50"), min: nil, max: nil)
        #expect(String(decoding: exact.jsonBytes, as: UTF8.self) == #"{"raw":95.50}"#)
    }

    @Test func anonymousGroupWritesItsMembers() throws {
        let group = Group(name: "4B", members: [try Agent.mailbox("ada@example.org")])
        let expected: JSONValue = [
            "objectType": "Group", "name": "4B",
            "member": [["objectType": "Agent", "mbox": "mailto:ada@example.org"]],
        ]
        #expect(group.json == expected)
    }

    @Test func adlVerbsCarryTheirIRIAndDisplay() {
        #expect(Verb.voided.json == ["id": "http://adlnet.gov/expapi/verbs/voided", "display": ["en-US": "voided"]])
        #expect(ActivityType.cmiInteraction.text == "http://adlnet.gov/expapi/activities/cmi.interaction")
    }

    @Test(arguments: [Double.nan, Double.infinity, -Double.infinity])
    func scoreRefusesNumbersJSONCannotCarry(_ value: Double) {
        #expect(throws: ValueFormatError.self) { try Score(scaled: value) }
        #expect(throws: ValueFormatError.self) { try Score(raw: 1, min: 0, max: value) }
    }
}

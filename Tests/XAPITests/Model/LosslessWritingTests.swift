import Foundation
import TestSupport
import Testing
import XAPI

@Suite("Writing back exactly what was read")
struct LosslessWritingTests {
    /// The compact JSON text of a model.
    func text(_ model: some JSONConvertible) -> String {
        String(decoding: model.jsonBytes, as: UTF8.self)
    }

    @Test func keepsSingleObjectContextActivitiesAsObjects() throws {
        let value = try ModelFixtures.json(
            #"{"parent":{"id":"http://example.com/course"},"grouping":[{"id":"http://example.com/program"}]}"#
        )
        let activities = try ContextActivities(json: value)
        #expect(activities.parent?.count == 1)
        expectIdentical(activities.json, value, memberOrder: .free)
        #expect(activities.json["parent"]?.objectValue != nil)
        #expect(activities.json["grouping"]?.arrayValue?.count == 1)
    }

    @Test func writesAnArrayOnceASingleObjectKeyHoldsMore() throws {
        var activities = try ContextActivities(json: ["parent": ["id": "http://example.com/course"]])
        activities.parent?.append(Activity(id: "http://example.com/other"))
        #expect(activities.json["parent"]?.arrayValue?.count == 2)
    }

    @Test func keepsNumberLexemes() throws {
        let value = try ModelFixtures.minimalStatement(
            setting: "result",
            to: try ModelFixtures.json(#"{"score":{"scaled":0.950,"raw":95.50,"min":0E0,"max":1e2}}"#)
        )
        let statement = try Statement(json: value)
        #expect(statement.result?.score?.scaled?.lexeme == "0.950")
        #expect(text(statement).contains(#""score":{"scaled":0.950,"raw":95.50,"min":0E0,"max":1e2}"#))
    }

    @Test func keepsTimestampText() throws {
        let written = "2015-11-18T12:17:00+00:00"
        let statement = try Statement(
            json: try ModelFixtures.minimalStatement(setting: "timestamp", to: .string(written))
        )
        #expect(statement.timestamp?.text == written)
        #expect(text(statement).contains(#""timestamp":"2015-11-18T12:17:00+00:00""#))
    }

    @Test func keepsDurationText() throws {
        let value = try ModelFixtures.minimalStatement(setting: "result", to: ["duration": "PT1H0M0.10S"])
        expectIdentical(try ModelFixtures.roundTrip(Statement.self, value), value, memberOrder: .free)
        #expect(text(try Statement(json: value)).contains(#""duration":"PT1H0M0.10S""#))
    }

    @Test func keepsExtensionValuesOfEveryJSONType() throws {
        let extensions = try ModelFixtures.json(
            #"""
            {"http://example.com/null":null,"http://example.com/true":true,"http://example.com/number":1.50,
            "http://example.com/string":"","http://example.com/array":[null,1,[],{}],
            "http://example.com/object":{"nested":{"deep":[0.10]}},"http://example.com/empty":{}}
            """#
        )
        let value = try ModelFixtures.minimalStatement(setting: "result", to: ["extensions": extensions])
        let statement = try Statement(json: value)
        #expect(statement.result?.extensions?[IRI("http://example.com/null")] == .null)
        expectIdentical(statement.json, value, memberOrder: .free)
        #expect(text(statement).contains(#""http://example.com/number":1.50"#))
    }

    @Test func writesExtensionKeysSorted() throws {
        let result = Statement.Result(extensions: ["http://example.com/b": 2, "http://example.com/a": 1])
        #expect(text(result) == #"{"extensions":{"http://example.com/a":1,"http://example.com/b":2}}"#)
    }

    @Test func keepsObjectTypeOmittedOrWritten() throws {
        let omitted = try ModelFixtures.json(ModelFixtures.minimalStatementText)
        expectIdentical(try ModelFixtures.roundTrip(Statement.self, omitted), omitted, memberOrder: .free)
        let written = try omitted.setting("objectType", to: "Agent", at: "/actor")
            .setting("objectType", to: "Activity", at: "/object")
        expectIdentical(try ModelFixtures.roundTrip(Statement.self, written), written, memberOrder: .free)
        // Spelling is not part of a model's identity.
        #expect(try Statement(json: omitted) == Statement(json: written))
    }

    @Test func writesObjectTypeOfAnAgentMovedToTheObject() throws {
        let statement = try Statement(json: try ModelFixtures.json(ModelFixtures.minimalStatementText))
        guard case .agent(let agent) = statement.actor else {
            Issue.record("the minimal statement's actor decoded as \(statement.actor), not an Agent")
            return
        }
        #expect(agent.json["objectType"] == nil)
        #expect(StatementObject.agent(agent).json["objectType"] == "Agent")
    }

    @Test func keepsUpperCaseUUIDText() throws {
        let written = "E05AA883-ACAF-40AD-BF54-02C8CE485FB0"
        let value = try ModelFixtures.minimalStatement(setting: "id", to: .string(written))
            .setting("context", to: ["registration": .string(written)])
        expectIdentical(try ModelFixtures.roundTrip(Statement.self, value), value, memberOrder: .free)
        var statement = try Statement(json: value)
        statement.id = try StatementID("12345678-1234-5678-1234-567812345678")
        #expect(statement.json["id"] == "12345678-1234-5678-1234-567812345678")
    }

    @Test func keepsEmptyLanguageMap() throws {
        let value = try ModelFixtures.minimalStatement(setting: "display", to: [:], at: "/verb")
        expectIdentical(try ModelFixtures.roundTrip(Statement.self, value), value, memberOrder: .free)
        #expect(try Statement(json: value).verb.display?.isEmpty == true)
    }

    @Test func writesLanguageMapKeysSortedByTag() {
        let map: LanguageMap = ["fr-FR": "Quiz", "de-DE": "Quiz", "en-US": "Quiz"]
        #expect(map.json.objectValue?.keys == ["de-DE", "en-US", "fr-FR"])
        #expect(map.map(\.tag.text) == ["de-DE", "en-US", "fr-FR"])
    }
}

import TestSupport
import Testing
import XAPI

@Suite("Decoding agents and groups")
struct ActorDecodingTests {
    @Test func rejectsAgentWithoutIdentifier() throws {
        let value = try ModelFixtures.minimalStatement(setting: "actor", to: ["name": "Ada"])
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/actor")
        #expect(error?.reason.contains("found none") == true)
    }

    @Test func rejectsAgentWithTwoIdentifiers() throws {
        let actor: JSONValue = [
            "mbox": "mailto:ada@example.org",
            "account": ["homePage": "https://ent.example.fr", "name": "u-4821"],
        ]
        let error = ModelFixtures.decodingError(
            Statement.self,
            from: try ModelFixtures.minimalStatement(setting: "actor", to: actor)
        )
        #expect(error?.path.description == "/actor")
        #expect(error?.reason.contains("2 inverse functional identifiers (mbox, account)") == true)
    }

    @Test func rejectsObjectTypeOfWrongCase() throws {
        let value = try ModelFixtures.minimalStatement(setting: "objectType", to: "agent", at: "/actor")
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/actor/objectType")
        #expect(error?.reason.contains("case-sensitive") == true)
    }

    @Test func rejectsGroupAsGroupMember() throws {
        let actor = try ModelFixtures.json(
            #"{"objectType":"Group","member":[{"objectType":"Group","mbox":"mailto:team@example.org"}]}"#
        )
        let error = ModelFixtures.decodingError(
            Statement.self,
            from: try ModelFixtures.minimalStatement(setting: "actor", to: actor)
        )
        #expect(error?.path.description == "/actor/member/0/objectType")
    }

    @Test func rejectsAnonymousGroupWithoutMembers() throws {
        let value = try ModelFixtures.minimalStatement(setting: "actor", to: ["objectType": "Group", "name": "4B"])
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/actor")
        #expect(error?.reason.contains("anonymous Group") == true)
    }

    @Test func rejectsMemberOnAnAgent() throws {
        let value = try ModelFixtures.minimalStatement(setting: "member", to: [], at: "/actor")
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/actor/member")
    }

    @Test func rejectsAgentObjectWithoutObjectType() throws {
        let value = try ModelFixtures.minimalStatement(setting: "object", to: ["mbox": "mailto:ada@example.org"])
        let error = ModelFixtures.decodingError(Statement.self, from: value)
        #expect(error?.path.description == "/object")
        #expect(error?.reason.contains("xAPI Data 2.4.4.2") == true)
    }

    @Test func rejectsMailboxWithoutMailtoScheme() throws {
        let value = try ModelFixtures.minimalStatement(setting: "mbox", to: "ada@example.org", at: "/actor")
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/actor/mbox")
    }

    @Test func rejectsMailboxWithoutAddress() throws {
        let value = try ModelFixtures.minimalStatement(setting: "mbox", to: "mailto:", at: "/actor")
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/actor/mbox")
    }

    @Test func rejectsSHA1SumThatIsNotFortyHexDigits() throws {
        let actor: JSONValue = ["mbox_sha1sum": "53d04bc579b8b4d082ca4a530642845e2c0bfe7"]
        let value = try ModelFixtures.minimalStatement(setting: "actor", to: actor)
        #expect(ModelFixtures.decodingError(Statement.self, from: value)?.path.description == "/actor/mbox_sha1sum")
    }

    @Test func keepsSHA1SumCase() throws {
        let actor: JSONValue = ["mbox_sha1sum": "53D04BC579B8B4D082CA4A530642845E2C0BFE74"]
        expectIdentical(try ModelFixtures.roundTrip(Statement.Actor.self, actor), actor, memberOrder: .free)
    }

    @Test func decodesGroupActorByObjectType() throws {
        let actor = try ModelFixtures.json(#"{"objectType":"Group","member":[{"mbox":"mailto:ada@example.org"}]}"#)
        guard case .group(let group) = try Statement.Actor(json: actor) else {
            Issue.record("decoded as an Agent")
            return
        }
        #expect(group.identifier == nil)
        #expect(group.members?.count == 1)
    }
}

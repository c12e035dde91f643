import Testing
import XAPI
import XAPIValidation

/// A place where an Agent or a Group stands in a statement, with the path findings about it carry.
struct ActorPlace: Sendable, CustomTestStringConvertible {
    let name: String
    let path: String
    let version: SpecVersion
    let place: @Sendable (JSONValue) -> JSONValue

    var testDescription: String { name }

    /// The statement with `actor` at this place.
    func statement(with actor: JSONValue) -> JSONValue { place(actor) }

    /// Where an Agent may stand; each wraps the agent as its position demands (objectType for an object).
    static let agentPlaces: [ActorPlace] = [
        ActorPlace(name: "actor", path: "/actor", version: .v1_0_3) { Fixture.statement(setting: "/actor", to: $0) },
        ActorPlace(name: "authority", path: "/authority", version: .v1_0_3) {
            Fixture.statement(setting: "/authority", to: $0)
        },
        ActorPlace(name: "object", path: "/object", version: .v1_0_3) {
            Fixture.statement(setting: "/object", to: $0.setting("/objectType", to: "Agent"))
        },
        ActorPlace(name: "context instructor", path: "/context/instructor", version: .v1_0_3) {
            Fixture.statement(setting: "/context/instructor", to: $0)
        },
        ActorPlace(name: "group member", path: "/actor/member/0", version: .v1_0_3) {
            Fixture.statement(setting: "/actor", to: ["objectType": "Group", "member": [$0]])
        },
        ActorPlace(name: "SubStatement actor", path: "/object/actor", version: .v1_0_3) {
            Fixture.statement(setting: "/object", to: Fixture.subStatement().setting("/actor", to: $0))
        },
        ActorPlace(name: "SubStatement instructor", path: "/object/context/instructor", version: .v1_0_3) {
            Fixture.statement(setting: "/object", to: Fixture.subStatement().setting("/context/instructor", to: $0))
        },
        ActorPlace(name: "contextAgents agent", path: "/context/contextAgents/0/agent", version: .v2_0_0) {
            Fixture.statement(setting: "/context/contextAgents", to: [["objectType": "contextAgent", "agent": $0]])
        },
    ]

    /// Where a Group may stand (authority excluded: it takes only anonymous pairs).
    static let groupPlaces: [ActorPlace] = [
        ActorPlace(name: "actor", path: "/actor", version: .v1_0_3) { Fixture.statement(setting: "/actor", to: $0) },
        ActorPlace(name: "object", path: "/object", version: .v1_0_3) {
            Fixture.statement(setting: "/object", to: $0)
        },
        ActorPlace(name: "context instructor", path: "/context/instructor", version: .v1_0_3) {
            Fixture.statement(setting: "/context/instructor", to: $0)
        },
        ActorPlace(name: "context team", path: "/context/team", version: .v1_0_3) {
            Fixture.statement(setting: "/context/team", to: $0)
        },
        ActorPlace(name: "SubStatement actor", path: "/object/actor", version: .v1_0_3) {
            Fixture.statement(setting: "/object", to: Fixture.subStatement().setting("/actor", to: $0))
        },
        ActorPlace(name: "contextGroups group", path: "/context/contextGroups/0/group", version: .v2_0_0) {
            Fixture.statement(setting: "/context/contextGroups", to: [["objectType": "contextGroup", "group": $0]])
        },
    ]
}

/// Agents and Groups wherever they stand (Data 2.4.2, 2.4.9; requirements A1–A9, AU1).
@Suite struct ActorRuleTests {
    // MARK: Inverse functional identifiers (A2)

    @Test(arguments: ActorPlace.agentPlaces)
    func acceptsAgentWithOneIdentifier(place: ActorPlace) {
        expectClean(validate(place.statement(with: Fixture.agent()), place.version))
    }

    @Test(arguments: ActorPlace.agentPlaces)
    func rejectsAgentWithTwoIdentifiers(place: ActorPlace) {
        let agent: JSONValue = ["mbox": "mailto:learner@example.com", "openid": "http://openid.example.com/learner"]
        expectOnly(validate(place.statement(with: agent), place.version), "xapi.agent.ifi", .error, at: place.path)
    }

    @Test(arguments: ActorPlace.agentPlaces)
    func rejectsAgentWithoutIdentifier(place: ActorPlace) {
        let agent: JSONValue = ["name": "Ann Learner"]
        expectOnly(validate(place.statement(with: agent), place.version), "xapi.agent.ifi", .error, at: place.path)
    }

    @Test(
        arguments: [
            ["mbox": "mailto:learner@example.com"],
            ["mbox_sha1sum": "ebd31e95054c018b10727ccffd2ef2ec3a016ee9"],
            ["openid": "http://openid.example.com/learner"],
            ["account": ["homePage": "http://www.example.com", "name": "1625378"]],
        ] as [JSONValue]
    )
    func acceptsEachKindOfIdentifier(agent: JSONValue) {
        expectClean(validate(Fixture.statement(setting: "/actor", to: agent)))
    }

    @Test func rejectsIdentifiedGroupWithTwoIdentifiers() {
        let group = Fixture.identifiedGroup().setting("/openid", to: "http://openid.example.com/class")
        expectOnly(validate(Fixture.statement(setting: "/actor", to: group)), "xapi.agent.ifi", .error, at: "/actor")
    }

    // MARK: Identifier formats (A3–A6)

    @Test(arguments: ActorPlace.agentPlaces)
    func rejectsMboxWithoutMailtoScheme(place: ActorPlace) {
        let statement = place.statement(with: ["mbox": "learner@example.com"])
        expectOnly(validate(statement, place.version), "xapi.mbox", .error, at: place.path + "/mbox")
    }

    @Test(arguments: [
        "mailto:", "mailto:learner", "mailto:@example.com", "mailto:learner@", "mailto:learner @example.com",
        "mailto:a@b@example.com", "mailto:learner@example.com,other@example.com", "",
    ])
    func rejectsMboxThatIsNotOneAddress(mbox: String) {
        let report = validate(Fixture.statement(setting: "/actor", to: Fixture.agent(mbox)))
        expectOnly(report, "xapi.mbox", .error, at: "/actor/mbox")
    }

    @Test func rejectsMboxThatIsNotAString() {
        let report = validate(Fixture.statement(setting: "/actor/mbox", to: 42))
        expectOnly(report, "xapi.type", .error, at: "/actor/mbox")
    }

    @Test(arguments: [
        String(repeating: "a", count: 39), String(repeating: "a", count: 41), String(repeating: "g", count: 40),
        "mailto:learner@example.com",
    ])
    func rejectsMboxSHA1SumThatIsNotFortyHexadecimalDigits(sum: String) {
        let report = validate(Fixture.statement(setting: "/actor", to: ["mbox_sha1sum": .string(sum)]))
        expectOnly(report, "xapi.mbox-sha1sum", .error, at: "/actor/mbox_sha1sum")
    }

    @Test func acceptsMboxSHA1SumInUpperCase() {
        let sum = "EBD31E95054C018B10727CCFFD2EF2EC3A016EE9"
        expectClean(validate(Fixture.statement(setting: "/actor", to: ["mbox_sha1sum": .string(sum)])))
    }

    @Test func rejectsOpenIDWithoutScheme() {
        let report = validate(Fixture.statement(setting: "/actor", to: ["openid": "openid.example.com/learner"]))
        expectOnly(report, "xapi.iri", .error, at: "/actor/openid")
    }

    @Test(arguments: ["homePage", "name"])
    func rejectsAccountWithoutRequiredProperty(missing: String) {
        let account: JSONValue = ["homePage": "http://www.example.com", "name": "1625378"]
        let report = validate(
            Fixture.statement(setting: "/actor", to: ["account": account.setting("/" + missing, to: nil)])
        )
        expectOnly(report, "xapi.required", .error, at: "/actor/account")
    }

    @Test func rejectsAccountHomePageWithoutScheme() {
        let account: JSONValue = ["homePage": "www.example.com", "name": "1625378"]
        let report = validate(Fixture.statement(setting: "/actor", to: ["account": account]))
        expectOnly(report, "xapi.iri", .error, at: "/actor/account/homePage")
    }

    @Test func rejectsAccountNameThatIsNotAString() {
        let account: JSONValue = ["homePage": "http://www.example.com", "name": 1_625_378]
        let report = validate(Fixture.statement(setting: "/actor", to: ["account": account]))
        expectOnly(report, "xapi.type", .error, at: "/actor/account/name")
    }

    @Test func rejectsAccountThatIsNotAnObject() {
        let report = validate(Fixture.statement(setting: "/actor", to: ["account": "1625378"]))
        expectOnly(report, "xapi.type", .error, at: "/actor/account")
    }

    // MARK: Groups (A7–A9)

    @Test(arguments: ActorPlace.groupPlaces)
    func acceptsAnonymousGroupWithMembers(place: ActorPlace) {
        expectClean(validate(place.statement(with: Fixture.anonymousGroup()), place.version))
    }

    @Test(arguments: ActorPlace.groupPlaces)
    func acceptsIdentifiedGroupWithoutMembers(place: ActorPlace) {
        expectClean(validate(place.statement(with: Fixture.identifiedGroup()), place.version))
    }

    @Test(arguments: ActorPlace.groupPlaces)
    func rejectsAnonymousGroupWithoutMembers(place: ActorPlace) {
        let report = validate(place.statement(with: ["objectType": "Group", "name": "Class A"]), place.version)
        expectOnly(report, "xapi.group.anonymous-member", .error, at: place.path)
    }

    @Test func acceptsIdentifiedGroupWithMembers() {
        let group = Fixture.identifiedGroup().setting("/member", to: [Fixture.agent()])
        expectClean(validate(Fixture.statement(setting: "/actor", to: group)))
    }

    @Test(arguments: ActorPlace.groupPlaces)
    func rejectsGroupAsGroupMember(place: ActorPlace) {
        let group: JSONValue = ["objectType": "Group", "member": [Fixture.identifiedGroup()]]
        let report = validate(place.statement(with: group), place.version)
        expectOnly(report, "xapi.group.member-agent", .error, at: place.path + "/member/0")
    }

    @Test func checksEveryMemberOfAGroup() {
        let group: JSONValue = ["objectType": "Group", "member": [Fixture.agent(), Fixture.agent("learner")]]
        let report = validate(Fixture.statement(setting: "/actor", to: group))
        expectOnly(report, "xapi.mbox", .error, at: "/actor/member/1/mbox")
    }

    @Test func rejectsMemberThatIsNotAnArray() {
        let group: JSONValue = ["objectType": "Group", "member": Fixture.agent()]
        expectOnly(validate(Fixture.statement(setting: "/actor", to: group)), "xapi.type", .error, at: "/actor/member")
    }

    @Test(arguments: [nil, "Agent"] as [JSONValue?])
    func rejectsAgentWithMembers(objectType: JSONValue?) {
        let agent = Fixture.agent().setting("/member", to: [Fixture.agent()]).setting("/objectType", to: objectType)
        let report = validate(Fixture.statement(setting: "/actor", to: agent))
        expectOnly(report, "xapi.agent.member", .error, at: "/actor/member")
    }

    @Test func rejectsNameThatIsNotAString() {
        let report = validate(Fixture.statement(setting: "/actor/name", to: ["en": "Ann"]))
        expectOnly(report, "xapi.type", .error, at: "/actor/name")
    }

    // MARK: objectType (A1, G6, G7)

    @Test(arguments: ["agent", "group", "AGENT", "Person", "Activity"])
    func rejectsActorObjectTypeOutsideAgentAndGroup(objectType: String) {
        let report = validate(Fixture.statement(setting: "/actor/objectType", to: .string(objectType)))
        expectOnly(report, "xapi.object-type", .error, at: "/actor/objectType")
    }

    @Test func rejectsActorObjectTypeThatIsNotAString() {
        let report = validate(Fixture.statement(setting: "/actor/objectType", to: true))
        expectOnly(report, "xapi.type", .error, at: "/actor/objectType")
    }

    // The object position needs objectType and reads it before the agent: ObjectRuleTests covers it.
    @Test(arguments: ActorPlace.agentPlaces.filter { $0.name != "object" })
    func rejectsNullObjectTypeOfAnAgent(place: ActorPlace) {
        let agent = Fixture.agent().setting("/objectType", to: .null)
        expectOnly(
            validate(place.statement(with: agent), place.version),
            "xapi.null",
            .error,
            at: place.path + "/objectType"
        )
    }

    @Test func rejectsActorThatIsNotAnObject() {
        let report = validate(Fixture.statement(setting: "/actor", to: "mailto:learner@example.com"))
        expectOnly(report, "xapi.type", .error, at: "/actor")
    }

    @Test func rejectsPropertyAnAgentDoesNotHave() {
        let report = validate(Fixture.statement(setting: "/actor/email", to: "learner@example.com"))
        expectOnly(report, "xapi.property.unknown", .error, at: "/actor/email")
    }

    @Test func rejectsIdentifierWrittenInTheWrongCase() {
        let agent: JSONValue = ["mbox": "mailto:learner@example.com", "mbox_SHA1sum": "x"]
        let report = validate(Fixture.statement(setting: "/actor", to: agent))
        expectOnly(report, "xapi.property.case", .error, at: "/actor/mbox_SHA1sum")
    }

    // MARK: Team and authority (C2, AU1)

    @Test func rejectsAgentAsTeam() {
        let team = Fixture.agent().setting("/objectType", to: "Agent")
        let report = validate(Fixture.statement(setting: "/context/team", to: team))
        expectOnly(report, "xapi.object-type", .error, at: "/context/team/objectType")
    }

    @Test func rejectsTeamWithoutObjectType() {
        let report = validate(Fixture.statement(setting: "/context/team", to: ["mbox": "mailto:class@example.com"]))
        expectOnly(report, "xapi.required", .error, at: "/context/team")
    }

    @Test func acceptsOAuthPairOfApplicationAndUserAsAuthority() {
        let application: JSONValue = [
            "account": ["homePage": "https://lrs.example.com/oauth/token", "name": "app-key"]
        ]
        let pair: JSONValue = ["objectType": "Group", "member": [application, Fixture.agent()]]
        expectClean(validate(Fixture.statement(setting: "/authority", to: pair)))
    }

    @Test func rejectsOAuthPairWhoseApplicationHasNoAccount() {
        let report = validate(Fixture.statement(setting: "/authority", to: Fixture.anonymousGroup(members: 2)))
        expectOnly(report, "xapi.authority", .error, at: "/authority")
    }

    @Test(arguments: [1, 3])
    func rejectsAnonymousGroupAsAuthorityUnlessItHasTwoMembers(count: Int) {
        let report = validate(Fixture.statement(setting: "/authority", to: Fixture.anonymousGroup(members: count)))
        expectOnly(report, "xapi.authority", .error, at: "/authority")
    }

    @Test func rejectsIdentifiedGroupAsAuthority() {
        let group = Fixture.identifiedGroup().setting("/member", to: Fixture.anonymousGroup()["member"])
        let report = validate(Fixture.statement(setting: "/authority", to: group))
        expectOnly(report, "xapi.authority", .error, at: "/authority")
    }
}

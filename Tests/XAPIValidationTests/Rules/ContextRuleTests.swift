import Testing
import XAPI
import XAPIValidation

/// A statement's context (Data 2.4.6; C1–C6); instructor and team are also in ActorRuleTests.
@Suite struct ContextRuleTests {
    // MARK: registration, statement, language (C1, C4)

    @Test func acceptsRegistrationUUID() {
        expectClean(validate(Fixture.statement(context: ["registration": .string(Fixture.otherID)])))
    }

    @Test func rejectsRegistrationThatIsNotAUUID() {
        let report = validate(Fixture.statement(context: ["registration": "lesson-1-attempt-2"]))
        expectOnly(report, "xapi.uuid", .error, at: "/context/registration")
    }

    @Test func acceptsStatementRefAsContextStatement() {
        expectClean(validate(Fixture.statement(context: ["statement": Fixture.statementRef()])))
    }

    @Test func rejectsContextStatementWithoutObjectType() {
        let report = validate(Fixture.statement(context: ["statement": ["id": .string(Fixture.otherID)]]))
        expectOnly(report, "xapi.required", .error, at: "/context/statement")
    }

    @Test func rejectsContextStatementThatIsNotAStatementRef() {
        let reference = Fixture.statementRef().setting("/objectType", to: "Activity")
        let report = validate(Fixture.statement(context: ["statement": reference]))
        expectOnly(report, "xapi.object-type", .error, at: "/context/statement/objectType")
    }

    @Test func rejectsContextStatementIDThatIsNotAUUID() {
        let report = validate(Fixture.statement(context: ["statement": Fixture.statementRef("1234")]))
        expectOnly(report, "xapi.uuid", .error, at: "/context/statement/id")
    }

    // A 5–8 letter primary subtag is well-formed (RFC 5646 reserves it for registration).
    @Test(arguments: ["en-US", "zh-Hant", "sr-Latn-RS", "es-419", "english"])
    func acceptsWellFormedContextLanguage(tag: String) {
        expectClean(validate(Fixture.statement(context: ["language": .string(tag)])))
    }

    @Test(arguments: ["englishes", "en_US", "a12345678", "en-", ""])
    func rejectsContextLanguageThatIsNotALanguageTag(tag: String) {
        let report = validate(Fixture.statement(context: ["language": .string(tag)]))
        expectOnly(report, "xapi.language-tag", .error, at: "/context/language")
    }

    @Test func rejectsPropertyAContextDoesNotHave() {
        let report = validate(Fixture.statement(context: ["Registration": .string(Fixture.otherID)]))
        expectOnly(report, "xapi.property.case", .error, at: "/context/Registration")
    }

    // MARK: revision and platform (C3)

    @Test(arguments: ["revision", "platform"])
    func acceptsRevisionOrPlatformWhenTheObjectIsAnActivity(property: String) {
        expectClean(validate(Fixture.statement(context: [property: "1.2"])))
    }

    @Test(arguments: ["revision", "platform"])
    func rejectsRevisionOrPlatformWhenTheObjectIsNotAnActivity(property: String) {
        let statement = Fixture.statement(context: [property: "1.2"]).setting("/object", to: Fixture.statementRef())
        expectOnly(validate(statement), "xapi.context.activity-only", .error, at: "/context/" + property)
    }

    @Test(arguments: ["revision", "platform"])
    func rejectsRevisionOrPlatformThatIsNotAString(property: String) {
        let report = validate(Fixture.statement(context: [property: 2]))
        expectOnly(report, "xapi.type", .error, at: "/context/" + property)
    }

    // MARK: contextActivities (C5)

    @Test(arguments: ["parent", "grouping", "category", "other"])
    func acceptsContextActivityAsArrayOrSingleActivity(key: String) {
        expectClean(validate(Fixture.statement(context: ["contextActivities": [key: [Fixture.activity()]]])))
        expectClean(validate(Fixture.statement(context: ["contextActivities": [key: Fixture.activity()]])))
    }

    @Test(arguments: ["parents", "Parent", "related"])
    func rejectsContextActivitiesKeyOutsideTheFour(key: String) {
        let report = validate(Fixture.statement(context: ["contextActivities": [key: [Fixture.activity()]]]))
        expectOnly(report, "xapi.context-activities", .error, at: "/context/contextActivities/" + key)
    }

    @Test func rejectsContextActivitiesThatIsNotAnObject() {
        let report = validate(Fixture.statement(context: ["contextActivities": [Fixture.activity()]]))
        expectOnly(report, "xapi.context-activities", .error, at: "/context/contextActivities")
    }

    @Test func rejectsContextActivityThatIsNeitherActivityNorArray() {
        let report = validate(
            Fixture.statement(context: ["contextActivities": ["parent": .string(Fixture.activityID)]])
        )
        expectOnly(report, "xapi.context-activities", .error, at: "/context/contextActivities/parent")
    }

    @Test func rejectsContextActivityElementThatIsNotAnObject() {
        let parents: JSONValue = [Fixture.activity(), .string(Fixture.activityID)]
        let report = validate(Fixture.statement(context: ["contextActivities": ["parent": parents]]))
        expectOnly(report, "xapi.context-activities", .error, at: "/context/contextActivities/parent/1")
    }

    @Test func rejectsContextActivityWithAnotherObjectType() {
        let agent = Fixture.agent().setting("/objectType", to: "Agent")
        let report = validate(Fixture.statement(context: ["contextActivities": ["category": [agent]]]))
        expectOnly(report, "xapi.object-type", .error, at: "/context/contextActivities/category/0/objectType")
    }

    @Test func rejectsNullObjectTypeOfAContextActivity() {
        let activity = Fixture.activity().setting("/objectType", to: .null)
        let report = validate(Fixture.statement(context: ["contextActivities": ["parent": [activity]]]))
        expectOnly(report, "xapi.null", .error, at: "/context/contextActivities/parent/0/objectType")
    }

    @Test func checksContextActivityLikeAnObjectActivity() {
        let report = validate(Fixture.statement(context: ["contextActivities": ["grouping": [["id": "course-1"]]]]))
        expectOnly(report, "xapi.iri", .error, at: "/context/contextActivities/grouping/0/id")
    }

    // MARK: contextAgents and contextGroups (C6, xAPI 2.0)

    @Test func acceptsContextAgentsAndGroupsIn20() {
        let context: JSONValue = ["contextAgents": [Fixture.contextAgent()], "contextGroups": [Fixture.contextGroup()]]
        expectClean(validate(Fixture.statement(context: context), .v2_0_0))
    }

    @Test func acceptsContextAgentsInASubStatementIn20() {
        let subStatement = Fixture.subStatement().setting("/context/contextAgents", to: [Fixture.contextAgent()])
        expectClean(validate(Fixture.statement(setting: "/object", to: subStatement), .v2_0_0))
    }

    @Test(arguments: [("contextAgents", Fixture.contextAgent()), ("contextGroups", Fixture.contextGroup())])
    func rejectsContextAgentsAndGroupsIn103WithTheVersionToChoose(property: String, entry: JSONValue) {
        let report = validate(Fixture.statement(context: [property: [entry]]), .v1_0_3)
        expectOnly(report, "xapi.property.unknown", .error, at: "/context/" + property)
        #expect(report.findings.first?.message.contains("2.0") == true)
    }

    @Test func acceptsContextAgentWithRelevantTypes() {
        let entry = Fixture.contextAgent().setting("/relevantTypes", to: ["http://example.com/types/tutor"])
        expectClean(validate(Fixture.statement(context: ["contextAgents": [entry]]), .v2_0_0))
    }

    @Test(
        arguments: [
            ("contextAgents", Fixture.contextAgent(), "contextGroup"),
            ("contextAgents", Fixture.contextAgent(), "Agent"),
            ("contextGroups", Fixture.contextGroup(), "contextAgent"),
            ("contextGroups", Fixture.contextGroup(), "Group"),
        ] as [(String, JSONValue, JSONValue)]
    )
    func rejectsContextEntryWithTheWrongObjectType(property: String, entry: JSONValue, objectType: JSONValue) {
        let context: JSONValue = [property: [entry.setting("/objectType", to: objectType)]]
        let report = validate(Fixture.statement(context: context), .v2_0_0)
        expectOnly(report, "xapi.context.agents", .error, at: "/context/\(property)/0/objectType")
    }

    @Test(
        arguments: [
            ("contextAgents", Fixture.contextAgent(), "objectType"), ("contextAgents", Fixture.contextAgent(), "agent"),
            ("contextGroups", Fixture.contextGroup(), "objectType"), ("contextGroups", Fixture.contextGroup(), "group"),
        ] as [(String, JSONValue, String)]
    )
    func rejectsContextEntryWithoutRequiredProperty(property: String, entry: JSONValue, missing: String) {
        let context: JSONValue = [property: [entry.setting("/" + missing, to: nil)]]
        let report = validate(Fixture.statement(context: context), .v2_0_0)
        expectOnly(report, "xapi.required", .error, at: "/context/\(property)/0")
    }

    @Test func rejectsEmptyRelevantTypes() {
        let entry = Fixture.contextGroup().setting("/relevantTypes", to: [])
        let report = validate(Fixture.statement(context: ["contextGroups": [entry]]), .v2_0_0)
        expectOnly(report, "xapi.context.agents", .error, at: "/context/contextGroups/0/relevantTypes")
    }

    @Test func rejectsRelevantTypeThatIsNotAnIRI() {
        let entry = Fixture.contextAgent().setting("/relevantTypes", to: ["http://example.com/types/tutor", "tutor"])
        let report = validate(Fixture.statement(context: ["contextAgents": [entry]]), .v2_0_0)
        expectOnly(report, "xapi.iri", .error, at: "/context/contextAgents/0/relevantTypes/1")
    }

    @Test func rejectsRelevantTypesThatIsNotAnArray() {
        let entry = Fixture.contextAgent().setting("/relevantTypes", to: "http://example.com/types/tutor")
        let report = validate(Fixture.statement(context: ["contextAgents": [entry]]), .v2_0_0)
        expectOnly(report, "xapi.type", .error, at: "/context/contextAgents/0/relevantTypes")
    }

    @Test func rejectsGroupAsContextAgent() {
        let entry = Fixture.contextAgent().setting("/agent", to: Fixture.identifiedGroup())
        let report = validate(Fixture.statement(context: ["contextAgents": [entry]]), .v2_0_0)
        expectOnly(report, "xapi.group.member-agent", .error, at: "/context/contextAgents/0/agent")
    }

    @Test func rejectsAgentAsContextGroup() {
        let entry = Fixture.contextGroup().setting("/group", to: Fixture.agent().setting("/objectType", to: "Agent"))
        let report = validate(Fixture.statement(context: ["contextGroups": [entry]]), .v2_0_0)
        expectOnly(report, "xapi.object-type", .error, at: "/context/contextGroups/0/group/objectType")
    }

    @Test func rejectsGroupPropertyInAContextAgent() {
        let entry = Fixture.contextAgent().setting("/group", to: Fixture.anonymousGroup())
        let report = validate(Fixture.statement(context: ["contextAgents": [entry]]), .v2_0_0)
        expectOnly(report, "xapi.property.unknown", .error, at: "/context/contextAgents/0/group")
    }

    @Test func rejectsContextAgentsThatIsNotAnArray() {
        let report = validate(Fixture.statement(context: ["contextAgents": Fixture.contextAgent()]), .v2_0_0)
        expectOnly(report, "xapi.type", .error, at: "/context/contextAgents")
    }

    @Test func rejectsContextAgentEntryThatIsNotAnObject() {
        let report = validate(Fixture.statement(context: ["contextAgents": ["mailto:tutor@example.com"]]), .v2_0_0)
        expectOnly(report, "xapi.type", .error, at: "/context/contextAgents/0")
    }

    // MARK: extensions

    @Test func rejectsContextExtensionsThatAreNotAnObject() {
        let report = validate(Fixture.statement(context: ["extensions": [.string(Fixture.extensionKey)]]))
        expectOnly(report, "xapi.type", .error, at: "/context/extensions")
    }
}

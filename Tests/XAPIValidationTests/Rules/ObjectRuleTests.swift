import Testing
import XAPI
import XAPIValidation

/// A statement's object: Activities, StatementRefs, SubStatements, voiding (Data 2.3.2, 2.4.4; O1–O9, VO1).
///
/// Interaction components and correctResponsesPattern, which the ADL suite does not test, are in GapCaseTests.
@Suite struct ObjectRuleTests {
    // MARK: objectType (O1)

    @Test(arguments: [nil, "Activity"] as [JSONValue?])
    func acceptsActivityWithOrWithoutObjectType(objectType: JSONValue?) {
        expectClean(validate(Fixture.statement(setting: "/object/objectType", to: objectType)))
    }

    @Test(arguments: ["activity", "Substatement", "statementref", "Statement", "Person", ""])
    func rejectsObjectTypeOutsideTheFiveKinds(objectType: String) {
        let report = validate(Fixture.statement(setting: "/object/objectType", to: .string(objectType)))
        expectOnly(report, "xapi.object-type", .error, at: "/object/objectType")
    }

    @Test func rejectsObjectTypeThatIsNotAString() {
        let report = validate(Fixture.statement(setting: "/object/objectType", to: ["Activity"]))
        expectOnly(report, "xapi.type", .error, at: "/object/objectType")
    }

    @Test func rejectsNullObjectType() {
        let report = validate(Fixture.statement(setting: "/object/objectType", to: .null))
        expectOnly(report, "xapi.null", .error, at: "/object/objectType")
    }

    @Test func rejectsObjectThatIsNotAnObject() {
        expectOnly(
            validate(Fixture.statement(setting: "/object", to: "http://example.com/a")),
            "xapi.type",
            .error,
            at: "/object"
        )
    }

    // An object without objectType is an Activity (O1), so an Agent that omits it (O3) breaks the rule; the
    // finding says what to write instead of listing the agent's properties as unknown to an Activity.
    @Test func reportsAgentWithoutObjectTypeWithTheObjectTypeToWrite() throws {
        let report = validate(Fixture.statement(setting: "/object", to: Fixture.agent()))
        expectOnly(report, "xapi.required", .error, at: "/object")
        #expect(try #require(report.findings.first).message.contains(#""objectType": "Agent""#))
    }

    @Test func checksTheRestOfAnAgentWhoseObjectTypeIsUnknown() {
        let agent = Fixture.agent().setting("/objectType", to: "agent").setting("/mbox", to: "learner@example.com")
        let report = validate(Fixture.statement(setting: "/object", to: agent))
        expectFinding(report, "xapi.object-type", .error, at: "/object/objectType")
        expectFinding(report, "xapi.mbox", .error, at: "/object/mbox")
    }

    @Test func checksTheRestOfAnActivityWhoseObjectTypeIsUnknown() {
        let activity = Fixture.activity().setting("/objectType", to: "activity").setting("/id", to: "quiz")
        let report = validate(Fixture.statement(setting: "/object", to: activity))
        expectFinding(report, "xapi.object-type", .error, at: "/object/objectType")
        expectFinding(report, "xapi.iri", .error, at: "/object/id")
    }

    // MARK: Activities (O2, O4, O5)

    @Test func rejectsActivityWithoutID() {
        let activity: JSONValue = ["objectType": "Activity", "definition": ["name": ["en-US": "Lesson 1"]]]
        expectOnly(
            validate(Fixture.statement(setting: "/object", to: activity)),
            "xapi.required",
            .error,
            at: "/object"
        )
    }

    @Test(arguments: ["example.com/activities/1", "", "http://example.com/a b", ":nothing"])
    func rejectsActivityIDThatIsNotAnAbsoluteIRI(id: String) {
        let report = validate(Fixture.statement(setting: "/object/id", to: .string(id)))
        expectOnly(report, "xapi.iri", .error, at: "/object/id")
    }

    @Test func rejectsActivityIDThatIsNotAString() {
        expectOnly(validate(Fixture.statement(setting: "/object/id", to: 1)), "xapi.type", .error, at: "/object/id")
    }

    @Test func rejectsPropertyAnActivityDoesNotHave() {
        let report = validate(Fixture.statement(setting: "/object/name", to: ["en-US": "Lesson 1"]))
        expectOnly(report, "xapi.property.unknown", .error, at: "/object/name")
    }

    @Test func acceptsDefinitionWithEveryDescriptiveProperty() {
        let definition: JSONValue = [
            "name": ["en-US": "Lesson 1"], "description": ["en-US": "The first lesson"],
            "type": "http://adlnet.gov/expapi/activities/lesson", "moreInfo": "https://example.com/lesson-1",
            "extensions": [Fixture.extensionKey: 0.5],
        ]
        expectClean(validate(Fixture.statement(definition: definition)))
    }

    @Test(arguments: ["name", "description"])
    func rejectsDefinitionTextThatIsNotALanguageMap(property: String) {
        let report = validate(Fixture.statement(definition: [property: "Lesson 1"]))
        expectOnly(report, "xapi.language-map", .error, at: "/object/definition/" + property)
    }

    @Test(arguments: ["type", "moreInfo"])
    func rejectsDefinitionIRIWithoutScheme(property: String) {
        let report = validate(Fixture.statement(definition: [property: "example.com/lesson"]))
        expectOnly(report, "xapi.iri", .error, at: "/object/definition/" + property)
    }

    @Test func rejectsDefinitionThatIsNotAnObject() {
        let report = validate(Fixture.statement(setting: "/object/definition", to: "Lesson 1"))
        expectOnly(report, "xapi.type", .error, at: "/object/definition")
    }

    @Test func rejectsDefinitionPropertyInTheWrongCase() {
        let report = validate(Fixture.statement(definition: ["moreinfo": "https://example.com/lesson-1"]))
        expectOnly(report, "xapi.property.case", .error, at: "/object/definition/moreinfo")
    }

    @Test(arguments: [
        "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert",
        "numeric", "other",
    ])
    func acceptsEachInteractionType(interactionType: String) {
        let definition: JSONValue = ["interactionType": .string(interactionType), "correctResponsesPattern": []]
        expectClean(validate(Fixture.statement(definition: definition)))
    }

    @Test(arguments: ["Choice", "TRUE-FALSE", "multiple-choice", "fill_in", ""])
    func rejectsInteractionTypeOutsideTheTen(interactionType: String) {
        let report = validate(Fixture.statement(definition: ["interactionType": .string(interactionType)]))
        expectOnly(report, "xapi.interaction.type", .error, at: "/object/definition/interactionType")
    }

    @Test func rejectsInteractionTypeThatIsNotAString() {
        let report = validate(Fixture.statement(definition: ["interactionType": 1]))
        expectOnly(report, "xapi.type", .error, at: "/object/definition/interactionType")
    }

    // MARK: Interaction properties need an interactionType (O6)

    @Test(
        arguments: [
            ("correctResponsesPattern", ["a"]), ("choices", [["id": "a"]]), ("scale", [["id": "a"]]),
            ("source", [["id": "a"]]), ("target", [["id": "a"]]), ("steps", [["id": "a"]]),
        ] as [(String, JSONValue)]
    )
    func rejectsInteractionPropertyWithoutInteractionType(property: String, value: JSONValue) {
        let report = validate(Fixture.statement(definition: [property: value]))
        expectOnly(report, "xapi.interaction.type-required", .error, at: "/object/definition")
    }

    // MARK: StatementRef (O8)

    @Test func acceptsStatementRef() {
        expectClean(validate(Fixture.statement(setting: "/object", to: Fixture.statementRef())))
    }

    @Test func rejectsStatementRefWithoutID() {
        let report = validate(Fixture.statement(setting: "/object", to: ["objectType": "StatementRef"]))
        expectOnly(report, "xapi.required", .error, at: "/object")
    }

    @Test(arguments: [Fixture.activityID, "fd41c918-b88b-4b20-a0a5-a4c32391aaa", "fd41c918b88b4b20a0a5a4c32391aaa0"])
    func rejectsStatementRefIDThatIsNotAUUID(id: String) {
        let report = validate(Fixture.statement(setting: "/object", to: Fixture.statementRef(id)))
        expectOnly(report, "xapi.uuid", .error, at: "/object/id")
    }

    @Test func rejectsStatementRefWithDefinition() {
        let reference = Fixture.statementRef().setting("/definition", to: ["name": ["en-US": "x"]])
        let report = validate(Fixture.statement(setting: "/object", to: reference))
        expectOnly(report, "xapi.property.unknown", .error, at: "/object/definition")
    }

    // MARK: SubStatement (O9)

    @Test(arguments: [Fixture.activity(), Fixture.statementRef(), Fixture.agent().setting("/objectType", to: "Agent")])
    func acceptsSubStatementWhoseObjectIsNotASubStatement(object: JSONValue) {
        let subStatement = Fixture.subStatement().setting("/object", to: object)
        expectClean(validate(Fixture.statement(setting: "/object", to: subStatement)))
    }

    @Test(
        arguments: [
            ("id", .string(Fixture.statementID)), ("stored", "2013-05-18T05:32:34.804Z"), ("version", "1.0.0"),
            ("authority", Fixture.agent()),
        ] as [(String, JSONValue)]
    )
    func rejectsSubStatementWithStatementOnlyProperty(property: String, value: JSONValue) {
        let subStatement = Fixture.subStatement().setting("/" + property, to: value)
        let report = validate(Fixture.statement(setting: "/object", to: subStatement))
        expectOnly(report, "xapi.substatement.property", .error, at: "/object/" + property)
    }

    @Test func rejectsSubStatementInsideSubStatement() {
        let subStatement = Fixture.subStatement().setting("/object", to: Fixture.subStatement())
        let report = validate(Fixture.statement(setting: "/object", to: subStatement))
        expectOnly(report, "xapi.substatement.nested", .error, at: "/object/object")
    }

    @Test(arguments: ["actor", "verb", "object"])
    func rejectsSubStatementWithoutRequiredProperty(property: String) {
        let subStatement = Fixture.subStatement().setting("/" + property, to: nil)
        let report = validate(Fixture.statement(setting: "/object", to: subStatement))
        expectOnly(report, "xapi.required", .error, at: "/object")
    }

    @Test func checksSubStatementLikeAStatement() {
        let subStatement = Fixture.subStatement().setting("/result/score/scaled", to: 2)
        let report = validate(Fixture.statement(setting: "/object", to: subStatement))
        expectOnly(report, "xapi.score.scaled", .error, at: "/object/result/score/scaled")
    }

    // MARK: Voiding (VO1)

    @Test func acceptsVoidingStatementWhoseObjectIsAStatementRef() {
        let statement = Fixture.statement(setting: "/verb/id", to: .string(Fixture.voidedVerbID))
            .setting("/object", to: Fixture.statementRef())
        expectClean(validate(statement))
    }

    @Test(arguments: [Fixture.activity(), Fixture.agent().setting("/objectType", to: "Agent"), Fixture.subStatement()])
    func rejectsVoidingStatementWhoseObjectIsNotAStatementRef(object: JSONValue) {
        let statement = Fixture.statement(setting: "/verb/id", to: .string(Fixture.voidedVerbID))
            .setting("/object", to: object)
        expectOnly(validate(statement), "xapi.voiding.object", .error, at: "/object")
    }

    @Test func leavesVoidingToStoredStatementsNotSubStatements() {
        let described: JSONValue = [
            "objectType": "SubStatement",
            "actor": Fixture.agent(),
            "verb": ["id": .string(Fixture.voidedVerbID)],
            "object": ["id": "http://example.com/activities/1"],
        ]
        expectClean(validate(Fixture.statement(setting: "/object", to: described)))
    }
}

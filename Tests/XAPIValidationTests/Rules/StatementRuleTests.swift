import Testing
import XAPI
import XAPIValidation

/// The statement as a whole: required properties, JSON types, nulls, unknown names, id, verb, version, and
/// which version a statement is checked against (Data 2.2, 2.4; G1, G3, G4, G6, G8, ID1, V1, VE1).
@Suite struct StatementRuleTests {
    @Test(arguments: SpecVersion.allCases)
    func acceptsMinimalStatement(version: SpecVersion) {
        expectClean(validate(Fixture.statement(), version))
    }

    @Test(arguments: SpecVersion.allCases)
    func acceptsStatementWithEveryProperty(version: SpecVersion) {
        let statement: JSONValue = [
            "id": .string(Fixture.statementID), "actor": Fixture.agent(), "verb": ["id": .string(Fixture.verbID)],
            "object": Fixture.activity(), "result": ["completion": true], "context": ["language": "en-US"],
            "timestamp": "2013-05-18T05:32:34.804+00:00", "stored": "2013-05-18T05:32:34.804Z",
            "authority": Fixture.agent("mailto:lrs@example.com"), "version": "1.0.3",
            "attachments": [Fixture.attachment()],
        ]
        expectClean(validate(statement, version))
    }

    @Test func acceptsStatementBuiltFromTheModel() throws {
        let statement = try Statement(json: Fixture.statement(), path: .root)
        expectClean(Validators.v103.validate(statement))
    }

    // MARK: Required properties and shape (G1, G4)

    @Test(arguments: ["actor", "verb", "object"])
    func rejectsStatementWithoutRequiredProperty(property: String) {
        expectOnly(validate(Fixture.statement(setting: "/" + property, to: nil)), "xapi.required", .error, at: "")
    }

    @Test func rejectsStatementThatIsNotAnObject() {
        expectOnly(validate([Fixture.statement()]), "xapi.type", .error, at: "")
    }

    // MARK: null (G3)

    @Test(arguments: ["id", "actor", "result", "context", "timestamp", "stored", "authority", "version", "attachments"])
    func rejectsNullStatementProperty(property: String) {
        // A null required property counts as written: one finding says what is wrong, not two.
        expectOnly(
            validate(Fixture.statement(setting: "/" + property, to: .null)),
            "xapi.null",
            .error,
            at: "/" + property
        )
    }

    // MARK: Property names (G6, G8)

    @Test(arguments: ["objectType", "foo", "actors", "definition"])
    func rejectsPropertyAStatementDoesNotHave(property: String) {
        let report = validate(Fixture.statement(setting: "/" + property, to: "x"))
        expectOnly(report, "xapi.property.unknown", .error, at: "/" + property)
    }

    @Test(arguments: ["Version", "TimeStamp", "ACTOR", "Id"])
    func rejectsPropertyNameInTheWrongCase(property: String) {
        let report = validate(Fixture.statement(setting: "/" + property, to: "1.0.3"))
        expectOnly(report, "xapi.property.case", .error, at: "/" + property)
    }

    @Test func escapesPropertyNamesInPaths() {
        let report = validate(Fixture.statement(setting: "/result", to: ["a/b~c": 1]))
        expectOnly(report, "xapi.property.unknown", .error, at: "/result/a~1b~0c")
    }

    // MARK: id (ID1)

    @Test(arguments: [Fixture.statementID, Fixture.statementID.uppercased()])
    func acceptsStatementIDInEitherCase(id: String) {
        expectClean(validate(Fixture.statement(setting: "/id", to: .string(id))))
    }

    @Test(arguments: [
        "", "fd41c918-b88b-4b20-a0a5-a4c32391aaa", "fd41c918-b88b-4b20-a0a5-a4c32391aaa00",
        "fd41c918b88b-4b20-a0a5-a4c32391aaa0-", "gd41c918-b88b-4b20-a0a5-a4c32391aaa0",
        "{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}",
    ])
    func rejectsStatementIDThatIsNotAUUID(id: String) {
        expectOnly(validate(Fixture.statement(setting: "/id", to: .string(id))), "xapi.uuid", .error, at: "/id")
    }

    @Test func rejectsStatementIDThatIsNotAString() {
        expectOnly(validate(Fixture.statement(setting: "/id", to: 1)), "xapi.type", .error, at: "/id")
    }

    // MARK: Verb (V1)

    @Test func acceptsVerbWithDisplay() {
        expectClean(
            validate(Fixture.statement(setting: "/verb/display", to: ["en-US": "completed", "fr": "a terminé"]))
        )
    }

    @Test func rejectsVerbWithoutID() {
        let report = validate(Fixture.statement(setting: "/verb", to: ["display": ["en-US": "completed"]]))
        expectOnly(report, "xapi.required", .error, at: "/verb")
    }

    @Test func rejectsVerbIDWithoutScheme() {
        let report = validate(Fixture.statement(setting: "/verb/id", to: "adlnet.gov/expapi/verbs/completed"))
        expectOnly(report, "xapi.iri", .error, at: "/verb/id")
    }

    @Test func rejectsVerbDisplayThatIsNotALanguageMap() {
        let report = validate(Fixture.statement(setting: "/verb/display", to: "completed"))
        expectOnly(report, "xapi.language-map", .error, at: "/verb/display")
    }

    @Test func rejectsVerbThatIsNotAnObject() {
        expectOnly(
            validate(Fixture.statement(setting: "/verb", to: .string(Fixture.verbID))),
            "xapi.type",
            .error,
            at: "/verb"
        )
    }

    @Test func rejectsPropertyAVerbDoesNotHave() {
        let report = validate(Fixture.statement(setting: "/verb/name", to: ["en-US": "completed"]))
        expectOnly(report, "xapi.property.unknown", .error, at: "/verb/name")
    }

    // MARK: version (VE1)

    @Test(arguments: ["1.0", "1.0.0", "1.0.3", "1.0.9"])
    func acceptsVersion10In103(version: String) {
        expectClean(validate(Fixture.statement(setting: "/version", to: .string(version)), .v1_0_3))
    }

    @Test(arguments: ["2.0.0", "1.1.0", "0.9.9", "0.95", "1"])
    func rejectsOtherVersionsIn103(version: String) {
        let report = validate(Fixture.statement(setting: "/version", to: .string(version)), .v1_0_3)
        expectOnly(report, "xapi.version", .error, at: "/version")
    }

    @Test(arguments: ["1.0", "1.0.3", "2.0", "2.0.0", "2.0.1"])
    func acceptsVersion10And20In20(version: String) {
        expectClean(validate(Fixture.statement(setting: "/version", to: .string(version)), .v2_0_0))
    }

    @Test(arguments: ["2.1.0", "3.0.0", "0.9.9", "1.1"])
    func rejectsOtherVersionsIn20(version: String) {
        let report = validate(Fixture.statement(setting: "/version", to: .string(version)), .v2_0_0)
        expectOnly(report, "xapi.version", .error, at: "/version")
    }

    @Test(arguments: ["v1.0.3", "1.0.3.1", "1.0.x", "01.0.3", "", " 1.0.3"])
    func rejectsVersionThatIsNotMajorMinorPatch(version: String) {
        let report = validate(Fixture.statement(setting: "/version", to: .string(version)))
        expectOnly(report, "xapi.version", .error, at: "/version")
    }

    @Test func rejectsVersionThatIsNotAString() {
        expectOnly(validate(Fixture.statement(setting: "/version", to: 1.0)), "xapi.type", .error, at: "/version")
    }

    // MARK: Automatic version selection

    @Test(
        arguments: [(nil, .v1_0_3), ("1.0.3", .v1_0_3), ("1.0", .v1_0_3), ("2.0.0", .v2_0_0), ("2.0", .v2_0_0)]
            as [(JSONValue?, SpecVersion)]
    )
    func picksTheVersionTheStatementDeclares(declared: JSONValue?, expected: SpecVersion) {
        let report = Validators.automatic.validate(Fixture.statement(setting: "/version", to: declared))
        #expect(report.version == expected)
        expectClean(report)
    }

    @Test func checksStatementDeclaring20AgainstThe20Rules() {
        let statement = Fixture.statement(context: ["contextAgents": [Fixture.contextAgent()]])
        expectClean(Validators.automatic.validate(statement.setting("/version", to: "2.0.0")))
        let undeclared = Validators.automatic.validate(statement)
        #expect(undeclared.version == .v1_0_3)
        expectOnly(undeclared, "xapi.property.unknown", .error, at: "/context/contextAgents")
    }

    @Test func fixedVersionOverridesTheDeclaredOne() {
        let report = Validators.v103.validate(Fixture.statement(setting: "/version", to: "2.0.0"))
        #expect(report.version == .v1_0_3)
        expectOnly(report, "xapi.version", .error, at: "/version")
    }

    // MARK: Every finding is reported

    @Test func reportsEveryProblemOfAStatement() {
        let statement = Fixture.statement()
            .setting("/id", to: "42")
            .setting("/actor/mbox", to: "learner@example.com")
            .setting("/verb/id", to: "completed")
            .setting("/result/score/scaled", to: 2)
            .setting("/timestamp", to: "yesterday")
        let report = validate(statement)
        #expect(report.findings.count == 5, "\(report.summary)")
        expectFinding(report, "xapi.uuid", .error, at: "/id")
        expectFinding(report, "xapi.mbox", .error, at: "/actor/mbox")
        expectFinding(report, "xapi.iri", .error, at: "/verb/id")
        expectFinding(report, "xapi.score.scaled", .error, at: "/result/score/scaled")
        expectFinding(report, "xapi.timestamp", .error, at: "/timestamp")
    }
}

import Foundation
import Testing
import XAPI
import XAPIValidation

/// Requirements the ADL conformance suite does not test (REQUIREMENTS.md ✗ rows, conformance README):
/// duplicate keys (G2), interaction components and correctResponsesPattern (O7), PUT ids (P1), batch ids (B1),
/// nulls inside and outside extensions (G3, E1), empty language maps (L1), extension keys (E1).
@Suite struct GapCaseTests {
    // MARK: JSON syntax

    @Test(arguments: [
        #"{"actor": }"#, #"{"verb": {"id": "x"},}"#, "", #"{"a": 1} {"b": 2}"#, "// comment\n{}", "[1, 2",
    ])
    func reportsTextThatIsNotJSONAsOneSyntaxFinding(text: String) {
        let report = validate(text: text)
        expectOnly(report, "json.syntax", .error, at: "")
    }

    @Test func checksParsedTextLikeAValue() {
        let text = Fixture.statement(setting: "/actor/mbox", to: "learner").description
        expectOnly(validate(text: text), "xapi.mbox", .error, at: "/actor/mbox")
    }

    @Test func returnsTheParsedStatementWithItsReport() throws {
        let text = Fixture.statement().description
        let checked = Validators.v103.check(bytes: Array(text.utf8))
        #expect(checked.statement == Fixture.statement())
        expectClean(checked.report)
        #expect(Validators.v103.check(bytes: Array("{".utf8)).statement == nil)
    }

    // MARK: Duplicate keys (G2)

    /// Where ``text(inserting:at:)`` can add a member: one object per depth of the statement.
    enum Depth: Sendable {
        case root, actor, definitionName, parentActivity
    }

    /// A valid statement as text, with `member` (`, "key": value`) added to the object at `depth`.
    private static func text(inserting member: String = "", at depth: Depth = .root) -> String {
        func extra(_ place: Depth) -> String { place == depth ? member : "" }
        return #"""
            {"actor": {"mbox": "mailto:learner@example.com"\#(extra(.actor))},
             "verb": {"id": "\#(Fixture.verbID)"},
             "object": {"id": "\#(Fixture.activityID)",
                        "definition": {"name": {"en-US": "Lesson 1"\#(extra(.definitionName))}}},
             "context": {"contextActivities": {
                 "parent": [{"id": "http://example.com/course"\#(extra(.parentActivity))}]}}
             \#(extra(.root))}
            """#
    }

    @Test func acceptsTheDuplicateFreeText() {
        expectClean(validate(text: Self.text()))
    }

    @Test(arguments: [
        (Depth.root, #", "verb": {"id": "\#(Fixture.verbID)"}"#, "/verb"),
        (Depth.actor, #", "mbox": "mailto:other@example.com""#, "/actor/mbox"),
        (Depth.definitionName, #", "en-US": "Lektion 1""#, "/object/definition/name/en-US"),
        (Depth.parentActivity, #", "id": "http://example.com/course""#, "/context/contextActivities/parent/0/id"),
    ])
    func reportsDuplicateKeyWithItsPath(depth: Depth, member: String, path: String) {
        expectOnly(validate(text: Self.text(inserting: member, at: depth)), "xapi.property.duplicate", .error, at: path)
    }

    @Test func reportsDuplicateKeyInsideExtensions() {
        let member = #", "result": {"extensions": {"\#(Fixture.extensionKey)": 1, "\#(Fixture.extensionKey)": 2}}"#
        let text = Self.text(inserting: member)
        expectOnly(
            validate(text: text),
            "xapi.property.duplicate",
            .error,
            at: "/result/extensions/http:~1~1example.com~1extensions~1progress"
        )
    }

    @Test func reportsEveryDuplicateKey() {
        let text = #"""
            {"actor": {"mbox": "mailto:learner@example.com", "mbox": "mailto:other@example.com"},
             "verb": {"id": "\#(Fixture.verbID)"}, "verb": {"id": "\#(Fixture.verbID)"},
             "object": {"id": "\#(Fixture.activityID)"}}
            """#
        let report = validate(text: text)
        #expect(report.findings.count == 2, "\(report.summary)")
        expectFinding(report, "xapi.property.duplicate", .error, at: "/verb")
        expectFinding(report, "xapi.property.duplicate", .error, at: "/actor/mbox")
    }

    @Test func checksTheRestOfAStatementWithDuplicateKeys() {
        let member = #", "mbox": "mailto:other@example.com", "openid": "openid.example.com""#
        let text = Self.text(inserting: member, at: .actor)
        let report = validate(text: text)
        #expect(report.findings.count == 3, "\(report.summary)")
        expectFinding(report, "xapi.property.duplicate", .error, at: "/actor/mbox")
        expectFinding(report, "xapi.agent.ifi", .error, at: "/actor")
        expectFinding(report, "xapi.iri", .error, at: "/actor/openid")
    }

    @Test func reportsDuplicateKeyAndBadMboxTogether() {
        let text = #"""
            {"actor": {"mbox": "learner@example.com"}, "verb": {"id": "\#(Fixture.verbID)"},
             "object": {"id": "\#(Fixture.activityID)"}, "object": {"id": "\#(Fixture.activityID)"}}
            """#
        let report = validate(text: text)
        #expect(report.findings.count == 2, "\(report.summary)")
        expectFinding(report, "xapi.property.duplicate", .error, at: "/object")
        expectFinding(report, "xapi.mbox", .error, at: "/actor/mbox")
    }

    // MARK: Interaction components (O7)

    private static func choice(_ components: JSONValue, list: String = "choices", type: String = "choice") -> JSONValue
    {
        Fixture.statement(definition: ["interactionType": .string(type), list: components])
    }

    @Test func acceptsComponentsWithIDsAndDescriptions() {
        let components: JSONValue = [["id": "golf", "description": ["en-US": "Golf"]], ["id": "tetris"]]
        expectClean(validate(Self.choice(components)))
    }

    @Test func acceptsEmptyComponentList() {
        expectClean(validate(Self.choice([])))
    }

    @Test(arguments: ["choices", "scale", "source", "target", "steps"], [["id": "golf"], "golf"] as [JSONValue])
    func rejectsComponentListThatIsNotAnArray(list: String, components: JSONValue) {
        let report = validate(Fixture.statement(definition: ["interactionType": "other", list: components]))
        expectFinding(report, "xapi.interaction.components", .error, at: "/object/definition/" + list)
        // `other` uses no component list, so the kind warning comes with it.
        #expect(report.errors.count == 1, "\(report.summary)")
    }

    @Test(arguments: ["golf", 1, ["golf"], .null] as [JSONValue])
    func rejectsComponentThatIsNotAnObject(component: JSONValue) {
        let report = validate(Self.choice([["id": "tetris"], component]))
        expectOnly(report, "xapi.interaction.components", .error, at: "/object/definition/choices/1")
    }

    @Test func rejectsComponentWithoutID() {
        let report = validate(Self.choice([["description": ["en-US": "Golf"]]]))
        expectOnly(report, "xapi.required", .error, at: "/object/definition/choices/0")
    }

    @Test(arguments: [1, true, ["golf"], ["en-US": "golf"]] as [JSONValue])
    func rejectsComponentIDThatIsNotAString(id: JSONValue) {
        let report = validate(Self.choice([["id": id]]))
        expectOnly(report, "xapi.interaction.components", .error, at: "/object/definition/choices/0/id")
    }

    @Test func rejectsNullComponentID() {
        let report = validate(Self.choice([["id": .null]]))
        expectOnly(report, "xapi.null", .error, at: "/object/definition/choices/0/id")
    }

    @Test func rejectsRepeatedComponentID() {
        let report = validate(Self.choice([["id": "golf"], ["id": "tetris"], ["id": "golf"]]))
        expectOnly(report, "xapi.interaction.components", .error, at: "/object/definition/choices/2/id")
    }

    @Test func acceptsSameIDInSourceAndTarget() {
        let definition: JSONValue = [
            "interactionType": "matching", "source": [["id": "ben"], ["id": "chris"]],
            "target": [["id": "ben"], ["id": "chris"]],
        ]
        expectClean(validate(Fixture.statement(definition: definition)))
    }

    @Test func rejectsComponentDescriptionThatIsNotALanguageMap() {
        let report = validate(Self.choice([["id": "golf", "description": "Golf"]]))
        expectOnly(report, "xapi.language-map", .error, at: "/object/definition/choices/0/description")
    }

    @Test func rejectsPropertyAComponentDoesNotHave() {
        let report = validate(Self.choice([["id": "golf", "name": ["en-US": "Golf"]]]))
        expectOnly(report, "xapi.property.unknown", .error, at: "/object/definition/choices/0/name")
    }

    // MARK: correctResponsesPattern (O7)

    @Test(arguments: [[], ["golf[,]tetris"], ["a", ""]] as [JSONValue])
    func acceptsCorrectResponsesPatternOfStrings(pattern: JSONValue) {
        let definition: JSONValue = ["interactionType": "choice", "correctResponsesPattern": pattern]
        expectClean(validate(Fixture.statement(definition: definition)))
    }

    @Test(arguments: ["golf", 1, ["0": "golf"]] as [JSONValue])
    func rejectsCorrectResponsesPatternThatIsNotAnArray(pattern: JSONValue) {
        let definition: JSONValue = ["interactionType": "choice", "correctResponsesPattern": pattern]
        let report = validate(Fixture.statement(definition: definition))
        expectOnly(
            report,
            "xapi.interaction.correct-responses",
            .error,
            at: "/object/definition/correctResponsesPattern"
        )
    }

    @Test(arguments: [1, true, ["golf"], .null] as [JSONValue])
    func rejectsCorrectResponsePatternThatIsNotAString(element: JSONValue) {
        let definition: JSONValue = ["interactionType": "choice", "correctResponsesPattern": ["golf", element]]
        let report = validate(Fixture.statement(definition: definition))
        expectOnly(
            report,
            "xapi.interaction.correct-responses",
            .error,
            at: "/object/definition/correctResponsesPattern/1"
        )
    }

    // MARK: Component lists and interaction types (O7, warning)

    @Test(arguments: [
        ("choice", "choices"), ("sequencing", "choices"), ("likert", "scale"), ("matching", "source"),
        ("matching", "target"), ("performance", "steps"),
    ])
    func acceptsComponentListTheInteractionTypeUses(type: String, list: String) {
        expectClean(validate(Self.choice([["id": "a"]], list: list, type: type)))
    }

    @Test(arguments: [
        ("choice", "scale"), ("likert", "choices"), ("true-false", "choices"), ("fill-in", "steps"),
        ("matching", "choices"), ("performance", "source"), ("sequencing", "target"), ("numeric", "scale"),
        ("other", "steps"), ("long-fill-in", "choices"),
    ])
    func warnsAboutComponentListTheInteractionTypeDoesNotUse(type: String, list: String) {
        let report = validate(Self.choice([["id": "a"]], list: list, type: type))
        expectOnly(report, "xapi.interaction.component-kind", .warning, at: "/object/definition/" + list)
        #expect(report.isValid)
    }

    // MARK: PUT statementId (P1)

    @Test func acceptsPutBodyWithTheStatementID() throws {
        let id = try StatementID(Fixture.statementID)
        let statement = Fixture.statement(setting: "/id", to: .string(Fixture.statementID))
        expectClean(Validators.v103.validate(statement, putWithStatementID: id))
    }

    @Test func comparesPutIDsWithoutCase() throws {
        let id = try StatementID(Fixture.statementID)
        let statement = Fixture.statement(setting: "/id", to: .string(Fixture.statementID.uppercased()))
        expectClean(Validators.v103.validate(statement, putWithStatementID: id))
    }

    @Test func acceptsPutBodyWithoutID() throws {
        let id = try StatementID(Fixture.statementID)
        expectClean(Validators.v103.validate(Fixture.statement(), putWithStatementID: id))
    }

    @Test func rejectsPutBodyWithAnotherID() throws {
        let id = try StatementID(Fixture.otherID)
        let statement = Fixture.statement(setting: "/id", to: .string(Fixture.statementID))
        let report = Validators.v103.validate(statement, putWithStatementID: id)
        expectOnly(report, "xapi.put.statement-id", .error, at: "/id")
    }

    @Test func reportsMalformedPutIDOnlyAsMalformed() throws {
        let id = try StatementID(Fixture.statementID)
        let statement = Fixture.statement(setting: "/id", to: "statement-1")
        expectOnly(Validators.v103.validate(statement, putWithStatementID: id), "xapi.uuid", .error, at: "/id")
    }

    // MARK: Batches (B1)

    @Test func acceptsBatchWithDistinctIDsOrNone() {
        let batch = [
            Fixture.statement(setting: "/id", to: .string(Fixture.statementID)),
            Fixture.statement(setting: "/id", to: .string(Fixture.otherID)), Fixture.statement(), Fixture.statement(),
        ]
        let reports = Validators.v103.validate(batch: batch)
        #expect(reports.count == 4)
        for report in reports { expectClean(report) }
    }

    @Test(arguments: [Fixture.statementID, Fixture.statementID.uppercased()])
    func rejectsBatchThatRepeatsAnID(repeated: String) throws {
        let batch = [
            Fixture.statement(setting: "/id", to: .string(Fixture.statementID)),
            Fixture.statement(setting: "/id", to: .string(Fixture.otherID)),
            Fixture.statement(setting: "/id", to: .string(repeated)),
        ]
        let reports = Validators.v103.validate(batch: batch)
        try #require(reports.count == 3)
        expectClean(reports[0])
        expectClean(reports[1])
        expectOnly(reports[2], "xapi.batch.duplicate-id", .error, at: "/id")
    }

    @Test func reportsEveryRepetitionInABatch() {
        let statement = Fixture.statement(setting: "/id", to: .string(Fixture.statementID))
        let reports = Validators.v103.validate(batch: [statement, statement, statement])
        #expect(reports.map { $0.findings(of: "xapi.batch.duplicate-id").count } == [0, 1, 1])
    }

    // MARK: null (G3) and extensions (E1)

    @Test(arguments: [.null, "", [:], [], ["nested": .null], [.null]] as [JSONValue])
    func acceptsAnyValueInsideExtensions(value: JSONValue) {
        let extensions: JSONValue = [Fixture.extensionKey: value]
        expectClean(validate(Fixture.statement(result: ["extensions": extensions])))
        expectClean(validate(Fixture.statement(context: ["extensions": extensions])))
        expectClean(validate(Fixture.statement(definition: ["extensions": extensions])))
    }

    @Test(arguments: [
        "/result/success", "/result/score", "/result/extensions", "/context/registration", "/context/instructor",
        "/object/definition", "/object/definition/name", "/verb/display", "/actor/name", "/actor/mbox",
        "/object/id",
    ])
    func rejectsNullOutsideExtensions(path: String) {
        let report = validate(Fixture.statement(setting: path, to: .null))
        expectFinding(report, "xapi.null", .error, at: path)
    }

    @Test(arguments: ["/verb/display/en-US", "/actor/member/0", "/context/contextActivities/parent/0"])
    func rejectsNullValueOrElementOutsideExtensions(path: String) {
        let statement = Fixture.statement()
            .setting("/verb/display", to: ["en-US": "completed"])
            .setting("/actor", to: Fixture.anonymousGroup())
            .setting("/context/contextActivities/parent", to: [Fixture.activity()])
            .setting(path, to: .null)
        let report = validate(statement)
        #expect(report.errors.map(\.path.description) == [path], "\(report.summary)")
    }

    @Test(arguments: ["/verb/display", "/object/definition/name", "/object/definition/description"])
    func acceptsEmptyLanguageMap(path: String) {
        expectClean(validate(Fixture.statement(setting: path, to: [:])))
    }

    @Test(arguments: [
        "http://example.com/extensions/progress", "urn:example:progress", "https://example.com/ext?v=1",
    ])
    func acceptsExtensionKeyThatIsAnIRI(key: String) {
        expectClean(validate(Fixture.statement(result: ["extensions": [key: 1]])))
    }

    /// Keys that are not IRIs, with their RFC 6901 escaped form ("/" is written "~1").
    @Test(arguments: [
        ("progress", "progress"), ("example.com/progress", "example.com~1progress"), ("", ""),
        ("http://example.com/my progress", "http:~1~1example.com~1my progress"),
    ])
    func rejectsExtensionKeyThatIsNotAnIRI(key: String, escaped: String) {
        for (statement, path) in [
            (Fixture.statement(result: ["extensions": [key: 1]]), "/result/extensions"),
            (Fixture.statement(context: ["extensions": [key: 1]]), "/context/extensions"),
            (Fixture.statement(definition: ["extensions": [key: 1]]), "/object/definition/extensions"),
        ] {
            expectOnly(validate(statement), "xapi.extensions.key", .error, at: path + "/" + escaped)
        }
    }
}

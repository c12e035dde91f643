import Testing
import XAPI
import XAPIValidation

/// A statement's result and score (Data 2.4.5; R1, R2). Duration formats are in ValueRuleTests.
@Suite struct ResultRuleTests {
    @Test func acceptsResultWithEveryProperty() {
        let result: JSONValue = [
            "score": ["scaled": 0.95, "raw": 95, "min": 0, "max": 100], "success": true, "completion": false,
            "response": "We agreed on some example actions.", "duration": "PT1H0M0S",
            "extensions": [Fixture.extensionKey: 0.5],
        ]
        expectClean(validate(Fixture.statement(result: result)))
    }

    // MARK: Types (R1, G4)

    @Test(
        arguments: [
            ("success", "true"), ("completion", 1), ("response", 42), ("duration", 3_600), ("score", 95),
            ("extensions", "none"),
        ] as [(String, JSONValue)]
    )
    func rejectsResultPropertyOfTheWrongType(property: String, value: JSONValue) {
        let report = validate(Fixture.statement(result: [property: value]))
        expectOnly(report, "xapi.type", .error, at: "/result/" + property)
    }

    @Test(arguments: ["scaled", "raw", "min", "max"])
    func rejectsScoreValueThatIsNotANumber(property: String) {
        let report = validate(Fixture.statement(result: ["score": [property: "0.5"]]))
        expectOnly(report, "xapi.type", .error, at: "/result/score/" + property)
    }

    @Test func rejectsResultThatIsNotAnObject() {
        expectOnly(validate(Fixture.statement(result: [true])), "xapi.type", .error, at: "/result")
    }

    @Test func rejectsPropertyAScoreDoesNotHave() {
        let report = validate(Fixture.statement(result: ["score": ["percent": 95]]))
        expectOnly(report, "xapi.property.unknown", .error, at: "/result/score/percent")
    }

    // MARK: scaled (R2)

    @Test(arguments: [-1, 0, 1, 0.5, -0.25] as [JSONValue])
    func acceptsScaledScoreFromMinusOneToOne(scaled: JSONValue) {
        expectClean(validate(Fixture.statement(result: ["score": ["scaled": scaled]])))
    }

    @Test(arguments: [1.01, -1.01, 95, -2] as [JSONValue])
    func rejectsScaledScoreOutsideMinusOneToOne(scaled: JSONValue) {
        let report = validate(Fixture.statement(result: ["score": ["scaled": scaled]]))
        expectOnly(report, "xapi.score.scaled", .error, at: "/result/score/scaled")
    }

    @Test func comparesScaledScoreExactlyBeyondDoublePrecision() throws {
        // 1.0000000000000000001 rounds to 1.0 as a Double; the lexeme is still above 1.
        let scaled = try #require(JSONNumber(lexeme: "1.0000000000000000001"))
        let report = validate(Fixture.statement(result: ["score": ["scaled": .number(scaled)]]))
        expectOnly(report, "xapi.score.scaled", .error, at: "/result/score/scaled")
    }

    // MARK: raw, min, max (R2)

    @Test(arguments: [0, 50, 100] as [JSONValue])
    func acceptsRawScoreFromMinToMax(raw: JSONValue) {
        expectClean(validate(Fixture.statement(result: ["score": ["raw": raw, "min": 0, "max": 100]])))
    }

    @Test(arguments: [(0, 0), (100, 0)] as [(JSONValue, JSONValue)])
    func rejectsMinThatIsNotBelowMax(min: JSONValue, max: JSONValue) {
        let report = validate(Fixture.statement(result: ["score": ["min": min, "max": max]]))
        expectOnly(report, "xapi.score.range", .error, at: "/result/score/min")
    }

    @Test(
        arguments: [
            ["raw": -1, "min": 0, "max": 100], ["raw": 101, "min": 0, "max": 100], ["raw": -1, "min": 0],
            ["raw": 101, "max": 100],
        ] as [JSONValue]
    )
    func rejectsRawScoreOutsideMinAndMax(score: JSONValue) {
        let report = validate(Fixture.statement(result: ["score": score]))
        expectOnly(report, "xapi.score.range", .error, at: "/result/score/raw")
    }

    @Test func acceptsRawScoreWithoutBounds() {
        expectClean(validate(Fixture.statement(result: ["score": ["raw": -12_345.678]])))
    }
}

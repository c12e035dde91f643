import Foundation
import Testing
import XAPI
import XAPIValidation

/// Value formats: IRIs, language tags and maps, timestamps, durations (Data 2.2, 4.2, 4.5, 4.6; G5, G9, G10,
/// L1, T1–T3, D1). Extension keys are in GapCaseTests, UUIDs with the statement id in StatementRuleTests.
@Suite struct ValueRuleTests {
    // MARK: IRIs (G5, G9)

    @Test(arguments: [
        "http://adlnet.gov/expapi/verbs/completed", "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
        "https://example.com/verbs/a-terminé", "tag:example.com,2024:completed", "http://example.com/v?x=1#top",
        "http://example.com/%C3%A9",
    ])
    func acceptsAbsoluteIRI(iri: String) {
        expectClean(validate(Fixture.statement(setting: "/verb/id", to: .string(iri))))
    }

    @Test(arguments: [
        "adlnet.gov/expapi/verbs/completed", "", "completed", "http://example.com/a b", "http://example.com/<a>",
        "http://example.com/%zz", "1http://example.com", "http:", "http://example.com/a#b#c",
    ])
    func rejectsIRIThatIsNotAbsolute(iri: String) {
        let report = validate(Fixture.statement(setting: "/verb/id", to: .string(iri)))
        expectOnly(report, "xapi.iri", .error, at: "/verb/id")
    }

    @Test func rejectsIRIThatIsNotAString() {
        expectOnly(
            validate(Fixture.statement(setting: "/verb/id", to: ["en": "x"])),
            "xapi.type",
            .error,
            at: "/verb/id"
        )
    }

    // MARK: Language tags and maps (G10, L1)

    @Test(arguments: [
        "en-US", "de", "zh-Hant", "sr-Latn-RS", "cmn", "tlh", "es-419", "zh-cmn-Latn-CN", "de-CH-1901",
        "en-US-x-twain", "de-DE-u-co-phonebk", "i-enochian", "x-private", "EN-us",
    ])
    func acceptsWellFormedLanguageTagAsMapKey(tag: String) {
        expectClean(validate(Fixture.statement(setting: "/verb/display", to: [tag: "completed"])))
    }

    @Test(arguments: [
        "something", "a12345678", "en-", "americanenglish", "de-419-DE", "a-DE", "fr-u-o", "not a language tag",
        "en_US", "",
    ])
    func rejectsLanguageMapKeyThatIsNotALanguageTag(tag: String) {
        let report = validate(Fixture.statement(setting: "/verb/display", to: [tag: "completed"]))
        expectOnly(report, "xapi.language-tag", .error, at: "/verb/display/" + tag)
    }

    @Test(arguments: [1, true, ["completed"], ["en": "completed"]] as [JSONValue])
    func rejectsLanguageMapValueThatIsNotAString(value: JSONValue) {
        let report = validate(Fixture.statement(setting: "/verb/display", to: ["en-US": value]))
        expectOnly(report, "xapi.language-map", .error, at: "/verb/display/en-US")
    }

    // MARK: Timestamps (T1, T2)

    @Test(
        arguments: ["timestamp", "stored"],
        [
            "2013-05-18T05:32:34.804Z", "2013-05-18T05:32:34.804+00:00", "2023-05-04T12:00:00-05:00",
            "2016-12-31T23:59:60Z", "2013-05-18T05:32:34.1234567Z", "2013-05-18T05:32:34Z", "2099-01-01T00:00:00Z",
        ]
    )
    func acceptsRFC3339TimestampInBothVersions(property: String, timestamp: String) {
        for version in SpecVersion.allCases {
            expectClean(validate(Fixture.statement(setting: "/" + property, to: .string(timestamp)), version))
        }
    }

    @Test(
        arguments: ["timestamp", "stored"],
        [
            "should fail", "01/011/2015", "2015-02-30T00:00:00Z", "1900-02-29T00:00:00Z", "2013-05-18T24:00:00Z",
            "2013-05-18T05:32:34.804-00:00", "2013-05-18T05:32:34.804-0000", "2013-05-18T05:32:34.804-00",
            "2013-05-18T053234Z", "2013-05-18", "",
        ]
    )
    func rejectsTimestampThatIsNotADateAndTime(property: String, timestamp: String) {
        for version in SpecVersion.allCases {
            let report = validate(Fixture.statement(setting: "/" + property, to: .string(timestamp)), version)
            expectOnly(report, "xapi.timestamp", .error, at: "/" + property)
        }
    }

    @Test(arguments: ["timestamp", "stored"])
    func reportsTimestampWithoutZoneAsWarningIn103(property: String) {
        let report = validate(Fixture.statement(setting: "/" + property, to: "2013-05-18T05:32:34.804"), .v1_0_3)
        expectOnly(report, "xapi.timestamp.zone", .warning, at: "/" + property)
        #expect(report.isValid)
    }

    @Test(arguments: ["timestamp", "stored"])
    func rejectsTimestampWithoutZoneIn20(property: String) {
        let report = validate(Fixture.statement(setting: "/" + property, to: "2013-05-18T05:32:34.804"), .v2_0_0)
        expectOnly(report, "xapi.timestamp", .error, at: "/" + property)
    }

    @Test(arguments: ["20130518T053234+0100", "2013-05-18T05:32:34+01"])
    func acceptsISO8601OffsetWithoutColonIn103Only(timestamp: String) {
        let statement = Fixture.statement(setting: "/timestamp", to: .string(timestamp))
        expectClean(validate(statement, .v1_0_3))
        expectOnly(validate(statement, .v2_0_0), "xapi.timestamp", .error, at: "/timestamp")
    }

    @Test func rejectsTimestampThatIsNotAString() {
        let report = validate(Fixture.statement(setting: "/timestamp", to: 1_368_855_154))
        expectOnly(report, "xapi.type", .error, at: "/timestamp")
    }

    // MARK: Future timestamps (T3)

    @Test(arguments: SpecVersion.allCases)
    func reportsTimestampInTheFutureAsWarning(version: SpecVersion) {
        let statement = Fixture.statement(setting: "/timestamp", to: "2024-01-01T01:00:00Z")
        let report = Validators.clocked(version).validate(statement)
        expectOnly(report, "xapi.timestamp.future", .warning, at: "/timestamp")
        #expect(report.isValid)
    }

    // A SubStatement may describe a plan (Data 2.4.4.3): its timestamp may be in the future.
    @Test func acceptsFutureTimestampOfASubStatement() {
        let subStatement = Fixture.subStatement().setting("/timestamp", to: "2024-01-01T01:00:00Z")
        expectClean(Validators.clocked(.v1_0_3).validate(Fixture.statement(setting: "/object", to: subStatement)))
    }

    @Test(arguments: ["2024-01-01T00:04:59Z", "2023-12-31T23:00:00Z", "2024-01-01T01:04:00+01:00"])
    func acceptsTimestampWithinTheClockTolerance(timestamp: String) {
        let statement = Fixture.statement(setting: "/timestamp", to: .string(timestamp))
        expectClean(Validators.clocked(.v1_0_3).validate(statement))
    }

    @Test func honoursTheConfiguredTolerance() {
        let statement = Fixture.statement(setting: "/timestamp", to: "2024-01-01T00:00:10Z")
        expectClean(Validators.clocked(.v1_0_3, tolerance: 10).validate(statement))
        expectOnly(
            Validators.clocked(.v1_0_3, tolerance: 5).validate(statement),
            "xapi.timestamp.future",
            .warning,
            at: "/timestamp"
        )
    }

    @Test func acceptsStoredInTheFuture() {
        let statement = Fixture.statement(setting: "/stored", to: "2024-01-01T01:00:00Z")
        expectClean(Validators.clocked(.v1_0_3).validate(statement))
    }

    @Test func skipsFutureCheckWithoutAClock() {
        let statement = Fixture.statement(setting: "/timestamp", to: "2999-01-01T00:00:00Z")
        expectClean(Validators.v103.validate(statement))
    }

    // MARK: Durations (D1)

    @Test(arguments: [
        "PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT0S", "P1D",
        "PT1.5S",
    ])
    func acceptsISO8601Duration(duration: String) {
        expectClean(validate(Fixture.statement(result: ["duration": .string(duration)])))
    }

    @Test(arguments: [
        "PA1H0M0S", "P", "PT", "2 hours", "P4W1D", "P0003-00-04T00:00:00", "PT12H30.1M5S", "P1DT", "1H", "",
    ])
    func rejectsDurationThatIsNotISO8601(duration: String) {
        let report = validate(Fixture.statement(result: ["duration": .string(duration)]))
        expectOnly(report, "xapi.duration", .error, at: "/result/duration")
    }

    @Test(arguments: SpecVersion.allCases)
    func reportsDurationFinerThanHundredthsAsWarning(version: SpecVersion) {
        let report = validate(Fixture.statement(result: ["duration": "P1DT12H36M0.12567S"]), version)
        expectOnly(report, "xapi.duration.precision", .warning, at: "/result/duration")
        #expect(report.isValid)
    }

    @Test func acceptsDurationInHundredthsWithoutWarning() {
        expectClean(validate(Fixture.statement(result: ["duration": "PT0.01S"])))
    }
}

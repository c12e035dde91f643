import Testing
import XAPI
import XAPIValidation

/// Timestamps in the formats ISO 8601 allows beyond RFC 3339 (Data 4.5): valid in xAPI 1.0.3, which
/// takes ISO 8601, and errors in xAPI 2.0, which takes RFC 3339; a text that mixes the basic and
/// extended formats is not ISO 8601 and is an error in both.
@Suite("Timestamp formats")
struct TimestampFormatTests {
    static func statement(timestamp: String, property: String) -> JSONValue {
        [
            "actor": ["mbox": "mailto:learner@example.com"], "verb": ["id": "http://adlnet.gov/expapi/verbs/completed"],
            "object": ["id": "http://example.com/activities/lesson-1"],
            .init(stringLiteral: property): .string(timestamp),
        ]
    }

    /// The basic format (ISO 8601:2004 §4.3.2) and the decimal comma (§4.2.2.4), with a zone.
    static let iso8601Only = [
        "20151118T121700Z", "20151118T121700+0100", "20151118T121700.5Z", "20151118T121700,5-05",
        "2015-11-18T12:17:00,5Z", "2015-11-18T12:17:00,25+01:00",
    ]

    /// Extended dates and times with a basic offset, and basic dates with extended times.
    static let mixedFormats = [
        "2015-11-18T12:17:00+0000", "2015-11-18T12:17:00.5-0530", "20151118T12:17:00Z", "2015-11-18T121700Z",
        "20151118T121700+01:00",
    ]

    @Test(arguments: iso8601Only, ["timestamp", "stored"])
    func acceptsISO8601FormatsIn103(timestamp: String, property: String) {
        let report = Validator(version: .v1_0_3).validate(Self.statement(timestamp: timestamp, property: property))
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test(arguments: iso8601Only, ["timestamp", "stored"])
    func rejectsFormatsOutsideRFC3339In20(timestamp: String, property: String) {
        let report = Validator(version: .v2_0_0).validate(Self.statement(timestamp: timestamp, property: property))
        #expect(report.findings.map(\.rule) == ["xapi.timestamp"])
        #expect(report.findings.map(\.path.description) == ["/" + property])
        #expect(!report.isValid)
    }

    @Test(arguments: mixedFormats, SpecVersion.allCases)
    func rejectsMixedBasicAndExtendedFormatsInBothVersions(timestamp: String, version: SpecVersion) {
        let report = Validator(version: version).validate(Self.statement(timestamp: timestamp, property: "timestamp"))
        #expect(report.findings.map(\.rule) == ["xapi.timestamp"])
        #expect(report.findings.first?.message.contains("basic and extended formats") == true)
        #expect(!report.isValid)
    }

    @Test func decodesABasicFormatTimestampIntoTheModel() throws {
        let statement = try Statement(json: Self.statement(timestamp: "20151118T121700Z", property: "timestamp"))
        #expect(statement.timestamp?.text == "20151118T121700Z")
        #expect(try statement.timestamp == Timestamp("2015-11-18T12:17:00Z"))
    }
}

import Foundation
import Testing

@testable import XAPI

@Suite("Timestamp")
struct TimestampTests {
    /// Timestamps the ADL conformance suite accepts (1.0.3 and 2.0).
    @Test(arguments: [
        "2013-05-18T05:32:34.804Z", "2008-09-15T15:53:00.601+00:00", "2023-05-04T12:00:00-05:00",
        "2026-11-29T18:08:33.872Z", "2031-11-29T18:03:32.706Z", "2011-07-15T00:00:00.000Z",
    ])
    func acceptsConformanceSuiteTimestamps(_ text: String) throws {
        #expect(try Timestamp(text).text == text)
    }

    /// Timestamps xapi-schema accepts, and the other forms ISO 8601 and RFC 3339 allow.
    @Test(arguments: [
        "2016-12-31T23:59:60Z", "2015-06-30T23:59:60.5+00:00", "2008-09-15T15:53:00.1234567Z", "0003-01-01T00:00:00Z",
        "2000-02-29T12:00:00Z", "2008-09-15T15:53:00", "2008-09-15T15:53:00.601", "2008-09-15T15:53:00+05",
        "2008-09-15t15:53:00z", "9999-12-31T23:59:59.999999999999Z", "0000-02-29T00:00:00Z", "2008-09-15T15:53:00+00",
        "2008-09-15T15:53:00-23:59",
    ])
    func acceptsOtherExtendedFormatTimestamps(_ text: String) throws {
        #expect(try Timestamp(text).text == text)
    }

    /// The basic format of ISO 8601:2004 §4.3.2 (xAPI 1.0.3 takes ISO 8601), with seconds, as RFC 3339 does not.
    @Test(arguments: [
        "20151118T121700Z", "20151118T121700+0100", "20151118T121700-0530", "20151118T121700+01", "20151118T121700",
        "20151118T121700.5Z", "20151118T121700,5Z", "20151118t121700z", "20160229T000000Z", "20161231T235960Z",
        "20151118T121700.123456789012-2359",
    ])
    func acceptsBasicFormatTimestamps(_ text: String) throws {
        let stamp = try Timestamp(text)
        #expect(stamp.text == text)
        #expect(!stamp.isRFC3339)
    }

    /// ISO 8601:2004 §4.2.2.4 writes the fraction of a second after a comma or a full stop.
    @Test(arguments: ["2015-11-18T12:17:00,5Z", "2015-11-18T12:17:00,123+01:00", "2015-11-18T12:17:00,5"])
    func acceptsADecimalComma(_ text: String) throws {
        let stamp = try Timestamp(text)
        #expect(stamp.text == text)
        #expect(!stamp.isRFC3339)
    }

    /// Timestamps the ADL conformance suite rejects.
    @Test(arguments: [
        "should fail", "01/011/2015", "2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000",
        "2008-09-15T15:53:00.601-00:00",
    ])
    func rejectsConformanceSuiteTimestamps(_ text: String) {
        #expect(throws: ValueFormatError.self) { try Timestamp(text) }
    }

    @Test(arguments: [
        ("", "a timestamp must start with a four-digit year"),
        ("should fail", "a timestamp must start with a four-digit year"),
        ("01/011/2015", "a timestamp must start with a four-digit year"),
        ("2015111T121700Z", "the date must be written YYYYMMDD in the basic format"),
        ("20151318T121700Z", "the month must be between 01 and 12"),
        ("20150229T121700Z", "February 29 exists only in leap years"),
        ("20151118", "a timestamp needs a time after the date"),
        ("20151118 121700Z", "the date and the time must be separated by 'T'"),
        ("20151118T1217Z", "the time must include seconds, written hhmmss"),
        ("20151118T12Z", "the time must be written hhmmss in the basic format"),
        ("20151118T246000Z", "the hour must be between 00 and 23"),
        (
            "20151118T12:17:00Z",
            "the time must be written hhmmss like the date: ISO 8601 does not mix the basic and extended formats"
        ),
        (
            "20151118T121700+01:00",
            "the offset must be written ±hhmm like the date and time: ISO 8601 does not mix the basic and extended formats"
        ),
        ("20151118T121700+1:00", "the offset must be written ±hhmm or ±hh in the basic format"),
        ("20151118T121700.601-0000", "a negative zero offset means an unknown local offset (RFC 3339 §4.3)"),
        (
            "2015-11-18T12:17:00+0000",
            "the offset must be written ±hh:mm like the date and time: ISO 8601 does not mix the basic and extended formats"
        ),
        (
            "2015-11-18T12:17:00-0530",
            "the offset must be written ±hh:mm like the date and time: ISO 8601 does not mix the basic and extended formats"
        ),
        ("2008-9-15T15:53:00Z", "the date must be written YYYY-MM-DD"),
        ("2008-13-01T00:00:00Z", "the month must be between 01 and 12"),
        ("2008-00-01T00:00:00Z", "the month must be between 01 and 12"),
        ("2008-01-32T00:00:00Z", "the day must be between 01 and 31"),
        ("2008-01-00T00:00:00Z", "the day must be between 01 and 31"),
        ("2008-02-30T00:00:00Z", "that month has no such day"),
        ("2008-09-31T00:00:00Z", "that month has no such day"),
        ("1900-02-29T00:00:00Z", "February 29 exists only in leap years"),
        ("2023-02-29T00:00:00Z", "February 29 exists only in leap years"),
        ("2008-09-15", "a timestamp needs a time after the date"),
        ("2008-09-15 15:53:00Z", "the date and the time must be separated by 'T'"),
        (
            "2008-09-15T155300Z",
            "the time must be written hh:mm:ss like the date: ISO 8601 does not mix the basic and extended formats"
        ),
        ("2008-09-15T15-53-00Z", "the time must be written hh:mm:ss"),
        ("2008-09-15T15:53Z", "the time must include seconds, written hh:mm:ss"),
        ("2008-09-15T24:00:00Z", "the hour must be between 00 and 23"),
        ("2008-09-15T15:60:00Z", "the minutes must be between 00 and 59"),
        ("2008-09-15T15:53:61Z", "the seconds must be between 00 and 59, or 60 for a leap second"),
        ("2008-09-15T15:53:00.Z", "a '.' must be followed by at least one digit"),
        ("2008-09-15T15:53:00,Z", "a ',' must be followed by at least one digit"),
        ("2008-09-15T15:53:00.601.5Z", "a timestamp can have only one fraction of a second"),
        ("2008-09-15T15:53:00,601,5Z", "a timestamp can have only one fraction of a second"),
        ("2008-09-15T15:53:00ZZ", "nothing may follow the zone designator 'Z'"),
        ("2008-09-15T15:53:00 Z", "the time must be followed by 'Z', an offset such as +01:00, or nothing"),
        ("2008-09-15T15:53:00+5:00", "the offset must be written ±hh:mm or ±hh"),
        ("2008-09-15T15:53:00+05:0", "the offset must be written ±hh:mm or ±hh"),
        ("2008-09-15T15:53:00+0a:00", "the offset must be written ±hh:mm or ±hh"),
        ("2008-09-15T15:53:00+24:00", "the offset hours must be between 00 and 23"),
        ("2008-09-15T15:53:00+01:60", "the offset minutes must be between 00 and 59"),
        ("2008-09-15T15:53:00.601-00", "a negative zero offset means an unknown local offset (RFC 3339 §4.3)"),
        (
            "2008-09-15T15:53:00.601-0000",
            "the offset must be written ±hh:mm like the date and time: ISO 8601 does not mix the basic and extended formats"
        ),
        ("2008-09-15T15:53:00.601-00:00", "a negative zero offset means an unknown local offset (RFC 3339 §4.3)"),
    ])
    func rejectsWithAPreciseReason(_ text: String, _ reason: String) {
        #expect(throws: ValueFormatError(typeName: "timestamp", text: text, reason: reason)) { try Timestamp(text) }
    }

    @Test func readsTheInstant() throws {
        #expect(try Timestamp("1970-01-01T00:00:00Z").date == Date(timeIntervalSince1970: 0))
        #expect(try Timestamp("2023-05-04T12:00:00-05:00").date == Date(timeIntervalSince1970: 1_683_219_600))
        #expect(try Timestamp("1969-12-31T23:59:59.5Z").date == Date(timeIntervalSince1970: -0.5))
        #expect(try Timestamp("2008-09-15T15:53:00+05:30").date == Timestamp("2008-09-15T10:23:00Z").date)
    }

    @Test func readsATimestampWithoutZoneAsUTC() throws {
        let stamp = try Timestamp("2008-09-15T15:53:00")
        #expect(!stamp.hasZone)
        #expect(!stamp.isUTC)
        #expect(!stamp.isRFC3339)
        #expect(try stamp.date == Timestamp("2008-09-15T15:53:00Z").date)
    }

    @Test func countsALeapSecondAsTheNextMinutesFirst() throws {
        #expect(try Timestamp("2016-12-31T23:59:60Z") == Timestamp("2017-01-01T00:00:00Z"))
        #expect(try Timestamp("2016-12-31T23:59:59.999Z") < Timestamp("2016-12-31T23:59:60Z"))
    }

    @Test(arguments: [
        ("2008-09-15T15:53:00Z", true, true, true), ("2008-09-15T15:53:00z", true, true, true),
        ("2008-09-15T15:53:00+00:00", true, true, true), ("20080915T155300+0000", true, true, false),
        ("2008-09-15T15:53:00+00", true, true, false), ("2008-09-15T15:53:00-05:00", true, false, true),
        ("20080915T155300+0530", true, false, false), ("2008-09-15T15:53:00", false, false, false),
        ("20080915T155300Z", true, true, false), ("20080915T155300", false, false, false),
        ("2008-09-15T15:53:00,5Z", true, true, false), ("2008-09-15T15:53:00,5+01:00", true, false, false),
    ])
    func describesItsZone(_ text: String, _ hasZone: Bool, _ isUTC: Bool, _ isRFC3339: Bool) throws {
        let stamp = try Timestamp(text)
        #expect(stamp.hasZone == hasZone)
        #expect(stamp.isUTC == isUTC)
        #expect(stamp.isRFC3339 == isRFC3339)
    }

    @Test(arguments: [
        ("2008-09-15T15:53:00Z", 0), ("2008-09-15T15:53:00.6Z", 1), ("2008-09-15T15:53:00.601Z", 3),
        ("2008-09-15T15:53:00.1234567Z", 7), ("2008-09-15T15:53:00.123456789012+01:00", 12),
        ("20080915T155300,25Z", 2), ("20080915T155300Z", 0),
    ])
    func countsFractionDigits(_ text: String, _ count: Int) throws {
        #expect(try Timestamp(text).fractionDigitCount == count)
    }

    @Test(arguments: [
        ("2023-05-04T12:00:00-05:00", "2023-05-04T17:00:00Z"),
        ("2008-09-15T15:53:00.601+00:00", "2008-09-15T15:53:00.601Z"),
        ("2008-09-15T15:53:00.5Z", "2008-09-15T15:53:00.500000000000Z"),
        ("2008-09-15T15:53:00Z", "2008-09-15T15:53:00.000Z"),
        ("2008-09-15T15:53:00+01", "2008-09-15T14:53:00Z"), ("2008-09-15T15:53:00", "2008-09-15T15:53:00Z"),
        ("2008-09-15t15:53:00z", "2008-09-15T15:53:00Z"), ("2008-09-16T01:00:00+09:00", "2008-09-15T16:00:00Z"),
        ("20080915T155300Z", "2008-09-15T15:53:00Z"), ("20080916T010000+0900", "2008-09-15T16:00:00Z"),
        ("2008-09-15T15:53:00,5Z", "2008-09-15T15:53:00.5Z"), ("20080915T155300,5-01", "2008-09-15T16:53:00.5Z"),
    ])
    func treatsTheSameInstantWrittenDifferentlyAsEqual(_ left: String, _ right: String) throws {
        let lhs = try Timestamp(left)
        let rhs = try Timestamp(right)
        #expect(lhs == rhs)
        #expect(lhs.hashValue == rhs.hashValue)
        #expect(lhs.text == left)
    }

    @Test func comparesEveryFractionDigit() throws {
        let shorter = try Timestamp("2008-09-15T15:53:00.1234567891Z")
        let longer = try Timestamp("2008-09-15T15:53:00.12345678911Z")
        #expect(shorter != longer)
        #expect(shorter < longer)
        #expect(!(longer < shorter))
    }

    @Test func comparesEveryFractionDigitWhateverTheFormat() throws {
        let extended = try Timestamp("2008-09-15T15:53:00.12345678911Z")
        #expect(try Timestamp("20080915T155300,12345678911Z") == extended)
        #expect(try Timestamp("20080915T155300.12345678912Z") > extended)
        #expect(try Timestamp("20080915T155300.1234567891Z") < extended)
    }

    @Test func ordersByInstant() throws {
        let stamps = try ["2023-05-04T12:00:00-05:00", "2023-05-04T16:59:59.999Z", "2023-05-04T17:00:00.001+00:00"]
            .map { try Timestamp($0) }
        #expect(
            stamps.sorted().map(\.text) == [
                "2023-05-04T16:59:59.999Z", "2023-05-04T12:00:00-05:00",
                "2023-05-04T17:00:00.001+00:00",
            ]
        )
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"), (1.001, "1970-01-01T00:00:01.001Z"), (1.0019, "1970-01-01T00:00:01.001Z"),
        (-0.0005, "1969-12-31T23:59:59.999Z"), (1_683_219_600.5, "2023-05-04T17:00:00.500Z"),
        (951_825_600, "2000-02-29T12:00:00.000Z"), (-62_167_219_200, "0000-01-01T00:00:00.000Z"),
        (253_402_300_799.5, "9999-12-31T23:59:59.500Z"),
    ])
    func writesADateInUTCWithMillisecondsTruncated(_ seconds: Double, _ text: String) throws {
        let stamp = try Timestamp(Date(timeIntervalSince1970: seconds))
        #expect(stamp.text == text)
        #expect(stamp.isUTC && stamp.isRFC3339 && stamp.fractionDigitCount == 3)
        #expect(try Timestamp(text) == stamp)
    }

    @Test func writesNowAsARecentUTCInstant() {
        let before = Date()
        let now = Timestamp.now()
        #expect(now.isRFC3339)
        #expect(abs(now.date.timeIntervalSince(before)) < 5)
    }

    @Test func describesItselfAsWritten() throws {
        #expect(try Timestamp("2008-09-15t15:53:00z").description == "2008-09-15t15:53:00z")
    }

    @Test func roundTripsThroughJSONUnchanged() throws {
        let (json, decoded) = try ValueFixtures.roundTrip(Timestamp("2023-05-04T12:00:00.1200-05:00"))
        #expect(json == #"["2023-05-04T12:00:00.1200-05:00"]"#)
        #expect(decoded?.text == "2023-05-04T12:00:00.1200-05:00")
    }

    @Test func refusesToDecodeAnInvalidTimestamp() {
        let error = ValueFormatError(
            typeName: "timestamp",
            text: "01/011/2015",
            reason: "a timestamp must start with a four-digit year"
        )
        #expect(ValueFixtures.dataCorruptedDescription(decoding: Timestamp.self, "01/011/2015") == error.description)
    }

    @Test(arguments: [-62_167_219_201.0, 253_402_300_800.0, 1e300])
    func refusesDatesFourYearDigitsCannotWrite(_ seconds: Double) {
        #expect(throws: ValueFormatError.self) { try Timestamp(Date(timeIntervalSince1970: seconds)) }
    }
}

import Foundation
import Testing

@testable import XAPI

@Suite("ISO8601Duration")
struct ISO8601DurationTests {
    /// Durations the ADL conformance suite accepts (1.0.3 and 2.0).
    @Test(arguments: [
        "PT1H0M0S", "PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W",
        "P1DT12H36M0.12567S",
    ])
    func acceptsConformanceSuiteDurations(_ text: String) throws {
        #expect(try ISO8601Duration(text).text == text)
    }

    @Test(arguments: [
        "P1M", "PT1M", "P1Y2M3DT4H5M6S", "PT0S", "P0D", "PT36H", "P1.5Y", "P0,5D", "PT1.5H", "P1YT1H", "P2M3D",
        "P1DT1S", "PT0.000001S", "P0.5W", "P0001Y",
    ])
    func acceptsOtherDesignatorFormatDurations(_ text: String) throws {
        #expect(try ISO8601Duration(text).text == text)
    }

    /// Durations the ADL conformance suite or the requirements reject.
    @Test(arguments: ["PA1H0M0S", "P", "PT", "2 hours", "should fail", "P4W1D", "PT12H30.1M5S"])
    func rejectsConformanceSuiteDurations(_ text: String) {
        #expect(throws: ValueFormatError.self) { try ISO8601Duration(text) }
    }

    @Test(arguments: [
        ("", "a duration cannot be empty"),
        ("2 hours", "a duration must start with 'P'"),
        ("p1d", "a duration must start with 'P'"),
        ("-P1D", "a duration cannot have a sign"),
        ("P-1D", "a duration cannot have a sign"),
        ("P", "a duration needs at least one component"),
        ("PT", "the time part 'T' is not followed by any hours, minutes or seconds"),
        ("P1DT", "the time part 'T' is not followed by any hours, minutes or seconds"),
        ("PT1HT1M", "the time designator 'T' can appear once"),
        ("PA1H0M0S", "each component must be a number followed by a designator"),
        ("PT1H0M0", "the last number is not followed by a designator"),
        ("P1d", "a number must be followed by one of the designators Y, M, W, D, H, M, S"),
        ("P1H", "hours and seconds must come after the time designator 'T'"),
        ("PT1D", "years, weeks and days must come before the time designator 'T'"),
        ("P1D1Y", "designators must come in the order Y, M, W, D, then T, H, M, S"),
        ("PT1S1M", "designators must come in the order Y, M, W, D, then T, H, M, S"),
        ("P1Y1Y", "each designator can appear only once"),
        ("P4W1D", "weeks cannot be combined with other components"),
        ("P1Y4W", "weeks cannot be combined with other components"),
        ("P4WT1H", "weeks cannot be combined with other components"),
        ("PT12H30.1M5S", "only the last component may have a decimal fraction"),
        ("P1.5DT1H", "only the last component may have a decimal fraction"),
        ("PT1.S", "a decimal sign must be followed by at least one digit"),
        ("PT.5S", "each component must be a number followed by a designator"),
        ("P0003-06-04T12:30:05", "the alternative format PYYYY-MM-DDThh:mm:ss is not allowed (xAPI Data §4.6)"),
        ("PT12:30:05", "the alternative format PYYYY-MM-DDThh:mm:ss is not allowed (xAPI Data §4.6)"),
    ])
    func rejectsWithAPreciseReason(_ text: String, _ reason: String) {
        #expect(throws: ValueFormatError(typeName: "duration", text: text, reason: reason)) {
            try ISO8601Duration(text)
        }
    }

    @Test func rejectsWeeksCombinedWithDays() {
        #expect(throws: ValueFormatError.self) { try ISO8601Duration("P4W1D") }
    }

    @Test func readsEveryComponent() throws {
        let duration = try ISO8601Duration("P3Y1M29DT4H35M59.14S")
        #expect(duration.years == 3)
        #expect(duration.months == 1)
        #expect(duration.weeks == 0)
        #expect(duration.days == 29)
        #expect(duration.hours == 4)
        #expect(duration.minutes == 35)
        #expect(duration.seconds == Decimal(string: "59.14"))
        #expect(try ISO8601Duration("P4W").weeks == 4)
    }

    @Test func readsCommaAndLongFractionsExactly() throws {
        #expect(try ISO8601Duration("P0,5D").days == Decimal(string: "0.5"))
        #expect(try ISO8601Duration("PT0.12567S").seconds == Decimal(string: "0.12567"))
        #expect(
            try ISO8601Duration("PT123456789012345678901234.5S").seconds
                == Decimal(string: "123456789012345678901234.5")
        )
    }

    @Test func computesTotalSecondsWithoutCalendarComponents() throws {
        #expect(try ISO8601Duration("PT16559.14S").totalSeconds == Decimal(string: "16559.14"))
        #expect(try ISO8601Duration("P1DT12H36M0.12567S").totalSeconds == Decimal(string: "131760.12567"))
        #expect(try ISO8601Duration("P4W").totalSeconds == 2_419_200)
        #expect(try ISO8601Duration("P0Y2D").totalSeconds == 172_800)
    }

    @Test func hasNoTotalSecondsWithYearsOrMonths() throws {
        #expect(try ISO8601Duration("P3Y").totalSeconds == nil)
        #expect(try ISO8601Duration("P1MT1S").totalSeconds == nil)
    }

    @Test(arguments: [
        ("PT1.001S", "PT1S"), ("PT1.009S", "PT1S"), ("PT60S", "PT1M"), ("PT1H", "PT3600S"), ("P1W", "P7D"),
        ("P0.5W", "P3.5D"), ("PT0.5M", "PT30S"), ("PT1H0M0S", "PT1H"), ("P1Y", "P1.0Y"), ("P0D", "PT0S"),
        ("PT0,5S", "PT0.5S"), ("P1DT1S", "P1DT1.004S"), ("PT1.5H", "PT1H30M"),
    ])
    func treatsDurationsEqualAtAHundredthOfASecondAsEqual(_ left: String, _ right: String) throws {
        let lhs = try ISO8601Duration(left)
        let rhs = try ISO8601Duration(right)
        #expect(lhs == rhs)
        #expect(lhs.hashValue == rhs.hashValue)
        #expect(lhs.text == left)
    }

    @Test(arguments: [
        ("PT1S", "PT1.01S"), ("P1D", "PT24H"), ("P1M", "P30D"), ("P1Y", "P12M"), ("PT1M", "P1M"), ("P1W", "P6D"),
    ])
    func distinguishesDurationsThatDifferAtAHundredthOrByCalendar(_ left: String, _ right: String) throws {
        #expect(try ISO8601Duration(left) != ISO8601Duration(right))
    }

    @Test(arguments: [
        (0, "PT0S"), (0.004, "PT0S"), (0.005, "PT0.01S"), (0.29, "PT0.29S"), (1.5, "PT1.5S"), (59.999, "PT1M"),
        (60, "PT1M"), (3_600, "PT1H"), (3_723.456, "PT1H2M3.46S"), (3_603.05, "PT1H3.05S"), (90_000, "PT25H"),
        (16_559.14, "PT4H35M59.14S"),
    ])
    func writesSecondsCanonicallyToAHundredth(_ seconds: Double, _ text: String) throws {
        let duration = try ISO8601Duration(seconds: seconds)
        #expect(duration.text == text)
        #expect(try ISO8601Duration(duration.text) == duration)
    }

    @Test func describesItselfAsWritten() throws {
        #expect(try ISO8601Duration("PT1,5S").description == "PT1,5S")
    }

    @Test func roundTripsThroughJSONUnchanged() throws {
        let (json, decoded) = try ValueFixtures.roundTrip(ISO8601Duration("PT1H0M0.100S"))
        #expect(json == #"["PT1H0M0.100S"]"#)
        #expect(decoded?.text == "PT1H0M0.100S")
    }

    @Test func refusesToDecodeAnInvalidDuration() {
        let error = ValueFormatError(
            typeName: "duration",
            text: "P4W1D",
            reason: "weeks cannot be combined with other components"
        )
        #expect(ValueFixtures.dataCorruptedDescription(decoding: ISO8601Duration.self, "P4W1D") == error.description)
    }

    @Test(arguments: [-1.0, -0.01, Double.nan, Double.infinity, 1e300])
    func refusesSecondsThatAreNegativeNotFiniteOrTooLarge(_ seconds: Double) {
        #expect(throws: ValueFormatError.self) { try ISO8601Duration(seconds: seconds) }
    }
}

public import Foundation

/// An ISO 8601 date and time such as `2013-05-18T05:32:34.804Z`, the type of `timestamp` and `stored`.
///
/// xAPI Data §2.4.7 and §4.5 (XAPI-00022, XAPI-00123) take ISO 8601 combined date and time; xAPI 2.0
/// narrows it to RFC 3339. This type accepts the extended format `YYYY-MM-DDThh:mm:ss[.fraction][zone]`
/// with a zone of `Z`, `±hh:mm`, `±hhmm`, `±hh`, or none (which xAPI 1.0.3 tolerates); ``isRFC3339`` tells
/// whether the text also meets RFC 3339. It refuses dates that do not exist (February 30, 1900-02-29),
/// hours above 23, minutes above 59, the basic format, a comma or a second fraction, and the negative
/// zero offsets `-00`, `-0000` and `-00:00` that RFC 3339 §4.3 reserves for "unknown local offset" and the
/// ADL conformance suite rejects. Seconds may be 60 for a leap second; fractions may have any length.
/// A lower-case `t` or `z` is accepted because RFC 3339 §5.6 allows it.
///
/// The text is kept as written. Equality, hashing and ordering use the instant, with every fraction digit:
/// `2023-05-04T12:00:00-05:00` equals `2023-05-04T17:00:00Z`.
///
/// ```swift
/// let stamp = try Timestamp("2023-05-04T12:00:00-05:00")
/// stamp.isUTC                      // false
/// stamp == Timestamp(stamp.date)   // true: the same instant, written 2023-05-04T17:00:00.000Z
/// ```
public struct Timestamp: TextValue {
    /// The timestamp exactly as written.
    public let text: String
    /// Whole seconds since 1970-01-01T00:00:00Z, with a leap second counted as the next minute's first.
    private let epochSeconds: Int64
    /// The first nine digits of the fraction, in nanoseconds.
    private let nanoseconds: Int32
    /// How many digits the fraction of a second has, 0 when there is none.
    public let fractionDigitCount: Int
    /// Whether the text ends with a zone designator or an offset; without one xAPI 1.0.3 still accepts it.
    public let hasZone: Bool
    /// Whether the zone is UTC: `Z`, or a zero offset `+00:00`, `+0000` or `+00`.
    public let isUTC: Bool
    /// Whether the zone is written as RFC 3339 allows, `Z` or `±hh:mm`, which xAPI 2.0 requires.
    ///
    /// The rest of the grammar this type accepts already is RFC 3339: four-digit year, `T` (or `t`),
    /// seconds, and a fraction introduced by `.`.
    public let isRFC3339: Bool

    /// Checks that `text` is an xAPI timestamp and keeps it as written.
    ///
    /// - Throws: ``ValueFormatError`` naming the first rule the text breaks.
    public init(_ text: String) throws(ValueFormatError) {
        var contiguous = text
        let parsed = contiguous.withUTF8 { Timestamp.parse($0) }
        switch parsed {
        case .failure(let failure):
            throw ValueFormatError(typeName: "timestamp", text: text, reason: failure.reason)
        case .success(let fields):
            self.text = text
            epochSeconds = fields.epochSeconds
            nanoseconds = fields.nanoseconds
            fractionDigitCount = fields.fractionDigitCount
            hasZone = fields.zone != .absent
            isUTC = fields.zone != .absent && fields.offsetSeconds == 0
            isRFC3339 = fields.zone == .designator || fields.zone == .extended
        }
    }

    /// Writes an instant as xAPI recommends producers do: `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'` in UTC.
    ///
    /// Milliseconds are truncated, not rounded, so a timestamp never claims a later instant than it had.
    /// The instant is first rounded to the microsecond so that binary floating-point error does not cost
    /// a millisecond (a `Date` 1.001 s after the epoch is written `.001`).
    ///
    /// - Throws: ``ValueFormatError`` when the date is outside the years 0000 to 9999, which four year
    ///   digits cannot write.
    public init(_ date: Date) throws(ValueFormatError) {
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        guard Self.writableMicroseconds.contains(microseconds) else {
            throw ValueFormatError(
                typeName: "timestamp",
                text: "\(date.timeIntervalSince1970) s since 1970",
                reason: "a timestamp needs a date in the years 0000 to 9999"
            )
        }
        self.init(writableMicroseconds: microseconds)
    }

    /// The instants, in microseconds since 1970, that a four-digit year can write.
    private static let writableMicroseconds = -62_167_219_200_000_000.0..<253_402_300_800_000_000.0

    private init(writableMicroseconds microseconds: Double) {
        let milliseconds = Timestamp.floorDivide(Int64(microseconds), 1_000)
        let seconds = Timestamp.floorDivide(milliseconds, 1_000)
        let millisecond = Int(milliseconds - seconds * 1_000)
        let days = Timestamp.floorDivide(seconds, 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = Timestamp.civilDate(fromDays: Int(days))
        let fields = [
            (year, 4, UInt8(ascii: "-")), (month, 2, UInt8(ascii: "-")), (day, 2, UInt8(ascii: "T")),
            (secondOfDay / 3_600, 2, UInt8(ascii: ":")), (secondOfDay / 60 % 60, 2, UInt8(ascii: ":")),
            (secondOfDay % 60, 2, UInt8(ascii: ".")), (millisecond, 3, UInt8(ascii: "Z")),
        ]
        text = String(unsafeUninitializedCapacity: 24) { buffer in
            var position = 0
            for (value, digits, separator) in fields {
                var remainder = value
                for offset in stride(from: digits - 1, through: 0, by: -1) {
                    buffer[position + offset] = UInt8(ascii: "0") + UInt8(remainder % 10)
                    remainder /= 10
                }
                buffer[position + digits] = separator
                position += digits + 1
            }
            return position
        }
        epochSeconds = seconds
        nanoseconds = Int32(millisecond * 1_000_000)
        fractionDigitCount = 3
        hasZone = true
        isUTC = true
        isRFC3339 = true
    }

    /// The current instant, written with milliseconds in UTC.
    public static func now() -> Timestamp {
        // A system clock outside the years 0000–9999 cannot happen; clamp rather than trap if it ever did.
        let microseconds = (Date().timeIntervalSince1970 * 1_000_000).rounded()
        let range = writableMicroseconds
        return Timestamp(writableMicroseconds: min(max(microseconds, range.lowerBound), range.upperBound - 1_000))
    }

    /// The instant, to the precision a `Date` holds (about a microsecond today).
    ///
    /// A timestamp without a zone is read as UTC: ISO 8601 calls it local time, but the local zone of
    /// whoever wrote it is unknown, and UTC is what xAPI asks producers to use. `Date` has no leap
    /// seconds, so `23:59:60` gives the same instant as the next minute's `00`.
    public var date: Date {
        Date(timeIntervalSince1970: TimeInterval(epochSeconds) + TimeInterval(nanoseconds) / 1_000_000_000)
    }
}

extension Timestamp {
    /// How the zone is written.
    private enum Zone {
        /// No zone: local time in ISO 8601, tolerated by xAPI 1.0.3.
        case absent
        /// `Z` or `z`.
        case designator
        /// `±hh:mm`, the only offset form of RFC 3339.
        case extended
        /// `±hhmm`.
        case basic
        /// `±hh`.
        case hoursOnly
    }

    private struct Fields {
        var epochSeconds: Int64
        var nanoseconds: Int32
        var fractionDigitCount: Int
        var zone: Zone
        var offsetSeconds: Int
    }

    private struct Failure: Error {
        let reason: String
    }

    /// Offset of the first fraction digit: `YYYY-MM-DDThh:mm:ss.` has 20 bytes.
    private static let fractionStart = 20

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Fields, Failure> {
        func fail(_ reason: String) -> Result<Fields, Failure> { .failure(Failure(reason: reason)) }
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for index in start..<start + count {
                guard isDigit(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

        guard let year = number(0, 4) else { return fail("a timestamp must start with a four-digit year") }
        if let fifth = byte(4), isDigit(fifth) {
            return fail("the date must be in the extended format YYYY-MM-DD, not the basic format")
        }
        guard byte(4) == UInt8(ascii: "-"), let month = number(5, 2), byte(7) == UInt8(ascii: "-"),
            let day = number(8, 2)
        else { return fail("the date must be written YYYY-MM-DD") }
        guard (1...12).contains(month) else { return fail("the month must be between 01 and 12") }
        guard day >= 1 && day <= daysIn(month: month, year: year) else {
            if month == 2 && day == 29 { return fail("February 29 exists only in leap years") }
            return fail(day > 31 || day == 0 ? "the day must be between 01 and 31" : "that month has no such day")
        }
        guard let separator = byte(10) else { return fail("a timestamp needs a time after the date") }
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") else {
            return fail("the date and the time must be separated by 'T'")
        }
        if number(11, 2) != nil, let third = byte(13), isDigit(third) {
            return fail("the time must be in the extended format hh:mm:ss, not the basic format")
        }
        guard let hour = number(11, 2), byte(13) == UInt8(ascii: ":"), let minute = number(14, 2) else {
            return fail("the time must be written hh:mm:ss")
        }
        guard byte(16) == UInt8(ascii: ":"), let second = number(17, 2) else {
            return fail("the time must include seconds, written hh:mm:ss")
        }
        guard hour <= 23 else { return fail("the hour must be between 00 and 23") }
        guard minute <= 59 else { return fail("the minutes must be between 00 and 59") }
        guard second <= 60 else { return fail("the seconds must be between 00 and 59, or 60 for a leap second") }

        var index = 19
        var nanoseconds = 0
        var fractionDigitCount = 0
        if byte(index) == UInt8(ascii: ",") { return fail("the fraction of a second must start with '.'") }
        if byte(index) == UInt8(ascii: ".") {
            index += 1
            while let digit = byte(index), isDigit(digit) {
                if fractionDigitCount < 9 { nanoseconds = nanoseconds * 10 + Int(digit - UInt8(ascii: "0")) }
                fractionDigitCount += 1
                index += 1
            }
            guard fractionDigitCount > 0 else { return fail("a '.' must be followed by at least one digit") }
            for _ in min(fractionDigitCount, 9)..<9 { nanoseconds *= 10 }
        }

        let zone: Zone
        var offsetSeconds = 0
        switch byte(index) {
        case nil:
            zone = .absent
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return fail("nothing may follow the zone designator 'Z'") }
            zone = .designator
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let negative = bytes[index] == UInt8(ascii: "-")
            let remaining = bytes.count - index - 1
            let offsetMinutes: Int?
            switch remaining {
            case 2:
                zone = .hoursOnly
                offsetMinutes = 0
            case 4:
                zone = .basic
                offsetMinutes = number(index + 3, 2)
            case 5 where bytes[index + 3] == UInt8(ascii: ":"):
                zone = .extended
                offsetMinutes = number(index + 4, 2)
            default:
                return fail("the offset must be written ±hh:mm, ±hhmm or ±hh")
            }
            guard let offsetHours = number(index + 1, 2), let offsetMinutes else {
                return fail("the offset must be written ±hh:mm, ±hhmm or ±hh")
            }
            guard offsetHours <= 23 else { return fail("the offset hours must be between 00 and 23") }
            guard offsetMinutes <= 59 else { return fail("the offset minutes must be between 00 and 59") }
            if negative && offsetHours == 0 && offsetMinutes == 0 {
                return fail("a negative zero offset means an unknown local offset (RFC 3339 §4.3)")
            }
            offsetSeconds = (offsetHours * 3_600 + offsetMinutes * 60) * (negative ? -1 : 1)
        case UInt8(ascii: "."):
            return fail("a timestamp can have only one fraction of a second")
        default:
            return fail("the time must be followed by 'Z', an offset such as +01:00, or nothing")
        }

        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3_600 + minute * 60 + second - offsetSeconds)
        return .success(
            Fields(
                epochSeconds: seconds,
                nanoseconds: Int32(nanoseconds),
                fractionDigitCount: fractionDigitCount,
                zone: zone,
                offsetSeconds: offsetSeconds
            )
        )
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Days in a month of the proleptic Gregorian calendar, which ISO 8601 uses for every year.
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible date algorithms").
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date that is a number of days after 1970-01-01; the inverse of `daysSinceEpoch`.
    private static func civilDate(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    /// Compares the fraction digits after the ninth, which nanoseconds do not hold; missing digits count as 0.
    private static func compareExtraFractionDigits(_ lhs: Timestamp, _ rhs: Timestamp) -> Int {
        guard lhs.fractionDigitCount > 9 || rhs.fractionDigitCount > 9 else { return 0 }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                for offset in 9..<max(lhs.fractionDigitCount, rhs.fractionDigitCount) {
                    let leftDigit = offset < lhs.fractionDigitCount ? leftBytes[fractionStart + offset] : 48
                    let rightDigit = offset < rhs.fractionDigitCount ? rightBytes[fractionStart + offset] : 48
                    if leftDigit != rightDigit { return leftDigit < rightDigit ? -1 : 1 }
                }
                return 0
            }
        }
    }
}

extension Timestamp: Hashable, Comparable {
    /// Whether the two timestamps name the same instant, however they are written.
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.epochSeconds == rhs.epochSeconds && lhs.nanoseconds == rhs.nanoseconds
            && compareExtraFractionDigits(lhs, rhs) == 0
    }

    /// Hashes the instant to the nanosecond; digits beyond only refine equality.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(epochSeconds)
        hasher.combine(nanoseconds)
    }

    /// Whether `lhs` is an earlier instant than `rhs`.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        if lhs.epochSeconds != rhs.epochSeconds { return lhs.epochSeconds < rhs.epochSeconds }
        if lhs.nanoseconds != rhs.nanoseconds { return lhs.nanoseconds < rhs.nanoseconds }
        return compareExtraFractionDigits(lhs, rhs) < 0
    }
}

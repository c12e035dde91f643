public import Foundation

/// An ISO 8601 date and time such as `2013-05-18T05:32:34.804Z`, the type of `timestamp` and `stored`.
///
/// xAPI Data §2.4.7 and §4.5 (XAPI-00022, XAPI-00123) take an ISO 8601 combined date and time; xAPI 2.0
/// narrows it to RFC 3339. This type accepts the complete representations of ISO 8601:2004 §4.3.2, with
/// seconds, in either of its two formats:
///
/// - extended, `YYYY-MM-DDThh:mm:ss[.fraction][zone]`, with a zone of `Z`, `±hh:mm` or `±hh`;
/// - basic, `YYYYMMDDThhmmss[.fraction][zone]`, with a zone of `Z`, `±hhmm` or `±hh`;
///
/// or no zone at all (local time, which xAPI 1.0.3 tolerates). The fraction of a second starts with `.`
/// or `,` (§4.2.2.4). A text is all basic or all extended (§4.3.3): `2015-11-18T12:17:00+0000` and
/// `20151118T12:17:00Z` are not ISO 8601. ``isRFC3339`` tells whether the text also meets RFC 3339:
/// extended format, `.` before the fraction, and `Z` or `±hh:mm`.
///
/// It refuses dates that do not exist (February 30, 1900-02-29), hours above 23, minutes above 59,
/// a time without seconds, a second fraction, and the negative zero offsets `-00`, `-0000` and `-00:00`
/// that RFC 3339 §4.3 reserves for "unknown local offset" and the ADL conformance suite rejects. Seconds
/// may be 60 for a leap second; fractions may have any length. A lower-case `t` or `z` is accepted
/// because RFC 3339 §5.6 allows it.
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
    /// Whether the text also meets RFC 3339, which xAPI 2.0 requires: the extended format, a fraction
    /// introduced by `.`, and a zone written `Z` or `±hh:mm`.
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
            isRFC3339 =
                fields.format == .extended && !fields.hasDecimalComma
                && (fields.zone == .designator || fields.zone == .hoursAndMinutes)
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
    /// Compares the fraction digits after the ninth, which nanoseconds do not hold; missing digits count as 0.
    private static func compareExtraFractionDigits(_ lhs: Timestamp, _ rhs: Timestamp) -> Int {
        guard lhs.fractionDigitCount > 9 || rhs.fractionDigitCount > 9 else { return 0 }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                let leftStart = fractionStart(in: leftBytes)
                let rightStart = fractionStart(in: rightBytes)
                for offset in 9..<max(lhs.fractionDigitCount, rhs.fractionDigitCount) {
                    let leftDigit = offset < lhs.fractionDigitCount ? leftBytes[leftStart + offset] : 48
                    let rightDigit = offset < rhs.fractionDigitCount ? rightBytes[rightStart + offset] : 48
                    if leftDigit != rightDigit { return leftDigit < rightDigit ? -1 : 1 }
                }
                return 0
            }
        }
    }

    /// Offset of the first fraction digit: `YYYY-MM-DDThh:mm:ss.` has 20 bytes, `YYYYMMDDThhmmss.` 16.
    private static func fractionStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes[4] == UInt8(ascii: "-") ? 20 : 16
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

/// Reading the text of a timestamp: ISO 8601:2004 complete date and time, basic or extended format.
extension Timestamp {
    /// Which of ISO 8601's two formats a timestamp is written in (§2.3.3, §2.3.4).
    enum Format {
        /// `20151118T121700Z`: the fewest separators.
        case basic
        /// `2015-11-18T12:17:00Z`: `-` in the date, `:` in the time and the offset.
        case extended
    }

    /// How the zone is written.
    enum Zone {
        /// No zone: local time in ISO 8601, tolerated by xAPI 1.0.3.
        case absent
        /// `Z` or `z`.
        case designator
        /// `±hh`, in either format.
        case hoursOnly
        /// `±hh:mm` in the extended format, `±hhmm` in the basic one.
        case hoursAndMinutes
    }

    struct Fields {
        var epochSeconds: Int64
        var nanoseconds: Int32
        var fractionDigitCount: Int
        var format: Format
        /// Whether the fraction of a second starts with `,`, which ISO 8601 prefers and RFC 3339 refuses.
        var hasDecimalComma: Bool
        var zone: Zone
        var offsetSeconds: Int
    }

    struct Failure: Error {
        let reason: String
    }

    /// The same format all through: ISO 8601:2004 §4.3.3 wants a representation completely in basic or
    /// completely in extended format.
    private static let mixedFormats = "ISO 8601 does not mix the basic and extended formats"

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Fields, Failure> {
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

        // The date: YYYY-MM-DD or YYYYMMDD; the fifth byte tells the format of the whole text.
        guard let year = number(0, 4) else { return fail("a timestamp must start with a four-digit year") }
        let format: Format
        let month: Int
        let day: Int
        if let fifth = byte(4), isDigit(fifth) {
            format = .basic
            guard let basicMonth = number(4, 2), let basicDay = number(6, 2) else {
                return fail("the date must be written YYYYMMDD in the basic format")
            }
            (month, day) = (basicMonth, basicDay)
        } else {
            format = .extended
            guard byte(4) == UInt8(ascii: "-"), let extendedMonth = number(5, 2), byte(7) == UInt8(ascii: "-"),
                let extendedDay = number(8, 2)
            else { return fail("the date must be written YYYY-MM-DD") }
            (month, day) = (extendedMonth, extendedDay)
        }
        guard (1...12).contains(month) else { return fail("the month must be between 01 and 12") }
        guard day >= 1 && day <= daysIn(month: month, year: year) else {
            if month == 2 && day == 29 { return fail("February 29 exists only in leap years") }
            return fail(day > 31 || day == 0 ? "the day must be between 01 and 31" : "that month has no such day")
        }

        let separatorIndex = format == .extended ? 10 : 8
        guard let separator = byte(separatorIndex) else { return fail("a timestamp needs a time after the date") }
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") else {
            return fail("the date and the time must be separated by 'T'")
        }

        // The time: hh:mm:ss or hhmmss, in the date's format.
        let timeStart = separatorIndex + 1
        let hour: Int
        let minute: Int
        let second: Int
        switch format {
        case .extended:
            if number(timeStart, 2) != nil, let third = byte(timeStart + 2), isDigit(third) {
                return fail("the time must be written hh:mm:ss like the date: \(mixedFormats)")
            }
            guard let extendedHour = number(timeStart, 2), byte(timeStart + 2) == UInt8(ascii: ":"),
                let extendedMinute = number(timeStart + 3, 2)
            else { return fail("the time must be written hh:mm:ss") }
            guard byte(timeStart + 5) == UInt8(ascii: ":"), let extendedSecond = number(timeStart + 6, 2) else {
                return fail("the time must include seconds, written hh:mm:ss")
            }
            (hour, minute, second) = (extendedHour, extendedMinute, extendedSecond)
        case .basic:
            if number(timeStart, 2) != nil, byte(timeStart + 2) == UInt8(ascii: ":") {
                return fail("the time must be written hhmmss like the date: \(mixedFormats)")
            }
            guard let basicHour = number(timeStart, 2), let basicMinute = number(timeStart + 2, 2) else {
                return fail("the time must be written hhmmss in the basic format")
            }
            guard let basicSecond = number(timeStart + 4, 2) else {
                return fail("the time must include seconds, written hhmmss")
            }
            (hour, minute, second) = (basicHour, basicMinute, basicSecond)
        }
        guard hour <= 23 else { return fail("the hour must be between 00 and 23") }
        guard minute <= 59 else { return fail("the minutes must be between 00 and 59") }
        guard second <= 60 else { return fail("the seconds must be between 00 and 59, or 60 for a leap second") }

        // The fraction of a second, after '.' or ',' (ISO 8601:2004 §4.2.2.4).
        var index = timeStart + (format == .extended ? 8 : 6)
        var nanoseconds = 0
        var fractionDigitCount = 0
        var hasDecimalComma = false
        if let sign = byte(index), sign == UInt8(ascii: ".") || sign == UInt8(ascii: ",") {
            hasDecimalComma = sign == UInt8(ascii: ",")
            index += 1
            while let digit = byte(index), isDigit(digit) {
                if fractionDigitCount < 9 { nanoseconds = nanoseconds * 10 + Int(digit - UInt8(ascii: "0")) }
                fractionDigitCount += 1
                index += 1
            }
            guard fractionDigitCount > 0 else {
                return fail("a '\(Character(Unicode.Scalar(sign)))' must be followed by at least one digit")
            }
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
            switch readOffset(bytes, from: index, format: format) {
            case .failure(let failure): return .failure(failure)
            case .success(let offset):
                zone = offset.zone
                offsetSeconds = offset.seconds
            }
        case UInt8(ascii: "."), UInt8(ascii: ","):
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
                format: format,
                hasDecimalComma: hasDecimalComma,
                zone: zone,
                offsetSeconds: offsetSeconds
            )
        )
    }

    /// Reads the offset that starts with the sign at `start` and ends the text: `±hh`, or `±hh:mm` in the
    /// extended format and `±hhmm` in the basic one (ISO 8601:2004 §4.2.5.1).
    private static func readOffset(
        _ bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        format: Format
    ) -> Result<(zone: Zone, seconds: Int), Failure> {
        func digits(_ offset: Int) -> Int? {
            guard start + offset + 2 <= bytes.count, isDigit(bytes[start + offset]), isDigit(bytes[start + offset + 1])
            else { return nil }
            return Int(bytes[start + offset] - UInt8(ascii: "0")) * 10
                + Int(bytes[start + offset + 1] - UInt8(ascii: "0"))
        }
        let written = format == .extended ? "±hh:mm or ±hh" : "±hhmm or ±hh in the basic format"
        let malformed = Failure(reason: "the offset must be written \(written)")
        let remaining = bytes.count - start - 1
        let hasColon = remaining == 5 && bytes[start + 3] == UInt8(ascii: ":")
        let zone: Zone
        let minutes: Int?
        if remaining == 2 {
            zone = .hoursOnly
            minutes = 0
        } else if format == .basic && remaining == 4 {
            zone = .hoursAndMinutes
            minutes = digits(3)
        } else if format == .extended && hasColon {
            zone = .hoursAndMinutes
            minutes = digits(4)
        } else if format == .extended && remaining == 4 && digits(1) != nil && digits(3) != nil {
            return .failure(
                Failure(reason: "the offset must be written ±hh:mm like the date and time: \(mixedFormats)")
            )
        } else if format == .basic && hasColon {
            return .failure(Failure(reason: "the offset must be written ±hhmm like the date and time: \(mixedFormats)"))
        } else {
            return .failure(malformed)
        }
        guard let hours = digits(1), let minutes else { return .failure(malformed) }
        guard hours <= 23 else { return .failure(Failure(reason: "the offset hours must be between 00 and 23")) }
        guard minutes <= 59 else { return .failure(Failure(reason: "the offset minutes must be between 00 and 59")) }
        let negative = bytes[start] == UInt8(ascii: "-")
        if negative && hours == 0 && minutes == 0 {
            return .failure(Failure(reason: "a negative zero offset means an unknown local offset (RFC 3339 §4.3)"))
        }
        return .success((zone, (hours * 3_600 + minutes * 60) * (negative ? -1 : 1)))
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

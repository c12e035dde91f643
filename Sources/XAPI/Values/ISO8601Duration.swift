public import Foundation

/// An ISO 8601 duration such as `PT1H30M` or `P3Y1M29DT4H35M59.14S`, the type of `result.duration`.
///
/// xAPI Data §4.6 (XAPI-00124) takes the format of ISO 8601:2004 §4.4.3.2, `P[nY][nM][nW][nD][T[nH][nM][nS]]`,
/// and forbids the alternative format `PYYYY-MM-DDThh:mm:ss` of §4.4.3.3. This type enforces, as the ADL
/// conformance suite and xapi-schema do: at least one component; a `T` followed by at least one time
/// component; designators in order and each at most once; a decimal fraction (`.` or `,`) only on the last
/// written component; weeks only on their own (`P4W`, not `P4W1D`); no sign. Designators are upper case.
///
/// The text is kept as written. Two durations are equal when they are equal at 0.01 s, the precision
/// xAPI asks LRSs to keep: years, months and days (a week counting 7 days) are compared as written,
/// and the time part is compared in whole hundredths of a second, truncated. So `PT1.001S == PT1S`,
/// `PT60S == PT1M` and `P1W == P7D`, but `P1D != PT24H` because a calendar day may not last 24 hours.
///
/// ```swift
/// let duration = try ISO8601Duration("PT1H30M")
/// duration.minutes                          // 30
/// duration.totalSeconds                     // 5400
/// ISO8601Duration(seconds: 3723.456).text   // "PT1H2M3.46S"
/// ```
public struct ISO8601Duration: TextValue {
    /// The duration exactly as written.
    public let text: String

    /// Checks that `text` is an ISO 8601 duration xAPI accepts and keeps it as written.
    ///
    /// Fractions finer than 0.01 s are accepted, as xAPI 2.0 requires; they are kept in the text.
    ///
    /// - Throws: ``ValueFormatError`` naming the first rule the text breaks.
    public init(_ text: String) throws(ValueFormatError) {
        var contiguous = text
        let outcome = contiguous.withUTF8 { ISO8601Duration.parse($0) }
        if case .failure(let failure) = outcome {
            throw ValueFormatError(typeName: "duration", text: text, reason: failure.reason)
        }
        self.text = text
    }

    /// Creates the duration of a number of seconds, rounded to the nearest 0.01 s, in hours, minutes and seconds.
    ///
    /// The text is canonical: `PT1H2M3.45S`, zero components left out, no trailing zeros in the fraction,
    /// hours never folded into days (whose length depends on the calendar), and `PT0S` for zero.
    /// Two fraction digits at most is the precision xAPI Data §4.6 asks producers to send.
    ///
    /// - Throws: ``ValueFormatError`` when `seconds` is negative, not finite, or beyond about 2.9 billion years
    ///   (a negative duration usually means a clock changed during the activity).
    public init(seconds: Double) throws(ValueFormatError) {
        guard seconds.isFinite, seconds >= 0 else {
            throw ValueFormatError(
                typeName: "duration",
                text: "\(seconds) s",
                reason: "a duration is a finite, non-negative number of seconds"
            )
        }
        let scaled = (seconds * 100).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.2e18 else {
            throw ValueFormatError(
                typeName: "duration",
                text: "\(seconds) s",
                reason: "the duration is too long to write"
            )
        }
        let hundredths = Int64(scaled)
        let hours = hundredths / 360_000
        let minutes = hundredths / 6_000 % 60
        let secondHundredths = hundredths % 6_000
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        if secondHundredths > 0 || hundredths == 0 {
            text += "\(secondHundredths / 100)"
            let fraction = secondHundredths % 100
            if fraction > 0 {
                text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
            }
            text += "S"
        }
        self.text = text
    }

    /// The number before `Y`, or zero when there is none.
    public var years: Decimal { component(0) }
    /// The number before the `M` of the date part, or zero when there is none.
    public var months: Decimal { component(1) }
    /// The number before `W`, or zero when there is none; a duration with weeks has no other component.
    public var weeks: Decimal { component(2) }
    /// The number before `D`, or zero when there is none.
    public var days: Decimal { component(3) }
    /// The number before `H`, or zero when there is none.
    public var hours: Decimal { component(4) }
    /// The number before the `M` of the time part, or zero when there is none.
    public var minutes: Decimal { component(5) }
    /// The number before `S`, with all its fraction digits, or zero when there is none.
    public var seconds: Decimal { component(6) }

    /// The exact length in seconds, counting a week as 7 days and a day as 86,400 s.
    ///
    /// `nil` when the years or months are not zero, because their length depends on the calendar
    /// and the start date. Unlike equality, this keeps every fraction digit as written.
    public var totalSeconds: Decimal? {
        let values = components
        guard values.years.isZero, values.months.isZero else { return nil }
        return (values.weeks * 7 + values.days) * 86_400 + values.hours * 3_600 + values.minutes * 60 + values.seconds
    }
}

extension ISO8601Duration {
    /// The numbers of a duration, zero for the components it does not have.
    private struct Components {
        var years = Decimal(0)
        var months = Decimal(0)
        var weeks = Decimal(0)
        var days = Decimal(0)
        var hours = Decimal(0)
        var minutes = Decimal(0)
        var seconds = Decimal(0)
    }

    /// Where each component's number sits in the text, by the order of its designator in `YMWDHMS`.
    ///
    /// Seven fields rather than an array, so that checking a duration allocates nothing.
    private struct Layout {
        var years: Range<Int>?
        var months: Range<Int>?
        var weeks: Range<Int>?
        var days: Range<Int>?
        var hours: Range<Int>?
        var minutes: Range<Int>?
        var seconds: Range<Int>?

        subscript(order: Int) -> Range<Int>? {
            get {
                switch order {
                case 0: return years
                case 1: return months
                case 2: return weeks
                case 3: return days
                case 4: return hours
                case 5: return minutes
                default: return seconds
                }
            }
            set {
                switch order {
                case 0: years = newValue
                case 1: months = newValue
                case 2: weeks = newValue
                case 3: days = newValue
                case 4: hours = newValue
                case 5: minutes = newValue
                default: seconds = newValue
                }
            }
        }
    }

    private struct Failure: Error {
        let reason: String
    }

    /// Index of each designator in `Y M W D` (date part) then `H M S` (time part), which is also their order.
    private static func order(of designator: UInt8, inTimePart: Bool) -> Result<Int, Failure> {
        switch (designator, inTimePart) {
        case (UInt8(ascii: "Y"), false): return .success(0)
        case (UInt8(ascii: "M"), false): return .success(1)
        case (UInt8(ascii: "W"), false): return .success(2)
        case (UInt8(ascii: "D"), false): return .success(3)
        case (UInt8(ascii: "H"), true): return .success(4)
        case (UInt8(ascii: "M"), true): return .success(5)
        case (UInt8(ascii: "S"), true): return .success(6)
        case (UInt8(ascii: "H"), false), (UInt8(ascii: "S"), false):
            return .failure(Failure(reason: "hours and seconds must come after the time designator 'T'"))
        case (UInt8(ascii: "Y"), true), (UInt8(ascii: "W"), true), (UInt8(ascii: "D"), true):
            return .failure(Failure(reason: "years, weeks and days must come before the time designator 'T'"))
        case (UInt8(ascii: "-"), _), (UInt8(ascii: ":"), _):
            return .failure(
                Failure(reason: "the alternative format PYYYY-MM-DDThh:mm:ss is not allowed (xAPI Data §4.6)")
            )
        default:
            return .failure(Failure(reason: "a number must be followed by one of the designators Y, M, W, D, H, M, S"))
        }
    }

    /// Parses the text into the byte ranges of each component's number.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Layout, Failure> {
        guard let first = bytes.first else { return .failure(Failure(reason: "a duration cannot be empty")) }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            return .failure(Failure(reason: "a duration cannot have a sign"))
        }
        guard first == UInt8(ascii: "P") else { return .failure(Failure(reason: "a duration must start with 'P'")) }
        guard bytes.count > 1 else { return .failure(Failure(reason: "a duration needs at least one component")) }
        var layout = Layout()
        var index = 1
        var inTimePart = false
        var lastOrder = -1
        var hasFraction = false
        var componentCount = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "T") {
                guard !inTimePart else { return .failure(Failure(reason: "the time designator 'T' can appear once")) }
                inTimePart = true
                index += 1
                if index == bytes.count {
                    return .failure(
                        Failure(reason: "the time part 'T' is not followed by any hours, minutes or seconds")
                    )
                }
                continue
            }
            guard !hasFraction else {
                return .failure(Failure(reason: "only the last component may have a decimal fraction"))
            }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > start else {
                let byte = bytes[index]
                let reason =
                    byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    ? "a duration cannot have a sign" : "each component must be a number followed by a designator"
                return .failure(Failure(reason: reason))
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                let fractionStart = index
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                guard index > fractionStart else {
                    return .failure(Failure(reason: "a decimal sign must be followed by at least one digit"))
                }
                hasFraction = true
            }
            guard index < bytes.count else {
                return .failure(Failure(reason: "the last number is not followed by a designator"))
            }
            let order: Int
            switch self.order(of: bytes[index], inTimePart: inTimePart) {
            case .success(let found): order = found
            case .failure(let failure): return .failure(failure)
            }
            guard order != lastOrder else { return .failure(Failure(reason: "each designator can appear only once")) }
            guard order > lastOrder else {
                return .failure(Failure(reason: "designators must come in the order Y, M, W, D, then T, H, M, S"))
            }
            layout[order] = start..<index
            lastOrder = order
            componentCount += 1
            index += 1
        }
        if layout.weeks != nil && componentCount > 1 {
            return .failure(Failure(reason: "weeks cannot be combined with other components"))
        }
        return .success(layout)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The numbers of the text, which `init` has already checked.
    private var components: Components {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard case .success(let layout) = ISO8601Duration.parse(bytes) else { return Components() }
            func value(_ order: Int) -> Decimal { ISO8601Duration.decimal(in: bytes, at: layout[order]) }
            return Components(
                years: value(0),
                months: value(1),
                weeks: value(2),
                days: value(3),
                hours: value(4),
                minutes: value(5),
                seconds: value(6)
            )
        }
    }

    /// The number of the component whose designator has that `order` in `YMWDHMS`, or zero.
    private func component(_ order: Int) -> Decimal {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard case .success(let layout) = ISO8601Duration.parse(bytes) else { return 0 }
            return ISO8601Duration.decimal(in: bytes, at: layout[order])
        }
    }

    private static func decimal(in bytes: UnsafeBufferPointer<UInt8>, at range: Range<Int>?) -> Decimal {
        guard let range else { return 0 }
        return decimal(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// The value of digits with an optional `.` or `,` fraction, exact up to Decimal's 38 significant digits.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal {
        var significand = Decimal(0)
        var chunk: UInt64 = 0
        var chunkDigits = 0
        var fractionDigits = 0
        var inFraction = false
        for byte in bytes {
            guard isDigit(byte) else {
                inFraction = true
                continue
            }
            chunk = chunk * 10 + UInt64(byte - UInt8(ascii: "0"))
            chunkDigits += 1
            if inFraction { fractionDigits += 1 }
            if chunkDigits == 18 {
                significand = significand * Decimal(sign: .plus, exponent: 18, significand: 1) + Decimal(chunk)
                chunk = 0
                chunkDigits = 0
            }
        }
        if chunkDigits > 0 {
            significand = significand * Decimal(sign: .plus, exponent: chunkDigits, significand: 1) + Decimal(chunk)
        }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: significand)
    }

    /// What equality compares: the calendar parts as written, and the time part in whole hundredths.
    private struct ComparisonKey: Hashable {
        var years: Decimal
        var months: Decimal
        var days: Decimal
        var hundredths: Decimal

        init(_ components: Components) {
            var timeHundredths = (components.hours * 3_600 + components.minutes * 60 + components.seconds) * 100
            var truncated = Decimal()
            NSDecimalRound(&truncated, &timeHundredths, 0, .down)
            years = components.years
            months = components.months
            days = components.weeks * 7 + components.days
            hundredths = truncated
            // One representation per value, so that hashing agrees with Decimal's value equality.
            NSDecimalCompact(&years)
            NSDecimalCompact(&months)
            NSDecimalCompact(&days)
            NSDecimalCompact(&hundredths)
        }
    }
}

extension ISO8601Duration: Hashable {
    /// Whether the two durations are equal at 0.01 s: same years, months and days (a week being
    /// 7 days), and the same time part in whole hundredths of a second, truncated.
    public static func == (lhs: ISO8601Duration, rhs: ISO8601Duration) -> Bool {
        lhs.text == rhs.text || ComparisonKey(lhs.components) == ComparisonKey(rhs.components)
    }

    /// Hashes what equality compares, so `PT60S` and `PT1M` hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ComparisonKey(components))
    }
}

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

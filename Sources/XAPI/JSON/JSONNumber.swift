/// A JSON number, kept exactly as it was written.
///
/// The lexeme (`"95"`, `"0.950"`, `"1e2"`) survives parsing and writing unchanged, so a score is
/// never rounded on its way through the SDK. Two numbers are equal when their decimal values are
/// equal, whatever their spelling: `1`, `1.0` and `10e-1` are the same number.
///
/// ```swift
/// let raw = JSONNumber(lexeme: "95.50")   // keeps "95.50"
/// raw?.doubleValue                        // 95.5
/// ```
public struct JSONNumber: Sendable {
    /// The number as written, following the RFC 8259 grammar.
    public let lexeme: String

    /// Creates a number from text, when it follows the RFC 8259 number grammar exactly.
    public init?(lexeme: String) {
        let bytes = Array(lexeme.utf8)
        let length = bytes.withUnsafeBufferPointer { JSONNumber.grammarLength(of: $0, from: 0) }
        guard let length, length == bytes.count else { return nil }
        self.lexeme = lexeme
    }

    /// Creates a number from a lexeme the parser has already checked.
    init(uncheckedLexeme: String) {
        self.lexeme = uncheckedLexeme
    }

    /// Creates an integer number.
    public init(_ value: Int) {
        self.lexeme = String(value)
    }

    /// Creates a number from a finite `Double`, spelled with the shortest text that reads back to it
    /// (`17` for a whole number, `0.85`, `1e-05`).
    ///
    /// Returns `nil` for infinities and NaN, which JSON cannot represent.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        // Whole numbers are written as integers ("17", not "17.0"), as people and most producers write them.
        if value.rounded() == value, abs(value) < 1e15 {
            self.lexeme = String(Int64(value))
        } else {
            self.lexeme = value.description
        }
    }

    /// The nearest `Double` (infinite when the number is beyond `Double`'s range).
    public var doubleValue: Double {
        Double(lexeme) ?? .nan
    }

    /// The value as an `Int64`, when it is a whole number within range (`"1.0e2"` gives 100).
    public var int64Value: Int64? {
        let decimal = canonical
        if decimal.digits.isEmpty { return 0 }
        guard decimal.exponent >= 0, decimal.digits.count + decimal.exponent <= 19 else { return nil }
        let text = decimal.digits + String(repeating: "0", count: decimal.exponent)
        return decimal.negative ? Int64("-" + text) : Int64(text)
    }

    /// Whether the number has no fractional part (`2`, `2.0` and `2e0` all do not).
    public var isInteger: Bool {
        canonical.exponent >= 0
    }
}

extension JSONNumber: ExpressibleByIntegerLiteral {
    /// Creates an integer number.
    public init(integerLiteral value: Int) { self.init(value) }
}

extension JSONNumber: ExpressibleByFloatLiteral {
    /// Creates a number from a finite floating-point literal.
    public init(floatLiteral value: Double) {
        guard let number = JSONNumber(value) else { preconditionFailure("JSON numbers are finite, got \(value)") }
        self = number
    }
}

extension JSONNumber: CustomStringConvertible {
    /// The lexeme.
    public var description: String { lexeme }
}

extension JSONNumber: Hashable, Comparable {
    /// Whether two numbers have the same decimal value, however they are written.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.lexeme == rhs.lexeme || lhs.canonical == rhs.canonical
    }

    /// Hashes the decimal value, so that equal numbers hash alike.
    public func hash(into hasher: inout Hasher) {
        feedCanonicalForm { hasher.combine($0) }
    }

    /// Orders numbers by their decimal values, exactly.
    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        // Rounding to Double keeps order (it is monotonic): differing doubles decide at once,
        // and only equal ones need the exact decimal comparison.
        let left = lhs.doubleValue
        let right = rhs.doubleValue
        if left != right, !left.isNaN, !right.isNaN { return left < right }
        return lhs.canonical < rhs.canonical
    }
}

extension JSONNumber {
    /// The decimal value as sign, significant digits and a power of ten, so that comparisons are exact.
    struct Canonical: Hashable, Comparable {
        /// Set only when the value is not zero.
        var negative: Bool
        /// Significant digits without leading or trailing zeros; empty for zero.
        var digits: String
        /// The value is `digits × 10^exponent`.
        var exponent: Int

        static func < (lhs: Canonical, rhs: Canonical) -> Bool {
            if lhs.negative != rhs.negative { return lhs.negative }
            return lhs.negative ? magnitudeLess(rhs, lhs) : magnitudeLess(lhs, rhs)
        }

        private static func magnitudeLess(_ lhs: Canonical, _ rhs: Canonical) -> Bool {
            if lhs.digits.isEmpty || rhs.digits.isEmpty { return lhs.digits.isEmpty && !rhs.digits.isEmpty }
            // The position of the leading digit decides, then the digits themselves.
            let lhsMagnitude = lhs.digits.count + lhs.exponent
            let rhsMagnitude = rhs.digits.count + rhs.exponent
            if lhsMagnitude != rhsMagnitude { return lhsMagnitude < rhsMagnitude }
            return lhs.digits.utf8.lexicographicallyPrecedes(rhs.digits.utf8)
        }
    }

    /// Feeds the decimal value to `feed` as text (`+95e-1`, or `0` for zero) without allocating,
    /// so that hashing and fingerprints cost no more than reading the lexeme.
    package func feedCanonicalForm(_ feed: (UInt8) -> Void) {
        var text = lexeme
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
            if negative { index = 1 }
            let mantissaStart = index
            var dot: Int?
            while index < count, bytes[index] != UInt8(ascii: "e"), bytes[index] != UInt8(ascii: "E") {
                if bytes[index] == UInt8(ascii: ".") { dot = index }
                index += 1
            }
            let mantissaEnd = index
            var exponent = 0
            if index < count {
                index += 1
                var exponentNegative = false
                if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    exponentNegative = bytes[index] == UInt8(ascii: "-")
                    index += 1
                }
                while index < count {
                    exponent = min(exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")), Self.exponentLimit)
                    index += 1
                }
                if exponentNegative { exponent = -exponent }
            }
            if let dot { exponent -= mantissaEnd - dot - 1 }
            func isSignificant(_ at: Int) -> Bool {
                bytes[at] != UInt8(ascii: ".") && bytes[at] != UInt8(ascii: "0")
            }
            guard let first = (mantissaStart..<mantissaEnd).first(where: isSignificant),
                let last = (mantissaStart..<mantissaEnd).last(where: isSignificant)
            else {
                feed(UInt8(ascii: "0"))
                return
            }
            // Trailing zeros move into the exponent.
            exponent += (last + 1..<mantissaEnd).count - (dot.map { $0 > last ? 1 : 0 } ?? 0)
            feed(negative ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            for at in first...last where bytes[at] != UInt8(ascii: ".") { feed(bytes[at]) }
            feed(UInt8(ascii: "e"))
            for unit in String(exponent).utf8 { feed(unit) }
        }
    }

    /// Exponents beyond this are clamped; no real value comes near it.
    private static let exponentLimit = 1_000_000_000_000_000

    /// The decimal value, read from ``feedCanonicalForm(_:)`` so that both share one reading of the lexeme.
    var canonical: Canonical {
        var text: [UInt8] = []
        feedCanonicalForm { text.append($0) }
        guard let exponentMark = text.firstIndex(of: UInt8(ascii: "e")) else {
            return Canonical(negative: false, digits: "", exponent: 0)
        }
        let exponent = Int(String(decoding: text[(exponentMark + 1)...], as: UTF8.self)) ?? 0
        return Canonical(
            negative: text[0] == UInt8(ascii: "-"),
            digits: String(decoding: text[1..<exponentMark], as: UTF8.self),
            exponent: exponent
        )
    }

    /// The length of the RFC 8259 number starting at `start`, or `nil` when none starts there.
    ///
    /// The parser and ``init(lexeme:)`` share this grammar.
    static func grammarLength(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let end = bytes.count
        @inline(__always) func digit(_ at: Int) -> Bool {
            at < end && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9")
        }
        if index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(index) else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while digit(index) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { return nil }
            while digit(index) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digit(index) else { return nil }
            while digit(index) { index += 1 }
        }
        return index - start
    }
}

import Foundation

/// Reading the text of a duration: ISO 8601:2004 §4.4.3.2, `P[nY][nM][nW][nD][T[nH][nM][nS]]`, and the
/// exact value of each component's number.
extension ISO8601Duration {
    /// Where each component's number sits in the text, by the order of its designator in `YMWDHMS`.
    ///
    /// Seven fields rather than an array, so that checking a duration allocates nothing.
    struct Layout {
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

    struct Failure: Error {
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
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Layout, Failure> {
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

    static func decimal(in bytes: UnsafeBufferPointer<UInt8>, at range: Range<Int>?) -> Decimal {
        guard let range else { return 0 }
        return decimal(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// The value of digits with an optional `.` or `,` fraction, exact up to Decimal's 38 significant digits.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal {
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
}

import Digest
public import Foundation

/// A statement's id: a UUID (xAPI Data 2.4.1), kept as 128 bits with its text as written.
///
/// The one UUID syntax of the SDK: the models, the validator, the export checks and the uploader's
/// journal all read ids through it. Equality and hashing use the bits, so an upper-case id equals
/// its lower-case spelling, as xAPI says; the text as written survives a round trip.
///
/// ```swift
/// let id = try StatementID("5B0A3B0E-2F57-4A2C-9D6E-3C1F0E8A9B7D")
/// id == (try StatementID("5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7d"))  // true
/// let fresh = StatementID()  // a random (version 4) UUID
/// ```
public struct StatementID: TextValue, Comparable {
    /// The first 64 bits, most significant first.
    public let high: UInt64
    /// The last 64 bits.
    public let low: UInt64
    /// The text as written; `nil` for ids made from bits, written lower-case.
    private let writtenText: String?

    /// Checks that `text` is a UUID written 8-4-4-4-12 in hexadecimal digits of either case.
    ///
    /// - Throws: ``ValueFormatError`` for any other text.
    public init(_ text: String) throws(ValueFormatError) {
        guard let bits = Self.bits(of: text) else {
            throw ValueFormatError(
                typeName: "UUID",
                text: text,
                reason: "a UUID is 32 hexadecimal digits grouped 8-4-4-4-12"
            )
        }
        high = bits.high
        low = bits.low
        writtenText = text
    }

    /// The id with these bits, written in lower case.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
        writtenText = nil
    }

    /// The id of a Foundation `UUID`.
    public init(_ uuid: UUID) {
        let bytes = uuid.uuid
        let words = withUnsafeBytes(of: bytes) { raw in
            raw.enumerated().reduce(into: (UInt64(0), UInt64(0))) { words, byte in
                if byte.offset < 8 {
                    words.0 = words.0 << 8 | UInt64(byte.element)
                } else {
                    words.1 = words.1 << 8 | UInt64(byte.element)
                }
            }
        }
        self.init(high: words.0, low: words.1)
    }

    /// A new random (version 4) id.
    public init() {
        self.init(UUID())
    }

    /// Whether `text` is a UUID in the 8-4-4-4-12 form, without making an id.
    public static func isValid(_ text: String) -> Bool {
        bits(of: text) != nil
    }

    /// The text as written, or the lower-case form for an id made from bits.
    public var text: String {
        writtenText ?? canonicalText
    }

    /// The lower-case 8-4-4-4-12 form, whatever the spelling read.
    public var canonicalText: String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for nibble in 0..<32 {
                if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = nibble < 16 ? high : low
                let shift = UInt64(60 - (nibble % 16) * 4)
                buffer[position] = digits[Int((word >> shift) & 0xF)]
                position += 1
            }
            return position
        }
    }

    /// The same id as a Foundation `UUID`.
    public var uuid: UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> UInt64(56 - index * 8))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> UInt64(56 - index * 8))
        }
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            )
        )
    }

    /// The id's bits mixed into 64 (MurmurHash3's finalizer), so that ids that differ little, such as
    /// sequential ones, spread evenly over hash tables.
    package var mixed: UInt64 {
        (high ^ low.avalanched).avalanched
    }

    /// Reads the 8-4-4-4-12 hexadecimal form; `nil` for anything else.
    private static func bits(of text: String) -> (high: UInt64, low: UInt64)? {
        guard text.utf8.count == 36 else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            var words: (UInt64, UInt64) = (0, 0)
            var digits = 0
            for position in 0..<36 {
                let byte = bytes[position]
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard byte == UInt8(ascii: "-") else { return nil }
                    continue
                }
                guard let value = Hex.value(ofDigit: byte) else { return nil }
                if digits < 16 {
                    words.0 = words.0 << 4 | UInt64(value)
                } else {
                    words.1 = words.1 << 4 | UInt64(value)
                }
                digits += 1
            }
            return (words.0, words.1)
        }
    }
}

extension StatementID {
    /// Whether both name the same UUID, however each is written.
    public static func == (lhs: StatementID, rhs: StatementID) -> Bool {
        lhs.high == rhs.high && lhs.low == rhs.low
    }

    /// Hashes the bits.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(high)
        hasher.combine(low)
    }

    /// Orders ids by their bits.
    public static func < (lhs: StatementID, rhs: StatementID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}

/// Eight bytes of text read as one 64-bit word, to find the bytes a scan stops at without a test per byte
/// (SWAR: SIMD within a register).
///
/// Each query returns a mask with the high bit of every flagged byte set. A byte is zero in x when x - 1
/// borrows into its high bit while x's high bit is clear; a borrow only spills upwards, so the lowest flag is
/// always a true one (a higher one may follow from it): read `firstFlagged` to find where the scan stops.
///
/// ```swift
/// let word = ByteWord(UnsafeRawPointer(base), at: index)
/// let stop = word.bytes(equalTo: UInt8(ascii: "\"")) | word.bytes(below: 0x20)
/// if stop != 0 { index += ByteWord.firstFlagged(in: stop) }
/// ```
struct ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes, the first in the low byte.
    let value: UInt64

    /// The eight bytes from `offset` of the text at `raw`, which must have eight bytes there.
    @inline(__always)
    init(_ raw: UnsafeRawPointer, at offset: Int) {
        value = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The bytes equal to `byte`.
    @inline(__always)
    func bytes(equalTo byte: UInt8) -> UInt64 {
        let difference = value ^ (Self.ones &* UInt64(byte))
        return (difference &- Self.ones) & ~difference & Self.highs
    }

    /// The bytes below `limit` (at most 0x80): the control characters for 0x20.
    @inline(__always)
    func bytes(below limit: UInt8) -> UInt64 {
        (value &- (Self.ones &* UInt64(limit))) & ~value & Self.highs
    }

    /// The bytes outside ASCII.
    @inline(__always)
    var nonASCII: UInt64 { value & Self.highs }

    /// How many bytes are UTF-8 continuation bytes (`10xxxxxx`): a column is counted for every other byte.
    @inline(__always)
    var continuationByteCount: Int {
        // The high bit set and the next bit (shifted into the high bit) clear; the flags, moved to each byte's
        // low bit, are summed into the top byte by the multiplication.
        let continuations = (value & ~(value << 1) & Self.highs) >> 7
        return Int((continuations &* Self.ones) >> 56)
    }

    /// How many bytes come before the first flagged one of a non-zero mask.
    @inline(__always)
    static func firstFlagged(in mask: UInt64) -> Int {
        mask.trailingZeroBitCount >> 3
    }
}

import Digest
import XAPI

/// One statement as the journal stores it: a framed, checksummed record.
///
/// Layout, little-endian: magic `ETR1` (4 bytes), body length (4), CRC-32C of the length field and the
/// body (4), then the body: statement id (16 bytes), enqueue time in milliseconds since 1970 (8), and
/// the statement's JSON bytes exactly as they will be sent. The magic lets recovery find the next record
/// after a damaged one without checksumming every byte offset; the checksum covers the length so that a
/// flipped length cannot pass for a shorter record.
struct JournalRecord: Sendable, Equatable {
    /// `ETR1` read as a little-endian 32-bit word.
    static let magic: UInt32 = 0x3152_5445
    /// Magic, length and checksum.
    static let headerSize = 12
    /// Id and enqueue time.
    static let bodyPrefixSize = 24
    /// A body larger than this is taken for damage: no statement the uploader accepts comes near it.
    static let maximumBodySize = 64 << 20

    let id: StatementID
    /// When `enqueue` accepted the statement, in milliseconds since 1970: the age bound counts from it.
    let enqueuedAt: Int64
    /// The statement's JSON, sent byte for byte.
    let statement: [UInt8]

    /// The whole record's size on disk.
    var size: Int { Self.headerSize + Self.bodyPrefixSize + statement.count }

    /// The record's bytes.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        Self.append(Self.magic, to: &bytes)
        Self.append(UInt32(Self.bodyPrefixSize + statement.count), to: &bytes)
        Self.append(UInt32(0), to: &bytes)
        Self.append(id.high.bigEndian, to: &bytes)
        Self.append(id.low.bigEndian, to: &bytes)
        Self.append(UInt64(bitPattern: enqueuedAt), to: &bytes)
        bytes.append(contentsOf: statement)
        let checksum = Self.checksum(of: bytes, at: 0)
        withUnsafeBytes(of: checksum.littleEndian) { bytes.replaceSubrange(8..<12, with: $0) }
        return bytes
    }

    /// What is at `offset` in `bytes`: a record with its size, or why there is none.
    enum Reading: Equatable {
        case record(JournalRecord, size: Int)
        /// Fewer bytes remain than the header or the body it announces: the tail of an interrupted write.
        case truncated
        /// The bytes there are not a record: wrong magic, impossible length or checksum mismatch.
        case damaged
    }

    /// Reads the record starting at `offset`.
    static func read(_ bytes: [UInt8], at offset: Int) -> Reading {
        guard bytes.count - offset >= headerSize else { return .truncated }
        guard word(bytes, at: offset) == magic else { return .damaged }
        let length = Int(word(bytes, at: offset + 4))
        guard length >= bodyPrefixSize, length <= maximumBodySize else { return .damaged }
        guard bytes.count - offset - headerSize >= length else { return .truncated }
        guard word(bytes, at: offset + 8) == checksum(of: bytes, at: offset) else { return .damaged }
        let body = offset + headerSize
        let high = UInt64(bigEndian: doubleWord(bytes, at: body))
        let low = UInt64(bigEndian: doubleWord(bytes, at: body + 8))
        let enqueuedAt = Int64(bitPattern: doubleWord(bytes, at: body + 16))
        let record = JournalRecord(
            id: StatementID(high: high, low: low),
            enqueuedAt: enqueuedAt,
            statement: Array(bytes[(body + bodyPrefixSize)..<(body + length)])
        )
        return .record(record, size: headerSize + length)
    }

    /// The offset of the next position after `offset` where a record's magic appears, if any.
    static func nextMagic(in bytes: [UInt8], after offset: Int) -> Int? {
        var candidate = offset + 1
        while candidate + 4 <= bytes.count {
            if bytes[candidate] == 0x45, word(bytes, at: candidate) == magic { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The CRC-32C of the length field and the body of the record at `offset`, whose length is in range.
    private static func checksum(of bytes: [UInt8], at offset: Int) -> UInt32 {
        let length = Int(word(bytes, at: offset + 4))
        return bytes.withUnsafeBytes { raw in
            let lengthField = UnsafeRawBufferPointer(rebasing: raw[(offset + 4)..<(offset + 8)])
            let body = UnsafeRawBufferPointer(rebasing: raw[(offset + headerSize)..<(offset + headerSize + length)])
            return CRC32C.update(CRC32C.update(0, with: lengthField), with: body)
        }
    }

    private static func word(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    private static func doubleWord(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    private static func append<Word: FixedWidthInteger>(_ value: Word, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

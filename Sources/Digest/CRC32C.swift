/// The CRC-32C (Castagnoli) checksum, as used by iSCSI (RFC 3720), ext4 and SCTP.
///
/// Computed 8 bytes at a time with slicing-by-8 tables for the reflected polynomial 0x82F63B78.
package enum CRC32C: Sendable {
    /// The reflected Castagnoli polynomial.
    private static var polynomial: UInt32 { 0x82F6_3B78 }

    /// Eight 256-entry tables laid end to end: table k gives the CRC of a byte followed by k zero bytes.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) == 1 ? (crc >> 1) ^ polynomial : crc >> 1
            }
            tables[byte] = crc
        }
        for table in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(table - 1) * 256 + byte]
                tables[table * 256 + byte] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// Returns the CRC-32C of `bytes`; the checksum of no bytes is 0.
    package static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0
        ByteChunks.forEach(in: bytes) { crc = update(crc, with: $0) }
        return crc
    }

    /// Extends `crc`, the checksum of some bytes x, to the checksum of x followed by `bytes`.
    ///
    /// Takes and returns finished checksums (not the inverted register), so that
    /// `checksum(x + y) == update(checksum(x), with: y)` and a stored checksum can be resumed directly.
    package static func update(_ crc: UInt32, with bytes: UnsafeRawBufferPointer) -> UInt32 {
        tables.withUnsafeBufferPointer { table in
            var register = ~crc
            var offset = 0
            let count = bytes.count
            while count - offset >= 8 {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let low = UInt32(truncatingIfNeeded: word) ^ register
                let high = UInt32(truncatingIfNeeded: word &>> 32)
                register =
                    table[7 * 256 + Int(low & 0xFF)]
                    ^ table[6 * 256 + Int((low &>> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low &>> 16) & 0xFF)]
                    ^ table[4 * 256 + Int(low &>> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)]
                    ^ table[2 * 256 + Int((high &>> 8) & 0xFF)]
                    ^ table[1 * 256 + Int((high &>> 16) & 0xFF)]
                    ^ table[Int(high &>> 24)]
                offset += 8
            }
            while offset < count {
                register = table[Int((register ^ UInt32(bytes[offset])) & 0xFF)] ^ (register &>> 8)
                offset += 1
            }
            return ~register
        }
    }
}

import Digest
import TestSupport
import Testing

@Suite struct CRC32CTests {
    @Test func crc32cOfCheckString123456789() {
        #expect(CRC32C.checksum("123456789".utf8) == 0xE306_9283)
    }

    @Test func crc32cOfEmptyInputIsZero() {
        #expect(CRC32C.checksum([UInt8]()) == 0)
    }

    /// RFC 3720 Appendix B.4.
    @Test func crc32cOf32BytesMatchesRfc3720Examples() {
        #expect(CRC32C.checksum([UInt8](repeating: 0x00, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
        #expect(CRC32C.checksum((0..<32).reversed().map { UInt8($0) }) == 0x113F_DB5C)
    }

    @Test func crc32cOfLongInputMatchesBitwiseReference() {
        #expect(CRC32C.checksum(patternBytes(count: 5000)) == 0x2B79_D61E)
    }

    @Test func crc32cOfNonContiguousSequenceMatchesArray() {
        let lazyBytes = (0..<5000).lazy.map { UInt8(truncatingIfNeeded: 31 * $0 + 7) }
        #expect(CRC32C.checksum(lazyBytes) == 0x2B79_D61E)
    }

    @Test func crc32cIncrementalUpdateEqualsOneShotOnRandomSplits() {
        var generator = SplitMix64(seed: 0xC4C3_2C00)
        for _ in 0..<200 {
            let count = Int.random(in: 0...300, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let splitPoint = Int.random(in: 0...count, using: &generator)
            let head = CRC32C.checksum(bytes[..<splitPoint])
            let resumed = bytes[splitPoint...].withUnsafeBytes { CRC32C.update(head, with: $0) }
            #expect(resumed == CRC32C.checksum(bytes), "split \(count) bytes at \(splitPoint)")
        }
    }

    @Test func crc32cUpdateWithNothingKeepsChecksum() {
        let crc = CRC32C.checksum("123456789".utf8)
        #expect(CRC32C.update(crc, with: UnsafeRawBufferPointer(start: nil, count: 0)) == crc)
    }
}

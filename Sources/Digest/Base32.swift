/// Base 32 text encoding of bytes with the RFC 4648 §6 alphabet, written in lower case without padding.
///
/// Lower case without padding makes the text safe in file names, URLs and DNS labels.
package enum Base32: Sendable {
    private static let alphabet: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    /// Maps an ASCII code unit to its 5-bit value, or to `invalid`; both letter cases decode.
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: invalid, count: 256)
        for (value, codeUnit) in alphabet.enumerated() {
            values[Int(codeUnit)] = UInt8(value)
            if codeUnit >= UInt8(ascii: "a") {
                values[Int(codeUnit - UInt8(ascii: "a") + UInt8(ascii: "A"))] = UInt8(value)
            }
        }
        return values
    }()

    /// Marks code units outside the alphabet in ``values``.
    private static var invalid: UInt8 { 0xFF }

    /// The number of '=' that complete a final group of 8 characters, by the number of characters in that group;
    /// nil where no whole number of bytes ends a group with that many characters.
    private static let paddingCount: [Int?] = [0, nil, 6, nil, 4, 3, nil, 1]

    /// Returns `bytes` in lower-case base 32 without padding: 8 characters for every 5 bytes, fewer for a tail.
    package static func encode(_ bytes: some Sequence<UInt8>) -> String {
        ByteChunks.withContiguous(bytes) { encode($0) }
    }

    /// Encodes bytes in memory: the form a caller hashing into a stack buffer has (a pseudonym's 20 bytes).
    package static func encode(_ input: UnsafeRawBufferPointer) -> String {
        alphabet.withUnsafeBufferPointer { alphabet in
            let characterCount = (input.count * 8 + 4) / 5
            return String(unsafeUninitializedCapacity: characterCount) { output in
                var bits: UInt64 = 0
                var bitCount = 0
                var written = 0
                for byte in input {
                    bits = bits << 8 | UInt64(byte)
                    bitCount += 8
                    while bitCount >= 5 {
                        bitCount -= 5
                        output.initializeElement(at: written, to: alphabet[Int((bits >> bitCount) & 0x1F)])
                        written += 1
                    }
                }
                if bitCount > 0 {
                    output.initializeElement(at: written, to: alphabet[Int((bits << (5 - bitCount)) & 0x1F)])
                    written += 1
                }
                return written
            }
        }
    }

    /// Returns the bytes spelled by `text`, in upper or lower case, with or without complete '=' padding.
    ///
    /// Returns nil on any other character, on a length that no byte count encodes to, on partial padding, and on
    /// non-zero unused bits in the last character, so that every byte string has exactly one accepted spelling per
    /// letter case and padding choice.
    package static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { utf8 -> [UInt8]? in
            var characterCount = utf8.count
            while characterCount > 0, utf8[characterCount - 1] == UInt8(ascii: "=") {
                characterCount -= 1
            }
            guard let expectedPadding = paddingCount[characterCount % 8] else { return nil }
            let padding = utf8.count - characterCount
            guard padding == 0 || padding == expectedPadding else { return nil }

            return values.withUnsafeBufferPointer { values -> [UInt8]? in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(characterCount * 5 / 8)
                var bits: UInt64 = 0
                var bitCount = 0
                for codeUnit in utf8[..<characterCount] {
                    let value = values[Int(codeUnit)]
                    guard value != invalid else { return nil }
                    bits = bits << 5 | UInt64(value)
                    bitCount += 5
                    if bitCount >= 8 {
                        bitCount -= 8
                        bytes.append(UInt8(truncatingIfNeeded: bits >> bitCount))
                    }
                }
                guard bits & ((1 << bitCount) - 1) == 0 else { return nil }
                return bytes
            }
        }
    }
}

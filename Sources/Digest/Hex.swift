/// Base 16 text encoding of bytes (RFC 4648 §8), two digits per byte.
package enum Hex: Sendable {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Returns `bytes` as lower-case hexadecimal digits.
    package static func encode(_ bytes: some Sequence<UInt8>) -> String {
        ByteChunks.withContiguous(bytes) { input in
            digits.withUnsafeBufferPointer { digits in
                String(unsafeUninitializedCapacity: input.count * 2) { output in
                    for (index, byte) in input.enumerated() {
                        output.initializeElement(at: 2 * index, to: digits[Int(byte &>> 4)])
                        output.initializeElement(at: 2 * index + 1, to: digits[Int(byte & 0x0F)])
                    }
                    return input.count * 2
                }
            }
        }
    }

    /// Returns the bytes spelled by `text`, or nil unless it is an even number of digits in either case.
    package static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { utf8 -> [UInt8]? in
            guard utf8.count % 2 == 0 else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count / 2)
            var index = 0
            while index < utf8.count {
                guard let high = value(ofDigit: utf8[index]), let low = value(ofDigit: utf8[index + 1]) else {
                    return nil
                }
                bytes.append(high << 4 | low)
                index += 2
            }
            return bytes
        }
    }

    /// Whether `text` is exactly `length` hexadecimal digits of either case (40 for a SHA-1 such as
    /// `mbox_sha1sum`, 64 for a SHA-256...): the one hexadecimal check of the package.
    package static func isHexadecimal(_ text: String, length: Int) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.count == length && bytes.allSatisfy { value(ofDigit: $0) != nil }
        }
    }

    /// Returns the value of one ASCII hexadecimal digit, or nil for any other code unit; inlinable, since the
    /// UUID and hash checks of other modules call it once per digit.
    @inlinable @inline(__always)
    package static func value(ofDigit codeUnit: UInt8) -> UInt8? {
        switch codeUnit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): codeUnit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): codeUnit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): codeUnit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

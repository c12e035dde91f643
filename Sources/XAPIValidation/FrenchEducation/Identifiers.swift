/// Recognises the identifiers the French education profile cares about: INEs and UAIs (the SDK's
/// pseudonyms are `IdentifierSyntax.isPseudonym`, shared with the pseudonymizer).
///
/// ```swift
/// Identifiers.isINE("1234567890A")             // true
/// Identifiers.uaiCheckLetter(of: "0750654")    // "D"
/// ```
enum Identifiers {
    /// The letters of the UAI check key, in order: the alphabet without I, O and Q.
    static let uaiLetters = Array("ABCDEFGHJKLMNPRSTUVWXYZ")

    /// Whether `text` is an INE as a whole: 10 digits and a letter, or 9 digits and two letters.
    static func isINE(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 11 && ineLength(in: bytes, at: 0) == 11
    }

    /// Whether `text` contains an INE as a token (not inside a longer run of letters and digits).
    static func containsINE(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let startsToken = index == 0 || !isAlphanumeric(bytes[index - 1])
            if startsToken, isDigit(bytes[index]), let length = ineLength(in: bytes, at: index) {
                let end = index + length
                if end == bytes.count || !isAlphanumeric(bytes[end]) { return true }
            }
            index += 1
        }
        return false
    }

    /// The length of the INE starting at `start` (11), or `nil` when none starts there.
    private static func ineLength(in bytes: [UInt8], at start: Int) -> Int? {
        guard start + 11 <= bytes.count else { return nil }
        var digits = 0
        while digits < 10, isDigit(bytes[start + digits]) { digits += 1 }
        let letters = bytes[(start + digits)..<(start + 11)].allSatisfy(isLetter)
        return (digits == 10 || digits == 9) && letters ? 11 : nil
    }

    /// The check letter of a UAI's 7 digits: the digits as a number modulo 23, as a letter of ``uaiLetters``.
    static func uaiCheckLetter(of digits: some StringProtocol) -> Character? {
        guard digits.utf8.count == 7, let number = Int(digits), digits.utf8.allSatisfy(isDigit) else { return nil }
        return uaiLetters[number % 23]
    }

    /// The UAI prefixes of the départements and overseas territories: 001 to 095 (no 020: Corsica is 620 and
    /// 720), 971 to 978 and 986 to 988.
    static func isKnownUAIPrefix(_ prefix: Int) -> Bool {
        (1...95).contains(prefix) && prefix != 20 || prefix == 620 || prefix == 720 || (971...978).contains(prefix)
            || (986...988).contains(prefix)
    }

    /// Whether `text` starts with the ASCII `prefix`, comparing bytes (ASCII letters without case when asked).
    static func hasPrefix(_ text: String, _ prefix: String, caseInsensitive: Bool = false) -> Bool {
        let written = text.utf8
        let expected = prefix.utf8
        guard written.count >= expected.count else { return false }
        // Native strings lend their bytes: compare them in place (the common case, and many prefixes are long).
        let compared = written.withContiguousStorageIfAvailable { written in
            expected.withContiguousStorageIfAvailable { expected in
                for index in expected.indices where written[index] != expected[index] {
                    guard caseInsensitive, isLetter(written[index]), written[index] | 0x20 == expected[index] | 0x20
                    else { return false }
                }
                return true
            }
        }
        if let compared, let compared { return compared }
        var bytes = written.makeIterator()
        for expected in expected {
            guard let byte = bytes.next() else { return false }
            if byte == expected { continue }
            guard caseInsensitive, isLetter(byte), byte | 0x20 == expected | 0x20 else { return false }
        }
        return true
    }

    /// Calls `body` with the UTF-8 bytes of `text`, in place for a native string.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }

    static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
}

import Foundation

/// The UTF-8 text a statement was parsed from, lent to this module's rule sets while they check it, so
/// that a search for something rare can look at the bytes once instead of walking every value.
///
/// It borrows the validator's buffer: it is valid only during ``RuleSet/check(_:in:recorder:)``, and no
/// rule set keeps it. It is `Sendable` only so that ``CheckingContext`` stays so; it never leaves the
/// check that received it.
struct StatementText: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether some string or key of the statement can contain `word`, a sequence of ASCII letters:
    /// `false` only when the word is not written in the text and no `\u` escape could spell it (any other
    /// escape stands for a character that is not a letter).
    func mayContain(letters word: [UInt8]) -> Bool {
        guard let first = word.first, let base = bytes.baseAddress else { return false }
        let start = UnsafeRawPointer(base)
        // `memchr` (vectorised by the C library) finds the few backslashes and first letters of a statement.
        func next(_ byte: UInt8, from offset: Int) -> Int? {
            guard offset < bytes.count, let found = memchr(start + offset, Int32(byte), bytes.count - offset) else {
                return nil
            }
            return start.distance(to: UnsafeRawPointer(found))
        }
        var offset = 0
        while let backslash = next(UInt8(ascii: "\\"), from: offset) {
            if backslash + 1 < bytes.count, bytes[backslash + 1] == UInt8(ascii: "u") { return true }
            // The escaped character is not a letter and cannot start the word.
            offset = backslash + 2
        }
        offset = 0
        while let candidate = next(first, from: offset) {
            let matches = word.withUnsafeBytes { word in
                guard candidate + word.count <= bytes.count, let expected = word.baseAddress else { return false }
                return memcmp(start + candidate, expected, word.count) == 0
            }
            if matches { return true }
            offset = candidate + 1
        }
        return false
    }
}

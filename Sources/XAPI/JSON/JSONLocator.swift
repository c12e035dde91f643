/// Finds where a value is written in JSON text, given its pointer: the line and column of a finding.
///
/// It follows only the structure (strings, escapes, brackets), without building values, and is meant to
/// run after a document was parsed, for the few values a report points at. Text that is not JSON gives
/// `nil`, never a crash.
///
/// ```swift
/// let text = Array("{\n  \"actor\": {\"mbox\": \"x\"}\n}".utf8)
/// let offset = text.withUnsafeBufferPointer { JSONLocator.offset(of: JSONPointer("/actor/mbox")!, in: $0) }
/// ```
public enum JSONLocator {
    /// The byte offset where the value named by `pointer` starts in `bytes`, or `nil` when it is not there.
    ///
    /// When an object repeats a key, the first member counts, as in ``JSONParser``'s duplicate-key recovery.
    public static func offset(of pointer: JSONPointer, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        for token in pointer.tokens {
            guard let next = scanner.enter(token) else { return nil }
            scanner.index = next
        }
        return scanner.index < bytes.count ? scanner.index : nil
    }

    /// The line and column of the value named by `pointer`, or `nil` when it is not there.
    public static func position(of pointer: JSONPointer, in bytes: UnsafeBufferPointer<UInt8>) -> TextPosition? {
        offset(of: pointer, in: bytes).map { TextPosition(of: $0, in: bytes) }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The offset of the child named by `token` of the container at `index`.
        mutating func enter(_ token: JSONPointer.Token) -> Int? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                var key = token.text
                return key.withUTF8 { member(named: $0) }
            case UInt8(ascii: "["):
                guard let position = token.arrayIndex else { return nil }
                return element(at: position)
            default:
                return nil
            }
        }

        private mutating func member(named key: UnsafeBufferPointer<UInt8>) -> Int? {
            index += 1
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
                guard let matches = readKey(comparingWith: key) else { return nil }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                skipWhitespace()
                if matches { return index }
                guard skipValue() else { return nil }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
        }

        private mutating func element(at position: Int) -> Int? {
            index += 1
            var current = 0
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { return nil }
                if current == position { return index }
                guard skipValue() else { return nil }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                current += 1
            }
        }

        /// Reads a key and says whether it is `key`; `nil` when the text ends first.
        ///
        /// A key without escapes (nearly all) is compared where it lies; one with escapes is decoded first.
        private mutating func readKey(comparingWith key: UnsafeBufferPointer<UInt8>) -> Bool? {
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
            guard end < bytes.count else { return nil }
            if bytes[end] == UInt8(ascii: "\"") {
                index = end + 1
                return end - start == key.count && UnsafeBufferPointer(rebasing: bytes[start..<end]).elementsEqual(key)
            }
            // Escapes are decoded by the parser's own string reading, never by a second decoder here.
            var reader = JSONReader(bytes: bytes, maxDepth: 1)
            reader.index = index
            guard let decoded = try? reader.parseString() else { return nil }
            index = reader.index
            return decoded.utf8.elementsEqual(key)
        }

        /// Skips one value of any kind; `false` when the text ends first.
        private mutating func skipValue() -> Bool {
            var depth = 0
            var strings = JSONStringTracker()
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch strings.role(of: byte) {
                case .closingQuote:
                    if depth == 0 { return true }
                    continue
                case .openingQuote, .inside:
                    continue
                case .structure:
                    break
                }
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 {
                        // The end of the container that holds a scalar value.
                        index -= 1
                        return true
                    }
                    depth -= 1
                    if depth == 0 { return true }
                case UInt8(ascii: ","):
                    if depth == 0 {
                        index -= 1
                        return true
                    }
                default:
                    if depth == 0, byte.isJSONWhitespace {
                        index -= 1
                        return true
                    }
                }
            }
            return depth == 0 && !strings.inString
        }

        mutating func skipWhitespace() {
            while index < bytes.count, bytes[index].isJSONWhitespace { index += 1 }
        }
    }
}

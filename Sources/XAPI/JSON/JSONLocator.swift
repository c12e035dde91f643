import Foundation

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

    /// The line and column of each value named in `pointers`, in their order: what
    /// ``position(of:in:)`` gives for each, in one pass over the text however many there are.
    ///
    /// ```swift
    /// let positions = text.withUnsafeBufferPointer { JSONLocator.positions(of: findings.map(\.path), in: $0) }
    /// ```
    public static func positions(of pointers: [JSONPointer], in bytes: UnsafeBufferPointer<UInt8>) -> [TextPosition?] {
        let offsets = offsets(of: pointers, in: bytes)
        let found = offsets.compactMap { $0 }
        guard !found.isEmpty else { return offsets.map { _ in nil } }
        var positions = TextPosition.positions(of: found, in: bytes).makeIterator()
        return offsets.map { offset in offset == nil ? nil : positions.next() }
    }

    /// The byte offset of each value named in `pointers`, in their order: what ``offset(of:in:)`` gives for
    /// each, in one pass over the text.
    ///
    /// The text is read once, in order: a container is entered only when a pointer goes through it, and
    /// every other value is skipped. The walk keeps its own stack, so a deep pointer costs no call stack.
    ///
    /// ```swift
    /// let pointers = [JSONPointer("/actor/mbox")!, JSONPointer("/verb/id")!]
    /// let offsets = text.withUnsafeBufferPointer { JSONLocator.offsets(of: pointers, in: $0) }
    /// ```
    public static func offsets(of pointers: [JSONPointer], in bytes: UnsafeBufferPointer<UInt8>) -> [Int?] {
        var walk = PointerWalk(pointers: pointers, bytes: bytes)
        walk.run()
        return walk.offsets
    }

    /// A cursor over the text that reads keys and skips values as ``offset(of:in:)`` does.
    struct Scanner {
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
                return member(named: token)
            case UInt8(ascii: "["):
                guard let position = token.arrayIndex else { return nil }
                return element(at: position)
            default:
                return nil
            }
        }

        private mutating func member(named token: JSONPointer.Token) -> Int? {
            index += 1
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
                guard let key = readKey() else { return nil }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                skipWhitespace()
                if self.key(key, is: token) { return index }
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

        /// A key as read: where it lies in the text when it has no escape (nearly all), else decoded.
        enum Key {
            case written(Range<Int>)
            case decoded(String)
        }

        /// Reads the key whose opening quote is at `index`; `nil` when the text ends first or the key is
        /// not a JSON string.
        mutating func readKey() -> Key? {
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
            guard end < bytes.count else { return nil }
            if bytes[end] == UInt8(ascii: "\"") {
                index = end + 1
                return .written(start..<end)
            }
            // Escapes are decoded by the parser's own string reading, never by a second decoder here.
            var reader = JSONReader(bytes: bytes, maxDepth: 1)
            reader.index = index
            guard let decoded = try? reader.parseString() else { return nil }
            index = reader.index
            return .decoded(decoded)
        }

        /// Whether `key` is the member name `token` selects.
        func key(_ key: Key, is token: JSONPointer.Token) -> Bool {
            var name = token.text
            switch key {
            case .written(let range):
                // Lengths first: most keys passed over differ in length from the name looked for.
                guard name.utf8.count == range.count else { return false }
                return name.withUTF8 { name in
                    guard let written = bytes.baseAddress, let expected = name.baseAddress else { return true }
                    return memcmp(written + range.lowerBound, expected, range.count) == 0
                }
            case .decoded(let decoded):
                return decoded.utf8.elementsEqual(name.utf8)
            }
        }

        /// Skips one value of any kind, or with `openContainers` 1 the rest of the container the cursor is
        /// in; `false` when the text ends first.
        mutating func skipValue(openContainers: Int = 0) -> Bool {
            var depth = openContainers
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    guard skipStringContent() else { return false }
                    if depth == 0 { return true }
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
            return depth == 0
        }

        /// Skips a string's content and its closing quote (the opening one is behind the cursor), eight
        /// bytes at a time up to the next quote or backslash; `false` when the text ends first.
        private mutating func skipStringContent() -> Bool {
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = ByteWord(raw, at: index)
                let found = word.bytes(equalTo: UInt8(ascii: "\"")) | word.bytes(equalTo: UInt8(ascii: "\\"))
                guard found != 0 else {
                    index += 8
                    continue
                }
                index += ByteWord.firstFlagged(in: found)
                if bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    return true
                }
                // An escape's second byte is never the end of the string, whatever it is.
                index += 2
            }
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte == UInt8(ascii: "\\") { index += 1 }
            }
            return false
        }

        mutating func skipWhitespace() {
            while index < bytes.count, bytes[index].isJSONWhitespace { index += 1 }
        }
    }
}

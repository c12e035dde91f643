/// A JSON Pointer (RFC 6901) naming one value inside a document, such as `/actor/account/name`.
///
/// Findings, decoding errors and policies use it to say exactly where a value is. Two pointers are
/// equal when their RFC 6901 texts are: `JSONPointer("/a/0")` equals `.root.appending("a").appending(0)`.
///
/// ```swift
/// let path = JSONPointer.root.appending("context").appending("contextActivities").appending("parent").appending(0)
/// path.description  // "/context/contextActivities/parent/0"
/// var statement: JSONValue = ["actor": ["name": "Ada"]]
/// try JSONPointer("/actor/name")?.remove(from: &statement)  // statement is now {"actor":{}}
/// ```
public struct JSONPointer: Sendable {
    /// One step of a pointer: an object member or an array element.
    public enum Token: Sendable, Hashable {
        /// The member with this key.
        case key(String)
        /// The element at this 0-based position.
        case index(Int)

        /// The token as RFC 6901 text, before escaping: an index is its decimal digits.
        public var text: String {
            switch self {
            case .key(let key): return key
            case .index(let index): return String(index)
            }
        }

        /// The array position this token selects: an index, or a key that spells one in RFC 6901's way
        /// (decimal digits without a leading zero).
        var arrayIndex: Int? {
            switch self {
            case .index(let index): return index
            case .key(let key):
                guard let index = Int(key), index >= 0, String(index) == key else { return nil }
                return index
            }
        }
    }

    /// The steps from the document's root.
    public var tokens: [Token]

    /// The pointer to the whole document (written as the empty string).
    public static let root = JSONPointer(tokens: [])

    /// Creates a pointer from its steps.
    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses the RFC 6901 text form (`""`, `"/actor/mbox"`, `"/a~1b/0"`); `nil` when it does not start with `/`
    /// or has a `~` that is not `~0` or `~1` (RFC 6901 §3, §7: invalid syntax).
    ///
    /// ```swift
    /// JSONPointer("/a~1b/~01")?.tokens  // [.key("a/b"), .key("~1")]
    /// JSONPointer("a/b")                // nil
    /// ```
    public init?(_ text: String) {
        // RFC 6901 is defined on code points, so the text is read byte by byte: `/`, `~`, `0` and `1` are ASCII,
        // and in UTF-8 an ASCII byte is never part of a longer sequence. Reading `Character`s would miss a `/` or
        // `~` that a combining mark joins into one grapheme cluster, such as "/\u{0338}".
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else {
            self.init(tokens: [])
            return
        }
        guard first == UInt8(ascii: "/") else { return nil }
        var tokens: [Token] = []
        var token: [UInt8] = []
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "/"):
                tokens.append(.key(String(decoding: token, as: UTF8.self)))
                token.removeAll(keepingCapacity: true)
            case UInt8(ascii: "~"):
                // One pass left to right decodes `~01` as `~1`, as RFC 6901 §4's order (`~1` first, then `~0`) does.
                switch bytes.next() {
                case UInt8(ascii: "0"): token.append(UInt8(ascii: "~"))
                case UInt8(ascii: "1"): token.append(UInt8(ascii: "/"))
                default: return nil
                }
            default:
                token.append(byte)
            }
        }
        tokens.append(.key(String(decoding: token, as: UTF8.self)))
        self.init(tokens: tokens)
    }

    /// This pointer followed by the member `key`.
    public func appending(_ key: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [.key(key)])
    }

    /// This pointer followed by the element at `index`.
    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(tokens: tokens + [.index(index)])
    }

    /// This pointer followed by `other`'s steps.
    public func appending(_ other: JSONPointer) -> JSONPointer {
        JSONPointer(tokens: tokens + other.tokens)
    }

    /// The pointer to the value that holds this one; `nil` for the root.
    public var parent: JSONPointer? {
        tokens.isEmpty ? nil : JSONPointer(tokens: Array(tokens.dropLast()))
    }

    /// Whether `prefix`'s steps begin this pointer's (a pointer is inside itself).
    public func hasPrefix(_ prefix: JSONPointer) -> Bool {
        prefix.tokens.count <= tokens.count
            && zip(prefix.tokens, tokens).allSatisfy { $0.text.hasSameBytes(as: $1.text) }
    }
}

extension JSONPointer: Hashable {
    /// Whether both pointers have the same RFC 6901 text.
    public static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.count == rhs.tokens.count
            && zip(lhs.tokens, rhs.tokens).allSatisfy { left, right in
                switch (left, right) {
                case (.index(let a), .index(let b)): return a == b
                default: return left.text.hasSameBytes(as: right.text)
                }
            }
    }

    /// Hashes the RFC 6901 text, so that equal pointers hash alike however their tokens were made.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(tokens.count)
        for token in tokens {
            switch token {
            case .key(let key): hasher.combine(Array(key.utf8))
            case .index(let index): hasher.combine(Array(String(index).utf8))
            }
        }
    }
}

extension JSONPointer {
    /// Why a pointer cannot set or remove a value in a document.
    public struct EditError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The pointer that was followed.
        public let pointer: JSONPointer
        /// What is missing or in the way.
        public let reason: String

        /// `/a/b: reason`.
        public var description: String { "\(pointer.description.isEmpty ? "/" : pointer.description): \(reason)" }
    }

    /// The value this pointer names inside `document`, if there is one.
    ///
    /// A key token that spells a number also selects an array element, as RFC 6901 says.
    public func value(in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let object):
                guard let next = object[token.text] else { return nil }
                current = next
            case .array(let array):
                guard let index = token.arrayIndex, array.indices.contains(index) else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Sets the value this pointer names: replaces it, adds an object member, or appends to an array
    /// when the last step is the array's length or `-` (RFC 6902's convention).
    ///
    /// - Throws: ``EditError`` when the parent does not exist or is not an object or array.
    public func set(_ value: JSONValue, in document: inout JSONValue) throws(EditError) {
        try edit(&document, depth: 0) { parent, token throws(EditError) in
            switch parent {
            case .object(var object):
                object[token.text] = value
                parent = .object(object)
            case .array(var array):
                if let index = token.arrayIndex, array.indices.contains(index) {
                    array[index] = value
                } else if token.arrayIndex == array.count || token.text == "-" {
                    array.append(value)
                } else {
                    throw EditError(pointer: self, reason: "no element \(token.text) in an array of \(array.count)")
                }
                parent = .array(array)
            default:
                throw EditError(pointer: self, reason: "the parent is \(parent.typeName), not an object or array")
            }
        }
    }

    /// Removes the value this pointer names and returns it.
    ///
    /// - Throws: ``EditError`` when there is no such value, or the pointer is the root.
    @discardableResult
    public func remove(from document: inout JSONValue) throws(EditError) -> JSONValue {
        var removed: JSONValue = .null
        try edit(&document, depth: 0) { parent, token throws(EditError) in
            switch parent {
            case .object(var object):
                guard let value = object.removeValue(forKey: token.text) else {
                    throw EditError(pointer: self, reason: "no member \"\(token.text)\"")
                }
                removed = value
                parent = .object(object)
            case .array(var array):
                guard let index = token.arrayIndex, array.indices.contains(index) else {
                    throw EditError(pointer: self, reason: "no element \(token.text) in an array of \(array.count)")
                }
                removed = array.remove(at: index)
                parent = .array(array)
            default:
                throw EditError(pointer: self, reason: "the parent is \(parent.typeName), not an object or array")
            }
        }
        return removed
    }

    /// Walks to the parent of the last step and lets `change` edit it in place.
    private func edit(
        _ value: inout JSONValue,
        depth: Int,
        _ change: (inout JSONValue, Token) throws(EditError) -> Void
    ) throws(EditError) {
        guard let last = tokens.last else { throw EditError(pointer: self, reason: "the root cannot be edited") }
        if depth == tokens.count - 1 {
            try change(&value, last)
            return
        }
        let token = tokens[depth]
        switch value {
        case .object(var object):
            guard var child = object[token.text] else {
                throw EditError(pointer: self, reason: "no member \"\(token.text)\" on the way")
            }
            // Take the child out first, so that editing it does not copy it.
            value = .null
            object[token.text] = .null
            // Put the child back whether or not the edit succeeded: a failed edit leaves the document as it was.
            defer {
                object[token.text] = child
                value = .object(object)
            }
            try edit(&child, depth: depth + 1, change)
        case .array(var array):
            guard let index = token.arrayIndex, array.indices.contains(index) else {
                throw EditError(pointer: self, reason: "no element \(token.text) on the way")
            }
            var child = array[index]
            value = .null
            array[index] = .null
            defer {
                array[index] = child
                value = .array(array)
            }
            try edit(&child, depth: depth + 1, change)
        default:
            throw EditError(pointer: self, reason: "\(value.typeName) on the way has no member \"\(token.text)\"")
        }
    }
}

extension JSONPointer: CustomStringConvertible {
    /// The RFC 6901 text form, with `~` written `~0` and `/` written `~1`.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            switch token {
            case .key(let key): text += Self.escaped(key)
            case .index(let index): text += String(index)
            }
        }
        return text
    }

    /// `key` with `~` written `~0` and `/` written `~1`.
    ///
    /// Reports write a pointer for every finding: most keys have neither byte and are taken as they are, the
    /// others are escaped byte by byte. Bytes, not `Character`s: `~` and `/` are ASCII, never part of a longer
    /// UTF-8 sequence, and RFC 6901 escapes them even when a combining mark follows (in `"a/\u{0338}b"` the `/`
    /// and the mark make one `Character`, and the `/` is still written `~1`).
    private static func escaped(_ key: String) -> String {
        let bytes = key.utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "~"): escaped.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "0")])
            case UInt8(ascii: "/"): escaped.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "1")])
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}

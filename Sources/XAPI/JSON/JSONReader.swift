/// The parser's cursor over one text: builds the tree with an explicit stack of open containers,
/// so that nesting costs heap, not call stack, and no depth can overflow a thread's stack.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    /// Reused for strings with escapes, so most strings are made without an intermediate copy.
    var scratch: [UInt8] = []
    /// When set, duplicate keys are recorded with their paths instead of thrown.
    var recordsDuplicates = false
    var duplicates: [JSONParser.DuplicateKey] = []

    /// An array or object that is open while its contents are read.
    private enum Container {
        case array([JSONValue])
        /// An object with its members so far and the key whose value is being read.
        case object(ObjectInProgress)
    }

    private struct ObjectInProgress {
        var members: [JSONObject.Member]
        var seenKeys: Set<String>?
        var key: String
        /// Set while the value of a repeated key is read; it is dropped.
        var keyIsDuplicate: Bool
    }

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.empty, at: index) }
        let value = try parseTree()
        skipWhitespace()
        guard index == bytes.count else { throw failure(.trailingContent, at: index) }
        return value
    }

    // MARK: Trees

    /// Reads one value, however deeply nested, without recursion.
    private mutating func parseTree() throws(JSONSyntaxError) -> JSONValue {
        var stack: [Container] = []
        while true {
            // Read a value, or open a container and go read its first value.
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            var value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "{"):
                guard stack.count < maxDepth else { throw failure(.tooDeep(limit: maxDepth), at: index) }
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    value = .object(JSONObject())
                } else {
                    var object = ObjectInProgress(members: [], seenKeys: nil, key: "", keyIsDuplicate: false)
                    // Most xAPI objects have a handful of members: one allocation instead of several doublings.
                    object.members.reserveCapacity(6)
                    try readKey(into: &object, stack: stack)
                    stack.append(.object(object))
                    continue
                }
            case UInt8(ascii: "["):
                guard stack.count < maxDepth else { throw failure(.tooDeep(limit: maxDepth), at: index) }
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    value = .array([])
                } else {
                    stack.append(.array([]))
                    continue
                }
            default:
                value = try parseScalar()
            }
            // Give the value to its container; close every container that ends here.
            closing: while true {
                guard let container = stack.popLast() else { return value }
                skipWhitespace()
                guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
                let byte = bytes[index]
                index += 1
                // Consuming the container makes its array the only reference: appending then never copies it.
                switch consume container {
                case .array(var elements):
                    elements.append(value)
                    if byte == UInt8(ascii: ",") {
                        skipWhitespace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                            throw failure(.trailingComma, at: index)
                        }
                        stack.append(.array(elements))
                        break closing
                    }
                    guard byte == UInt8(ascii: "]") else { throw failure(.unexpectedByte(byte), at: index - 1) }
                    value = .array(elements)
                case .object(var object):
                    if !object.keyIsDuplicate {
                        object.members.append(JSONObject.Member(key: object.key, value: value))
                    }
                    if byte == UInt8(ascii: ",") {
                        try readKey(into: &object, stack: stack)
                        stack.append(.object(object))
                        break closing
                    }
                    guard byte == UInt8(ascii: "}") else { throw failure(.unexpectedByte(byte), at: index - 1) }
                    value = .object(JSONObject(uniqueMembers: object.members))
                }
            }
        }
    }

    /// Reads `"key" :` into the object, checking that the key is new.
    private mutating func readKey(into object: inout ObjectInProgress, stack: [Container]) throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        guard bytes[index] == UInt8(ascii: "\"") else {
            if bytes[index] == UInt8(ascii: "}"), !object.members.isEmpty || object.keyIsDuplicate {
                throw failure(.trailingComma, at: index)
            }
            throw failure(.unexpectedByte(bytes[index]), at: index)
        }
        let keyOffset = index
        let key = try parseString()
        object.keyIsDuplicate = Self.isDuplicate(key, in: object.members, seenKeys: &object.seenKeys)
        if object.keyIsDuplicate {
            let error = failure(.duplicateKey(key), at: keyOffset)
            guard recordsDuplicates else { throw error }
            recordDuplicate(key, position: error, stack: stack)
        }
        object.key = key
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        guard bytes[index] == UInt8(ascii: ":") else { throw failure(.unexpectedByte(bytes[index]), at: index) }
        index += 1
    }

    /// Records a repeated key with its path, unless it lies inside a dropped copy, which has no place in the tree
    /// (that copy's own finding covers it).
    private mutating func recordDuplicate(_ key: String, position: JSONSyntaxError, stack: [Container]) {
        var tokens: [JSONPointer.Token] = []
        for container in stack {
            switch container {
            case .array(let elements):
                tokens.append(.index(elements.count))
            case .object(let object):
                if object.keyIsDuplicate { return }
                tokens.append(.key(object.key))
            }
        }
        tokens.append(.key(key))
        duplicates.append(JSONParser.DuplicateKey(path: JSONPointer(tokens: tokens), position: position))
    }

    /// Small objects are searched linearly; large ones also keep a set, confirmed byte for byte.
    static func isDuplicate(_ key: String, in members: [JSONObject.Member], seenKeys: inout Set<String>?) -> Bool {
        if members.count < 16 {
            // Different bytes mostly show in the length or in `==` (fast on short strings); equal ones are confirmed.
            let count = key.utf8.count
            return members.contains { $0.key.utf8.count == count && $0.key == key && $0.key.hasSameBytes(as: key) }
        }
        if seenKeys == nil { seenKeys = Set(members.map(\.key)) }
        guard seenKeys?.insert(key).inserted == false else { return false }
        return members.contains { $0.key.hasSameBytes(as: key) }
    }

    /// Reads a string, number or literal.
    private mutating func parseScalar() throws(JSONSyntaxError) -> JSONValue {
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case let byte:
            throw failure(.unexpectedByte(byte), at: index)
        }
    }

    // MARK: Whitespace and errors

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    /// Builds the error, counting lines and columns only now that they are needed.
    func failure(_ kind: JSONSyntaxError.Kind, at offset: Int) -> JSONSyntaxError {
        let position = TextPosition(of: offset, in: bytes)
        return JSONSyntaxError(kind: kind, offset: offset, line: position.line, column: position.column)
    }
}

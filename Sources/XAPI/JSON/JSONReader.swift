/// The parser's cursor over one text.
///
/// Arrays and objects are read by recursion, one call per level: the tree is built where it is read,
/// with no container moved in and out of a stack of its own. Recursion stops at ``recursionDepth``
/// levels, far deeper than any statement goes; a container below that is read with an explicit stack
/// (`JSONReader+DeepNesting.swift`), so the call stack a parse uses is bounded whatever the limit and
/// the input, and `maxDepth` only decides when the text is too deep.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    /// Where keys are looked up before a string is built for them.
    let memberNames = MemberNameTable.xAPI
    var index = 0
    /// Reused for strings with escapes, so most strings are made without an intermediate copy.
    var scratch: [UInt8] = []
    /// When set, duplicate keys are recorded with their paths instead of thrown.
    var recordsDuplicates = false
    var duplicates: [JSONParser.DuplicateKey] = []
    /// The path to the value being read, kept only while duplicates are recorded.
    var path: [JSONPointer.Token] = []
    /// How many dropped copies (values of repeated keys) enclose the value being read, while recording.
    var droppedCopies = 0

    /// The deepest level read by recursion.
    ///
    /// A level costs at most a few hundred bytes of call stack in an optimized build and a few kilobytes in
    /// a debug one: 32 levels stay far inside the 512 KiB of a secondary thread on Apple platforms.
    static let recursionDepth = 32

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.empty, at: index) }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw failure(.trailingContent, at: index) }
        return value
    }

    // MARK: Containers

    /// Reads the value that starts at the cursor, inside `depth` open containers.
    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        default: return try parseScalar()
        }
    }

    /// Reads the object whose `{` is at the cursor, the `depth`-th open container.
    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= maxDepth else { throw failure(.tooDeep(limit: maxDepth), at: index) }
        guard depth <= Self.recursionDepth else { return try parseDeepValue(enclosingDepth: depth - 1) }
        index += 1
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject())
        }
        var members: [JSONObject.Member] = []
        // One allocation instead of several doublings: a statement has up to 11 properties (Data 2.4),
        // most objects inside it a handful.
        members.reserveCapacity(depth == 1 ? 12 : 6)
        var seenKeys: Set<String>? = nil
        // The table slots of the well-known names read so far, one bit per slot modulo 64: a name whose bit
        // is clear is new, with no comparison (a key outside the table never equals one inside it).
        var wellKnownNames: UInt64 = 0
        while true {
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}"), !members.isEmpty { throw failure(.trailingComma, at: index) }
                throw failure(.unexpectedByte(bytes[index]), at: index)
            }
            let keyOffset = index
            let name = try parseMemberName()
            let key = name.key
            let isDuplicate: Bool
            if let slot = name.slot, wellKnownNames & (1 << (slot & 63)) == 0 {
                wellKnownNames |= 1 << (slot & 63)
                // A large object checks its other keys against this set: keep it whole.
                seenKeys?.insert(key)
                isDuplicate = false
            } else {
                if let slot = name.slot { wellKnownNames |= 1 << (slot & 63) }
                isDuplicate = Self.isDuplicate(key, in: members, seenKeys: &seenKeys)
            }
            if isDuplicate { try handleDuplicate(key, at: keyOffset, in: path) }
            try expectColon()
            if recordsDuplicates {
                path.append(.key(key))
                if isDuplicate { droppedCopies += 1 }
            }
            let value = try parseValue(depth: depth)
            if recordsDuplicates {
                path.removeLast()
                if isDuplicate { droppedCopies -= 1 }
            }
            if !isDuplicate { members.append(JSONObject.Member(key: key, value: value)) }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "}") { return .object(JSONObject(uniqueMembers: members)) }
            guard byte == UInt8(ascii: ",") else { throw failure(.unexpectedByte(byte), at: index - 1) }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        }
    }

    /// Reads the array whose `[` is at the cursor, the `depth`-th open container.
    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= maxDepth else { throw failure(.tooDeep(limit: maxDepth), at: index) }
        guard depth <= Self.recursionDepth else { return try parseDeepValue(enclosingDepth: depth - 1) }
        index += 1
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        var elements: [JSONValue] = []
        while true {
            if recordsDuplicates { path.append(.index(elements.count)) }
            elements.append(try parseValue(depth: depth))
            if recordsDuplicates { path.removeLast() }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "]") { return .array(elements) }
            guard byte == UInt8(ascii: ",") else { throw failure(.unexpectedByte(byte), at: index - 1) }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            if bytes[index] == UInt8(ascii: "]") { throw failure(.trailingComma, at: index) }
        }
    }

    /// Reads the `:` after a key and the whitespace around it, leaving the cursor on the member's value.
    mutating func expectColon() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        guard bytes[index] == UInt8(ascii: ":") else { throw failure(.unexpectedByte(bytes[index]), at: index) }
        index += 1
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
    }

    // MARK: Duplicate keys

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

    /// Throws the repetition of `key` written at `offset`, or records it with the path of its object
    /// (`objectPath`) when recording; a repetition inside a dropped copy is not recorded: that copy has no
    /// place in the tree, and its own repetition is already recorded.
    mutating func handleDuplicate(
        _ key: String,
        at offset: Int,
        in objectPath: [JSONPointer.Token]
    ) throws(JSONSyntaxError) {
        let error = failure(.duplicateKey(key), at: offset)
        guard recordsDuplicates else { throw error }
        guard droppedCopies == 0 else { return }
        duplicates.append(JSONParser.DuplicateKey(path: JSONPointer(tokens: objectPath + [.key(key)]), position: error))
    }

    // MARK: Whitespace and errors

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            // Compact JSON has no whitespace: every byte past the space settles it in one comparison.
            guard byte <= UInt8(ascii: " "), byte.isJSONWhitespace else { return }
            index += 1
        }
    }

    /// Builds the error, counting lines and columns only now that they are needed.
    func failure(_ kind: JSONSyntaxError.Kind, at offset: Int) -> JSONSyntaxError {
        let position = TextPosition(of: offset, in: bytes)
        return JSONSyntaxError(kind: kind, offset: offset, line: position.line, column: position.column)
    }
}

/// Containers nested past ``JSONReader/recursionDepth``: read with an explicit stack of open containers,
/// so that nesting costs heap, not call stack, and no depth can overflow a thread's stack.
///
/// Statements never nest this deep; this path exists for hostile or unusual input (a million `[`), and
/// its speed matters less than the recursive one's.
extension JSONReader {
    /// An array or object that is open while its contents are read.
    fileprivate enum OpenContainer {
        case array([JSONValue])
        /// An object with its members so far and the key whose value is being read.
        case object(OpenObject)
    }

    fileprivate struct OpenObject {
        var members: [JSONObject.Member] = []
        var seenKeys: Set<String>?
        var key = ""
        /// Set while the value of a repeated key is read; it is dropped.
        var keyIsDuplicate = false
    }

    /// Reads the container at the cursor, inside `enclosingDepth` open containers, without recursion.
    mutating func parseDeepValue(enclosingDepth: Int) throws(JSONSyntaxError) -> JSONValue {
        var stack: [OpenContainer] = []
        while true {
            // Read a value, or open a container and go read its first value.
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            var value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "{"):
                guard enclosingDepth + stack.count < maxDepth else {
                    throw failure(.tooDeep(limit: maxDepth), at: index)
                }
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    value = .object(JSONObject())
                } else {
                    var object = OpenObject()
                    try readKey(into: &object, stack: stack)
                    stack.append(.object(object))
                    continue
                }
            case UInt8(ascii: "["):
                guard enclosingDepth + stack.count < maxDepth else {
                    throw failure(.tooDeep(limit: maxDepth), at: index)
                }
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
    private mutating func readKey(into object: inout OpenObject, stack: [OpenContainer]) throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        guard bytes[index] == UInt8(ascii: "\"") else {
            if bytes[index] == UInt8(ascii: "}"), !object.members.isEmpty || object.keyIsDuplicate {
                throw failure(.trailingComma, at: index)
            }
            throw failure(.unexpectedByte(bytes[index]), at: index)
        }
        let keyOffset = index
        let key = try parseMemberName().key
        object.keyIsDuplicate = Self.isDuplicate(key, in: object.members, seenKeys: &object.seenKeys)
        if object.keyIsDuplicate, !stack.contains(where: \.isDroppedCopy) {
            try handleDuplicate(key, at: keyOffset, in: path + stack.map(\.token))
        }
        object.key = key
        try expectColon()
    }
}

extension JSONReader.OpenContainer {
    /// The step from this container to the value being read in it.
    fileprivate var token: JSONPointer.Token {
        switch self {
        case .array(let elements): return .index(elements.count)
        case .object(let object): return .key(object.key)
        }
    }

    /// Whether the value being read in this container is the value of a repeated key, which is dropped.
    fileprivate var isDroppedCopy: Bool {
        if case .object(let object) = self { return object.keyIsDuplicate }
        return false
    }
}

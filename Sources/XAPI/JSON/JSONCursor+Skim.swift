/// Stepping over a value: the parser's checks (grammar, UTF-8, escapes, control characters, repeated keys)
/// with nothing built, and a note of whether the bytes are already compact.
extension JSONCursor {
    /// Steps over the value at the cursor, inside `depth` open containers; returns whether it is compact.
    mutating func skim(depth: Int) throws(Stop) -> Bool {
        switch bytes[reader.index] {
        case UInt8(ascii: "{"): return try skimObject(depth: depth + 1)
        case UInt8(ascii: "["): return try skimArray(depth: depth + 1)
        case UInt8(ascii: "\""): return try skimString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try attempt { reader throws(JSONSyntaxError) in try reader.skipNumber() }
        case UInt8(ascii: "t"): try attempt { reader throws(JSONSyntaxError) in try reader.expectLiteral("true") }
        case UInt8(ascii: "f"): try attempt { reader throws(JSONSyntaxError) in try reader.expectLiteral("false") }
        case UInt8(ascii: "n"): try attempt { reader throws(JSONSyntaxError) in try reader.expectLiteral("null") }
        default: throw Stop()
        }
        return true
    }

    private mutating func skimObject(depth: Int) throws(Stop) -> Bool {
        guard depth <= JSONReader.recursionDepth else { throw Stop() }
        reader.index += 1
        var isCompact = try skipSpace()
        if bytes[reader.index] == UInt8(ascii: "}") {
            reader.index += 1
            return isCompact
        }
        var names = MemberNameSet()
        let firstOtherName = keys.count
        defer { keys.forget(from: firstOtherName) }
        while true {
            guard bytes[reader.index] == UInt8(ascii: "\"") else { throw Stop() }
            let nameStart = reader.index + 1
            let isRecorded: Bool
            if try skimString() {
                let count = reader.index - 1 - nameStart
                isRecorded = record(
                    UnsafeBufferPointer(rebasing: bytes[nameStart..<(nameStart + count)]),
                    slot: reader.memberNames.slot(of: bytes, from: nameStart, count: count),
                    in: &names,
                    since: firstOtherName
                )
            } else {
                // Escaped names compare by what they stand for: read it again, decoded.
                reader.index = nameStart - 1
                let name = try attempt { reader throws(JSONSyntaxError) in try reader.parseMemberName() }
                isRecorded = Array(name.key.utf8).withUnsafeBufferPointer {
                    record($0, slot: name.slot, in: &names, since: firstOtherName)
                }
                isCompact = false
            }
            guard isRecorded else { throw Stop() }
            isCompact = try skipSpace() && isCompact
            guard bytes[reader.index] == UInt8(ascii: ":") else { throw Stop() }
            reader.index += 1
            isCompact = try skipSpace() && isCompact
            isCompact = try skim(depth: depth) && isCompact
            isCompact = try skipSpace() && isCompact
            let byte = bytes[reader.index]
            reader.index += 1
            if byte == UInt8(ascii: "}") { return isCompact }
            guard byte == UInt8(ascii: ",") else { throw Stop() }
            isCompact = try skipSpace() && isCompact
        }
    }

    private mutating func skimArray(depth: Int) throws(Stop) -> Bool {
        guard depth <= JSONReader.recursionDepth else { throw Stop() }
        reader.index += 1
        var isCompact = try skipSpace()
        if bytes[reader.index] == UInt8(ascii: "]") {
            reader.index += 1
            return isCompact
        }
        while true {
            isCompact = try skim(depth: depth) && isCompact
            isCompact = try skipSpace() && isCompact
            let byte = bytes[reader.index]
            reader.index += 1
            if byte == UInt8(ascii: "]") { return isCompact }
            guard byte == UInt8(ascii: ",") else { throw Stop() }
            isCompact = try skipSpace() && isCompact
            guard bytes[reader.index] != UInt8(ascii: "]") else { throw Stop() }
        }
    }

    /// Steps over the string at the cursor; returns whether it has no escape.
    private mutating func skimString() throws(Stop) -> Bool {
        reader.index += 1
        var isCompact = true
        while true {
            reader.skipPlainASCII()
            guard reader.index < bytes.count else { throw Stop() }
            switch bytes[reader.index] {
            case UInt8(ascii: "\""):
                reader.index += 1
                return isCompact
            case UInt8(ascii: "\\"):
                isCompact = false
                reader.scratch.removeAll(keepingCapacity: true)
                try attempt { reader throws(JSONSyntaxError) in try reader.appendEscape() }
            case 0..<0x20:
                throw Stop()
            case 0x20..<0x80:
                reader.index += 1
            default:
                try attempt { reader throws(JSONSyntaxError) in try reader.skipMultibyteScalar() }
            }
        }
    }

    /// Skips whitespace and leaves the cursor on a byte; returns whether there was none to skip.
    private mutating func skipSpace() throws(Stop) -> Bool {
        let start = reader.index
        reader.skipWhitespace()
        guard reader.index < bytes.count else { throw Stop() }
        return reader.index == start
    }
}

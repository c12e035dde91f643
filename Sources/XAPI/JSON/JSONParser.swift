/// A strict RFC 8259 parser from UTF-8 bytes to ``JSONValue``.
///
/// It rejects what lenient parsers let through and xAPI forbids: trailing commas, comments,
/// `NaN` and `Infinity`, leading zeros, raw control characters, invalid UTF-8, lone surrogates,
/// trailing content and duplicate keys. Nesting deeper than ``maxDepth`` is an error, never a
/// stack overflow. Number lexemes are kept exactly as written.
///
/// ```swift
/// let statement = try JSONParser().parse(Array(#"{"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"}}"#.utf8))
/// ```
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects accepted; at most ``depthCeiling``.
    public let maxDepth: Int

    /// The largest ``maxDepth`` a parser takes, chosen so that parsing stays far from any thread's stack limit.
    public static let depthCeiling = 2048

    /// Creates a parser; `maxDepth` is clamped to `1...depthCeiling`.
    public init(maxDepth: Int = 512) {
        self.maxDepth = min(max(maxDepth, 1), Self.depthCeiling)
    }

    /// Parses one JSON text held in `bytes`.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var reader = Reader(bytes: bytes, maxDepth: maxDepth)
        return try reader.parseDocument()
    }

    /// Parses one JSON text held in `bytes`.
    public func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes.bindMemory(to: UInt8.self))
    }

    /// Parses one JSON text from a byte collection (`[UInt8]`, `Data`, `ArraySlice<UInt8>`...).
    public func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONSyntaxError) -> JSONValue in try parse(buffer) }
        }
        if let result { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try parse(buffer) }
    }

    /// Parses one JSON text.
    public func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// A key that appears a second time in one object, found by ``parseRecordingDuplicateKeys(_:)``.
    package struct DuplicateKey: Sendable, Hashable {
        /// The repeated member, e.g. `/actor/mbox`.
        package let path: JSONPointer
        /// Where the repetition is written.
        package let position: JSONSyntaxError
    }

    /// Parses like ``parse(_:)-(UnsafeBufferPointer<UInt8>)`` but records repeated keys instead of
    /// failing on the first one; each object keeps the first of its repeated members.
    ///
    /// Slower (it tracks paths); a validator calls it only after a fast parse met a duplicate key,
    /// so that it can report every repetition with its path and still check the rest.
    package func parseRecordingDuplicateKeys(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(JSONSyntaxError) -> (value: JSONValue, duplicates: [DuplicateKey]) {
        var reader = Reader(bytes: bytes, maxDepth: maxDepth)
        reader.recordsDuplicates = true
        let value = try reader.parseDocument()
        return (value, reader.duplicates)
    }
}

/// The parser's cursor over one text.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    /// Reused for strings with escapes, so most strings are made without an intermediate copy.
    var scratch: [UInt8] = []
    /// When set, duplicate keys are recorded (with `path` kept up to date) instead of thrown.
    var recordsDuplicates = false
    var path: [JSONPointer.Token] = []
    var duplicates: [JSONParser.DuplicateKey] = []

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

    // MARK: Values

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "{"):
            return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth + 1)
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

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= maxDepth else { throw failure(.tooDeep(limit: maxDepth), at: index) }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject())
        }
        var members: [JSONObject.Member] = []
        // Most xAPI objects have a handful of members: one allocation instead of four doublings.
        members.reserveCapacity(6)
        var seenKeys: Set<String>? = nil
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}"), !members.isEmpty { throw failure(.trailingComma, at: index) }
                throw failure(.unexpectedByte(bytes[index]), at: index)
            }
            let keyOffset = index
            let key = try parseString()
            let isDuplicate = Self.isDuplicate(key, in: members, seenKeys: &seenKeys)
            if isDuplicate {
                let error = failure(.duplicateKey(key), at: keyOffset)
                guard recordsDuplicates else { throw error }
                duplicates.append(.init(path: JSONPointer(tokens: path + [.key(key)]), position: error))
            }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            guard bytes[index] == UInt8(ascii: ":") else { throw failure(.unexpectedByte(bytes[index]), at: index) }
            index += 1
            skipWhitespace()
            if recordsDuplicates { path.append(.key(key)) }
            let value = try parseValue(depth: depth)
            if recordsDuplicates { path.removeLast() }
            if !isDuplicate { members.append(JSONObject.Member(key: key, value: value)) }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(JSONObject(uniqueMembers: members))
            case let byte:
                throw failure(.unexpectedByte(byte), at: index)
            }
        }
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

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= maxDepth else { throw failure(.tooDeep(limit: maxDepth), at: index) }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        var elements: [JSONValue] = []
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]"), !elements.isEmpty {
                throw failure(.trailingComma, at: index)
            }
            if recordsDuplicates { path.append(.index(elements.count)) }
            elements.append(try parseValue(depth: depth))
            if recordsDuplicates { path.removeLast() }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            case let byte:
                throw failure(.unexpectedByte(byte), at: index)
            }
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        guard let length = JSONNumber.grammarLength(of: bytes, from: start) else {
            throw failure(.invalidNumber, at: start)
        }
        index += length
        // "01" reads as "0" then "1": name the real mistake.
        if index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            throw failure(.invalidNumber, at: start)
        }
        let lexeme = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONNumber(uncheckedLexeme: lexeme)
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count {
            guard index + offset < bytes.count else { throw failure(.unexpectedEnd, at: index + offset) }
            guard bytes[index + offset] == expected[offset] else {
                throw failure(.unexpectedByte(bytes[index + offset]), at: index + offset)
            }
        }
        index += count
    }

    // MARK: Strings

    /// Reads a string starting at its opening quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        skipPlainASCII()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return string
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            if byte < 0x20 { throw failure(.controlCharacter(byte), at: index) }
            if byte < 0x80 {
                index += 1
            } else {
                try skipMultibyteScalar()
                skipPlainASCII()
            }
        }
        throw failure(.unexpectedEnd, at: index)
    }

    /// Skips eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII
    /// (SWAR: bit tricks on a 64-bit word), the common case of xAPI's identifiers and IRIs.
    @inline(__always)
    mutating func skipPlainASCII() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // A byte is zero in x when (x - 1) borrows into its high bit while x's high bit is clear.
            let hasQuote = (quote &- ones) & ~quote & highs
            let hasBackslash = (backslash &- ones) & ~backslash & highs
            let hasControl = (word &- (ones &* 0x20)) & ~word & highs
            if (hasQuote | hasBackslash | hasControl | (word & highs)) != 0 { return }
            index += 8
        }
    }

    /// The slow path, taken at the first backslash: the string is rebuilt in `scratch`.
    mutating func parseEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try appendEscape()
            case 0..<0x20:
                throw failure(.controlCharacter(byte), at: index)
            case 0x20..<0x80:
                scratch.append(byte)
                index += 1
            default:
                let scalarStart = index
                try skipMultibyteScalar()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[scalarStart..<index]))
            }
        }
        throw failure(.unexpectedEnd, at: index)
    }

    mutating func appendEscape() throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw failure(.unexpectedEnd, at: index) }
        let simple: UInt8?
        switch bytes[index] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw failure(.invalidEscape, at: escapeStart)
        }
        if let simple {
            scratch.append(simple)
            index += 1
            return
        }
        index += 1
        let unit = try readHexUnit(escapeStart: escapeStart)
        var scalarValue = UInt32(unit)
        if (0xD800..<0xDC00).contains(unit) {
            // A high surrogate must be followed by an escaped low surrogate.
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw failure(.loneSurrogate, at: escapeStart)
            }
            index += 2
            let low = try readHexUnit(escapeStart: escapeStart)
            guard (0xDC00..<0xE000).contains(low) else { throw failure(.loneSurrogate, at: escapeStart) }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        } else if (0xDC00..<0xE000).contains(unit) {
            throw failure(.loneSurrogate, at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw failure(.loneSurrogate, at: escapeStart) }
        UTF8.encode(scalar) { scratch.append($0) }
    }

    mutating func readHexUnit(escapeStart: Int) throws(JSONSyntaxError) -> UInt16 {
        guard index + 4 <= bytes.count else { throw failure(.unexpectedEnd, at: bytes.count) }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure(.invalidEscape, at: escapeStart)
            }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }

    /// Checks one multi-byte UTF-8 sequence (RFC 3629: no overlong forms, surrogates or values past U+10FFFF).
    mutating func skipMultibyteScalar() throws(JSONSyntaxError) {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw failure(.invalidUTF8, at: index)
        }
        guard index + length <= bytes.count else { throw failure(.invalidUTF8, at: index) }
        guard secondRange.contains(bytes[index + 1]) else { throw failure(.invalidUTF8, at: index) }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            throw failure(.invalidUTF8, at: index)
        }
        index += length
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

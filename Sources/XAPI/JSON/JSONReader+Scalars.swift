/// Strings, numbers and literals: the leaves of the tree, read where the cursor stands.
extension JSONReader {
    /// An object's key as read: its text, and its slot in the member-name table when the table holds it.
    struct MemberName {
        let key: String
        let slot: Int?
    }

    /// Reads a string, number or literal.
    mutating func parseScalar() throws(JSONSyntaxError) -> JSONValue {
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

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        try skipNumber()
        let lexeme = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONNumber(uncheckedLexeme: lexeme)
    }

    /// Steps over the number at the cursor, checking its grammar (RFC 8259 §6).
    mutating func skipNumber() throws(JSONSyntaxError) {
        let start = index
        guard let length = JSONNumber.grammarLength(of: bytes, from: start) else {
            throw failure(.invalidNumber, at: start)
        }
        index += length
        // "01" reads as "0" then "1": name the real mistake.
        if index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            throw failure(.invalidNumber, at: start)
        }
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

    /// Reads a string starting at its opening quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        try parseString(isMemberName: false).key
    }

    /// Reads an object's key starting at its opening quote: a well-known name is taken from the table.
    mutating func parseMemberName() throws(JSONSyntaxError) -> MemberName {
        try parseString(isMemberName: true)
    }

    @inline(__always)
    private mutating func parseString(isMemberName: Bool) throws(JSONSyntaxError) -> MemberName {
        index += 1
        let start = index
        skipPlainASCII()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let end = index
                index += 1
                if isMemberName, let slot = memberNames.slot(of: bytes, from: start, count: end - start) {
                    return MemberName(key: memberNames.name(inSlot: slot), slot: slot)
                }
                return MemberName(
                    key: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                    slot: nil
                )
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start, isMemberName: isMemberName) }
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
        while index + 8 <= bytes.count {
            let word = ByteWord(raw, at: index)
            let special =
                word.bytes(equalTo: UInt8(ascii: "\"")) | word.bytes(equalTo: UInt8(ascii: "\\"))
                | word.bytes(below: 0x20) | word.nonASCII
            if special != 0 {
                // Jump straight to the first byte that needs a look.
                index += ByteWord.firstFlagged(in: special)
                return
            }
            index += 8
        }
    }

    /// The slow path, taken at the first backslash: the string is rebuilt in `scratch`.
    mutating func parseEscapedString(from start: Int, isMemberName: Bool) throws(JSONSyntaxError) -> MemberName {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                // An escaped key is looked up too, so that equal keys always get the same slot.
                let slot =
                    isMemberName
                    ? scratch.withUnsafeBufferPointer { memberNames.slot(of: $0, from: 0, count: $0.count) } : nil
                return MemberName(
                    key: slot.map(memberNames.name(inSlot:)) ?? String(decoding: scratch, as: UTF8.self),
                    slot: slot
                )
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
}

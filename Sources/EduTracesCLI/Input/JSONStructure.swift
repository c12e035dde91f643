/// Quick scans of JSON structure (strings, escapes and bracket depth) that find where values begin
/// and end without building them. Strict parsing comes afterwards, value by value.
enum JSONStructure {
    /// The index just after the first complete value of `bytes` (an object or array), or `nil`.
    static func endOfFirstValue(in bytes: ArraySlice<UInt8>) -> Int? {
        var depth = 0
        var strings = StringTracker()
        for index in bytes.indices {
            let byte = bytes[index]
            guard strings.role(of: byte) == .structure else { continue }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
                if depth < 0 { return nil }
            default: break
            }
        }
        return nil
    }

    /// The byte range and first line of the array under the top-level key `statements`, if the document is an
    /// object that has one (a StatementResult).
    static func statementsArray(in bytes: [UInt8]) -> (range: Range<Int>, line: Int)? {
        var depth = 0
        var strings = StringTracker()
        var stringStart = 0
        var lastKeyAtDepthOne: Range<Int>?
        var expectingValueOfStatements = false
        var line = 1
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            switch strings.role(of: byte) {
            case .openingQuote:
                stringStart = index + 1
                continue
            case .closingQuote:
                if depth == 1 { lastKeyAtDepthOne = stringStart..<index }
                continue
            case .inside:
                continue
            case .structure:
                break
            }
            switch byte {
            case UInt8(ascii: ":"):
                if depth == 1, let key = lastKeyAtDepthOne {
                    expectingValueOfStatements = bytes[key].elementsEqual("statements".utf8)
                }
            case UInt8(ascii: "["):
                if depth == 1, expectingValueOfStatements {
                    guard let end = endOfFirstValue(in: bytes[index...]) else { return (index..<bytes.count, line) }
                    return (index..<end, line)
                }
                depth += 1
            case UInt8(ascii: "{"):
                if depth == 0, index != bytes.firstIndex(where: { !$0.isJSONWhitespace }) { return nil }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            default:
                if depth == 1, !byte.isJSONWhitespace, byte != UInt8(ascii: ",") { expectingValueOfStatements = false }
            }
        }
        return nil
    }

    /// How many lines start with `{` in their first byte: NDJSON lines do, the indented members of a
    /// pretty-printed document do not.
    static func lineCountStartingWithBrace(in bytes: [UInt8]) -> Int {
        var count = 0
        var atLineStart = true
        for byte in bytes {
            if atLineStart, byte == UInt8(ascii: "{") { count += 1 }
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return count
    }
}

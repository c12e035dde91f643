/// Where the object members of a JSON text lie, found by a forgiving scan of its bytes.
///
/// The structure-aware mutations (replace a value, duplicate a member, swap two values) use it to
/// make inputs that are still JSON, or nearly, so that the fuzz reaches the validator's rules and the
/// model's decoding instead of stopping at the parser. The scan never fails: on broken text it finds
/// fewer members.
struct MemberLayout {
    /// One `"key":value` member.
    struct Member {
        /// The key's bytes, quotes included.
        let key: Range<Int>
        /// The value's bytes.
        let value: Range<Int>
        /// From the key's opening quote to the end of the value.
        var region: Range<Int> { key.lowerBound..<value.upperBound }
    }

    /// The members in the order of their keys; nested members come after the member that holds them.
    let members: [Member]

    init(scanning bytes: [UInt8]) {
        var members: [Member] = []
        var lastString: Range<Int>? = nil
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = Self.endOfString(in: bytes, from: index) else {
                    self.members = members
                    return
                }
                lastString = index..<end
                index = end
                continue
            case UInt8(ascii: ":"):
                if let key = lastString, let value = Self.valueExtent(in: bytes, from: index + 1) {
                    members.append(Member(key: key, value: value))
                }
                lastString = nil
            case let byte where Self.isWhitespace(byte):
                break
            default:
                lastString = nil
            }
            index += 1
        }
        self.members = members
    }

    /// The index just after the string opening at `quote`, or `nil` when it is not closed.
    static func endOfString(in bytes: [UInt8], from quote: Int) -> Int? {
        var index = quote + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    /// The bytes of the value starting at `start` (after whitespace), or `nil` when it is not complete.
    static func valueExtent(in bytes: [UInt8], from start: Int) -> Range<Int>? {
        var index = start
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let first = index
        switch bytes[first] {
        case UInt8(ascii: "\""):
            return endOfString(in: bytes, from: first).map { first..<$0 }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let end = endOfString(in: bytes, from: index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return first..<index + 1 }
                default:
                    break
                }
                index += 1
            }
            return nil
        default:
            while index < bytes.count, !endsScalar(bytes[index]) { index += 1 }
            return index > first ? first..<index : nil
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Whether `byte` ends a number or literal written as a member's value.
    private static func endsScalar(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
    }
}

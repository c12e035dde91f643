import Digest

/// An absolute IRI (RFC 3987), the kind of identifier xAPI uses for verbs, activities, activity types,
/// extensions and attachment usage types, and also for IRLs (`moreInfo`, `fileUrl`, `homePage`).
///
/// xAPI requires every IRI to be absolute (xAPI Data §2.2, XAPI-00011): the text must start with a scheme
/// such as `http:` or `urn:`, which is how statements with `"adlnet.gov/expapi/verbs/attended"` are caught.
/// The text is kept exactly as written and two IRIs are equal only when their texts are identical,
/// because xAPI 2.0 compares IRIs as simple strings (RFC 3987 §5.3.1).
///
/// ```swift
/// let verb = try IRI("http://adlnet.gov/expapi/verbs/attended")
/// verb.scheme                                            // "http"
/// let voided: IRI = "http://adlnet.gov/expapi/verbs/voided"  // a literal, checked at run time
/// ```
///
/// The check is the part of the RFC 3987 grammar that can be verified in one pass without parsing the
/// authority or path, so a validator can afford it on every statement:
/// - a scheme `ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")`, then `:`, then at least one character;
/// - no whitespace (ASCII or Unicode), no control characters, none of `<>"{}|\^` and the backtick;
/// - every `%` starts a percent-escape of two hexadecimal digits;
/// - at most one `#`, because a fragment cannot contain `#`;
/// - non-ASCII characters must be RFC 3987 `ucschar`; private-use characters only in the query;
///   bidirectional formatting characters are refused (RFC 3987 §4.1).
///
/// `[` and `]` are accepted anywhere, although RFC 3987 keeps them for IPv6 hosts.
public struct IRI: TextValue, ExpressibleByStringLiteral {
    /// The IRI exactly as written.
    public let text: String

    /// Checks that `text` is an absolute IRI and keeps it as written.
    ///
    /// - Throws: ``ValueFormatError`` naming the first rule the text breaks.
    public init(_ text: String) throws(ValueFormatError) {
        var contiguous = text
        if let reason = contiguous.withUTF8({ IRI.violation(in: $0) }) {
            throw ValueFormatError(typeName: "IRI", text: text, reason: reason)
        }
        self.text = text
    }

    /// The scheme as written, without the `:` (`"http"`, `"mailto"`, `"urn"`).
    ///
    /// RFC 3986 §3.1 makes schemes case-insensitive; compare with `lowercased()` when that matters.
    public var scheme: Substring {
        text.prefix { $0 != ":" }
    }
}

extension IRI {
    /// Why the bytes are not an absolute IRI, or `nil` when they are one.
    private static func violation(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.isEmpty else { return "an IRI cannot be empty" }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
            return "an IRI needs a scheme followed by ':'"
        }
        guard colon > 0 else { return "the scheme before ':' is empty" }
        guard isLetter(bytes[0]) else { return "the scheme must start with a letter" }
        for index in 1..<colon where !isSchemeCharacter(bytes[index]) {
            return "the scheme may contain only letters, digits, '+', '-' and '.'"
        }
        guard colon + 1 < bytes.count else { return "nothing follows the scheme's ':'" }
        if let reason = authorityViolation(in: bytes, from: colon + 1) { return reason }
        return violationAfterScheme(in: bytes, from: colon + 1)
    }

    /// Why the authority (`//userinfo@host:port`, RFC 3986 §3.2) is malformed, or `nil`; IRIs without one pass.
    ///
    /// Only what the character checks cannot see is checked here: an IP literal must close its `[`, and a
    /// port is decimal digits.
    private static func authorityViolation(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        guard start + 1 < bytes.count, bytes[start] == UInt8(ascii: "/"), bytes[start + 1] == UInt8(ascii: "/")
        else { return nil }
        // One pass over the authority: where the host starts (after the last '@'), where an IP literal
        // closes, and where the last ':' outside it is.
        var host = start + 2
        var closing: Int?
        var colon: Int?
        var index = start + 2
        scan: while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): break scan
            case UInt8(ascii: "@"):
                host = index + 1
                closing = nil
                colon = nil
            case UInt8(ascii: "]"): if closing == nil { closing = index }
            case UInt8(ascii: ":"): if closing != nil || bytes[host] != UInt8(ascii: "[") { colon = colon ?? index }
            default: break
            }
            index += 1
        }
        let end = index
        if host < end, bytes[host] == UInt8(ascii: "[") {
            guard let closing else { return "an IP literal host opened with '[' must be closed with ']'" }
            if closing + 1 < end, bytes[closing + 1] != UInt8(ascii: ":") {
                return "only ':' and a port may follow an IP literal host"
            }
        }
        if let colon {
            for position in (colon + 1)..<end
            where bytes[position] < UInt8(ascii: "0") || bytes[position] > UInt8(ascii: "9") {
                return "the port after the host's ':' must be decimal digits"
            }
        }
        return nil
    }

    private static func violationAfterScheme(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        var index = start
        // Most IRIs are plain ASCII from end to end: skip that part with a table, one load per byte.
        plainTable.withUnsafeBufferPointer { plain in
            while index < bytes.count, plain[Int(bytes[index])] { index += 1 }
        }
        var inQuery = false
        var inFragment = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 && isPlain(byte) {
                index += 1
                continue
            }
            if byte >= 0x80 {
                guard let (scalar, length) = decodeScalar(in: bytes, at: index) else {
                    return "an IRI must be valid UTF-8"
                }
                if let reason = violation(of: scalar, inQuery: inQuery) { return reason }
                index += length
                continue
            }
            switch byte {
            case 0x09...0x0D, 0x20:
                return "an IRI cannot contain whitespace"
            case 0x00...0x1F, 0x7F:
                return "an IRI cannot contain control characters"
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                return "the character '\(Character(Unicode.Scalar(byte)))' is not allowed in an IRI"
            case UInt8(ascii: "%"):
                guard index + 2 < bytes.count, Hex.value(ofDigit: bytes[index + 1]) != nil,
                    Hex.value(ofDigit: bytes[index + 2]) != nil
                else {
                    return "a '%' must be followed by two hexadecimal digits"
                }
                index += 2
            case UInt8(ascii: "#"):
                guard !inFragment else { return "an IRI can contain only one '#', the start of its fragment" }
                inFragment = true
                inQuery = false
            case UInt8(ascii: "?"):
                if !inFragment { inQuery = true }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// ``isPlain(_:)`` for every byte value (non-ASCII bytes are never plain).
    private static let plainTable: [Bool] = (0...255).map { $0 < 0x80 && isPlain(UInt8($0)) }

    /// Whether an ASCII byte needs no further look: printable, allowed, and not `%`, `#` or `?`.
    ///
    /// A bit set per byte lets the common characters of an IRI through with one test, the way
    /// validators meet millions of them.
    private static func isPlain(_ byte: UInt8) -> Bool {
        let plainBelow64: UInt64 = 0x2FFF_FFD2_0000_0000
        let plainFrom64: UInt64 = 0x47FF_FFFE_AFFF_FFFF
        return byte < 64 ? (plainBelow64 >> byte) & 1 == 1 : (plainFrom64 >> (byte &- 64)) & 1 == 1
    }

    /// Why a non-ASCII character is refused, or `nil` when RFC 3987 allows it at that place.
    private static func violation(of scalar: UInt32, inQuery: Bool) -> String? {
        switch scalar {
        case 0x80...0x9F:
            return "an IRI cannot contain control characters"
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return "an IRI cannot contain whitespace"
        case 0x200E, 0x200F, 0x202A...0x202E:
            return "an IRI cannot contain bidirectional formatting characters"
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD:
            return inQuery ? nil : "private-use characters are allowed only in the query of an IRI"
        default:
            return isUCSCharacter(scalar) ? nil : "the character U+\(hex(scalar)) is not allowed in an IRI"
        }
    }

    /// RFC 3987 `ucschar`: the non-ASCII characters an IRI may contain unescaped.
    private static func isUCSCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF:
            return true
        case 0x10000...0xDFFFD:
            return scalar & 0xFFFF <= 0xFFFD
        case 0xE1000...0xEFFFD:
            return true
        default:
            return false
        }
    }

    /// Decodes the scalar whose first byte is at `index`; Swift strings hold valid UTF-8, so this only guards bounds.
    private static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC0...0xDF:
            length = 2
            scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF7:
            length = 4
            scalar = UInt32(lead & 0x07)
        default:
            return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (scalar, length)
    }

    private static func hex(_ scalar: UInt32) -> String {
        let digits = String(scalar, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSchemeCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}

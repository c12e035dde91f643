/// Why a text is not JSON, and where: byte offset, line and column.
///
/// ```swift
/// do { _ = try JSONParser().parse("[1,]") } catch {
///     print(error)  // "line 1, column 4 (byte 3): trailing comma before ']'"
/// }
/// ```
public struct JSONSyntaxError: Error, Sendable, Hashable {
    /// What kind of mistake the text has.
    public enum Kind: Sendable, Hashable {
        /// The text has nothing but whitespace.
        case empty
        /// The text ends inside a value.
        case unexpectedEnd
        /// A byte that cannot start or continue what is being read.
        case unexpectedByte(UInt8)
        /// A comma directly before `]` or `}`.
        case trailingComma
        /// A number that does not follow the RFC 8259 grammar (leading zeros, `1.`, `.5`, `+1`...).
        case invalidNumber
        /// A backslash escape other than `\" \\ \/ \b \f \n \r \t \uXXXX`.
        case invalidEscape
        /// A `\u` escape of a lone UTF-16 surrogate.
        case loneSurrogate
        /// A control character (U+0000 to U+001F) written raw inside a string.
        case controlCharacter(UInt8)
        /// Bytes that are not well-formed UTF-8.
        case invalidUTF8
        /// An object with the same key twice.
        case duplicateKey(String)
        /// Arrays and objects nested deeper than the parser's limit.
        case tooDeep(limit: Int)
        /// Something after the one value the text holds.
        case trailingContent
    }

    /// What kind of mistake it is.
    public let kind: Kind
    /// The 0-based byte offset where it is.
    public let offset: Int
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars.
    public let column: Int

    /// Creates an error at a position.
    public init(kind: Kind, offset: Int, line: Int, column: Int) {
        self.kind = kind
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// A sentence saying what is wrong, without the position.
    public var reason: String {
        switch kind {
        case .empty: return "no JSON value (the text is empty)"
        case .unexpectedEnd: return "the text ends inside a value"
        case .unexpectedByte(let byte): return "unexpected \(Self.describe(byte))"
        case .trailingComma: return "trailing comma before the closing bracket"
        case .invalidNumber:
            return
                "malformed number (RFC 8259: no leading zeros, '+', 'NaN' or 'Infinity'; digits on both sides of '.')"
        case .invalidEscape: return "invalid escape sequence in a string"
        case .loneSurrogate: return "\\u escape of a lone UTF-16 surrogate"
        case .controlCharacter(let byte): return "unescaped control character \(Self.describe(byte)) in a string"
        case .invalidUTF8: return "invalid UTF-8"
        case .duplicateKey(let key): return "duplicate key \"\(key)\" in an object"
        case .tooDeep(let limit): return "arrays and objects nested deeper than \(limit) levels"
        case .trailingContent: return "content after the JSON value"
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
}

extension JSONSyntaxError: CustomStringConvertible {
    /// The position and the reason, e.g. `line 1, column 4 (byte 3): trailing comma before the closing bracket`.
    public var description: String {
        "line \(line), column \(column) (byte \(offset)): \(reason)"
    }
}

/// Byte-level helpers shared by everything that scans JSON text without building values: the export
/// readers of the command, and ``JSONLocator``.
extension UInt8 {
    /// Space, tab, line feed or carriage return: the whitespace of RFC 8259.
    @inline(__always)
    package var isJSONWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}

/// Follows JSON strings byte by byte (quotes and backslash escapes), so that scans of structure do not
/// take brackets, commas or colons inside strings for structure.
package struct JSONStringTracker: Sendable {
    /// What a byte is to the structure.
    package enum Role: Equatable, Sendable {
        /// Outside every string, and not a quote.
        case structure
        /// The quote that opens a string.
        case openingQuote
        /// A byte inside a string.
        case inside
        /// The quote that closes a string.
        case closingQuote
    }

    /// Whether the scan is inside a string.
    package private(set) var inString = false
    private var escaped = false

    /// Starts outside every string.
    package init() {}

    /// Feeds the next byte and says what it is.
    @inline(__always)
    package mutating func role(of byte: UInt8) -> Role {
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
                return .closingQuote
            }
            return .inside
        }
        if byte == UInt8(ascii: "\"") {
            inString = true
            return .openingQuote
        }
        return .structure
    }
}

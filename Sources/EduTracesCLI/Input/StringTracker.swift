/// Follows JSON strings byte by byte (quotes and backslash escapes), so that scans of structure do not
/// take brackets, commas or colons inside strings for structure.
struct StringTracker {
    /// What a byte is to the structure.
    enum Role: Equatable {
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
    private(set) var inString = false
    private var escaped = false

    /// Feeds the next byte and says what it is.
    @inline(__always)
    mutating func role(of byte: UInt8) -> Role {
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

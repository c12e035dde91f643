extension UInt8 {
    /// Space, tab, line feed or carriage return: the whitespace of RFC 8259.
    var isJSONWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}

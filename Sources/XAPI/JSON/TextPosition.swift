/// The 1-based line and column of a byte offset in UTF-8 text.
///
/// Columns count Unicode scalars, as editors do, not bytes.
package struct TextPosition: Sendable, Hashable {
    /// The 1-based line.
    package let line: Int
    /// The 1-based column.
    package let column: Int

    /// Locates `offset` (clamped to the text) in `bytes`.
    package init(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var column = 1
        for byte in UnsafeBufferPointer(rebasing: bytes[..<min(max(offset, 0), bytes.count)]) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }
}

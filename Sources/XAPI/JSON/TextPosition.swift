/// The 1-based line and column of a byte offset in UTF-8 text.
///
/// Columns count Unicode scalars, as editors do, not bytes.
///
/// ```swift
/// let position = Array("{\n  \"a\": 1}".utf8).withUnsafeBufferPointer { TextPosition(of: 8, in: $0) }
/// // line 2, column 8
/// ```
public struct TextPosition: Sendable, Hashable {
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int

    /// Creates a position from its line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Locates `offset` (clamped to the text) in `bytes`.
    public init(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
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

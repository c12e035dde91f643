extension TextPosition {
    /// The line and column of each of `offsets` (clamped to the text), in their order: what
    /// ``init(of:in:)`` gives for each, in one pass over the text however many there are.
    ///
    /// ```swift
    /// let positions = Array("{\n  \"a\": 1}".utf8).withUnsafeBufferPointer { TextPosition.positions(of: [8, 0], in: $0) }
    /// // line 2, column 8; line 1, column 1
    /// ```
    public static func positions(of offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [TextPosition] {
        let targets = offsets.map { min(max($0, 0), bytes.count) }
        // Findings come nearly in text order: sort their places only when they are not.
        let order: [Int] =
            zip(targets, targets.dropFirst()).allSatisfy { $0 <= $1 }
            ? Array(targets.indices) : targets.indices.sorted { targets[$0] < targets[$1] }
        var counter = Counter(bytes: bytes)
        var positions = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
        for index in order {
            counter.advance(to: targets[index])
            positions[index] = TextPosition(line: counter.line, column: counter.column)
        }
        return positions
    }

    /// Counts lines and columns forward through a text.
    private struct Counter {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        var line = 1
        var column = 1

        /// Moves to `target` (at or after the current offset). A column is a byte that does not continue a
        /// UTF-8 sequence (not `10xxxxxx`).
        mutating func advance(to target: Int) {
            while offset < target {
                skipWords(to: target)
                // Byte by byte up to the line feed that stopped the words, or to the target.
                while offset < target {
                    let byte = bytes[offset]
                    offset += 1
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                        column = 1
                        break
                    }
                    if byte & 0xC0 != 0x80 { column += 1 }
                }
            }
        }

        /// Counts eight bytes at a time while none is a line feed (SWAR: bit tricks on a 64-bit word).
        private mutating func skipWords(to target: Int) {
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= target {
                let word = ByteWord(raw, at: offset)
                if word.bytes(equalTo: UInt8(ascii: "\n")) != 0 { return }
                offset += 8
                guard word.nonASCII != 0 else {
                    // Plain ASCII: eight columns.
                    column += 8
                    continue
                }
                column += 8 - word.continuationByteCount
            }
        }
    }
}

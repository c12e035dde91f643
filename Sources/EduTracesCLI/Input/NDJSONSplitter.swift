import Foundation

/// Cuts newline-delimited JSON into statements: one a line, blank lines skipped, `\r\n` accepted.
struct NDJSONSplitter {
    /// Lines longer than this are reported, not held in memory.
    let maximumLineLength: Int
    private var pending: [UInt8] = []
    private var skippingLongLine = false
    private var nextIndex = 0
    private var nextLine = 1

    init(maximumLineLength: Int) {
        self.maximumLineLength = maximumLineLength
    }

    /// Adds the complete lines of `chunk` (with what was pending) to `batch`; keeps the last partial line.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, into batch: inout StatementBatch) {
        guard let base = chunk.baseAddress else { return }
        var lineStart = 0
        // memchr finds newlines many bytes at a time.
        while let found = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), chunk.count - lineStart) {
            let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            emitLine(UnsafeBufferPointer(rebasing: chunk[lineStart..<newline]), into: &batch)
            lineStart = newline + 1
        }
        keepPartial(UnsafeBufferPointer(rebasing: chunk[lineStart...]), into: &batch)
    }

    /// Emits the last line when the input does not end with a newline.
    mutating func finish(into batch: inout StatementBatch) {
        if !pending.isEmpty || skippingLongLine {
            emitLine(UnsafeBufferPointer(start: nil, count: 0), into: &batch)
        }
    }

    private mutating func keepPartial(_ tail: UnsafeBufferPointer<UInt8>, into batch: inout StatementBatch) {
        guard !skippingLongLine else { return }
        pending.append(contentsOf: tail)
        if pending.count > maximumLineLength {
            pending.removeAll()
            skippingLongLine = true
        }
    }

    private mutating func emitLine(_ end: UnsafeBufferPointer<UInt8>, into batch: inout StatementBatch) {
        defer { nextLine += 1 }
        if skippingLongLine {
            skippingLongLine = false
            batch.appendProblem(
                "line longer than \(maximumLineLength) bytes; not read",
                index: nextIndex,
                line: nextLine
            )
            nextIndex += 1
            return
        }
        if pending.isEmpty {
            emit(end, into: &batch)
        } else {
            pending.append(contentsOf: end)
            if pending.count > maximumLineLength {
                batch.appendProblem(
                    "line longer than \(maximumLineLength) bytes; not read",
                    index: nextIndex,
                    line: nextLine
                )
                nextIndex += 1
            } else {
                pending.withUnsafeBufferPointer { emit($0, into: &batch) }
            }
            pending.removeAll(keepingCapacity: pending.count <= 1 << 16)
        }
    }

    private mutating func emit(_ line: UnsafeBufferPointer<UInt8>, into batch: inout StatementBatch) {
        var end = line.count
        if end > 0, line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let content = UnsafeBufferPointer(rebasing: line[..<end])
        guard content.contains(where: { !$0.isJSONWhitespace }) else { return }
        batch.append(content, index: nextIndex, line: nextLine)
        nextIndex += 1
    }
}

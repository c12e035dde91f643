/// Cuts a JSON array of statements into its elements as the bytes stream in.
///
/// It follows only the structure (strings, escapes and bracket depth) to find where each element
/// ends; each element is then parsed strictly on its own, so one malformed statement does not
/// hide the others.
struct ArraySplitter {
    private enum State {
        case beforeArray
        case expectingElement(first: Bool)
        case inElement
        case afterArray
    }

    let maximumElementLength: Int
    private var state = State.beforeArray
    private var current: [UInt8] = []
    private var tooLong = false
    private var depth = 0
    private var strings = StringTracker()
    private var line: Int
    private var elementLine = 0
    private var nextIndex = 0
    private var reportedTrailingContent = false

    /// Creates a splitter; `firstLine` numbers the line of the first byte fed (for an array inside a document).
    init(maximumElementLength: Int, firstLine: Int = 1) {
        self.maximumElementLength = maximumElementLength
        self.line = firstLine
    }

    /// Adds the elements that end in `chunk` to `batch`.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, into batch: inout StatementBatch) {
        var position = 0
        while position < chunk.count {
            switch state {
            case .beforeArray:
                let byte = chunk[position]
                position += 1
                if byte == UInt8(ascii: "[") {
                    state = .expectingElement(first: true)
                } else if byte == UInt8(ascii: "\n") {
                    line += 1
                }
            case .expectingElement(let first):
                let byte = chunk[position]
                if byte.isJSONWhitespace {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    position += 1
                } else if byte == UInt8(ascii: "]") {
                    if !first {
                        batch.appendProblem(
                            "trailing comma before the array's closing ']'",
                            index: nextIndex,
                            line: line
                        )
                        nextIndex += 1
                    }
                    state = .afterArray
                    position += 1
                } else {
                    state = .inElement
                    elementLine = line
                }
            case .inElement:
                position = scanElement(chunk, from: position, into: &batch)
            case .afterArray:
                let byte = chunk[position]
                position += 1
                if byte == UInt8(ascii: "\n") {
                    line += 1
                } else if !byte.isJSONWhitespace, !reportedTrailingContent {
                    reportedTrailingContent = true
                    batch.appendProblem("content after the array's closing ']'", index: nextIndex, line: line)
                    nextIndex += 1
                }
            }
        }
    }

    /// Reports an array that the input does not close.
    mutating func finish(into batch: inout StatementBatch) {
        switch state {
        case .inElement:
            // An element cut short is reported when it is parsed; a whole one leaves only the ']' missing.
            let whole = depth == 0 && !strings.inString
            endElement(into: &batch)
            if whole {
                batch.appendProblem("the input ends before the array's closing ']'", index: nextIndex, line: line)
                nextIndex += 1
            }
        case .expectingElement, .beforeArray:
            batch.appendProblem("the input ends before the array's closing ']'", index: nextIndex, line: line)
            nextIndex += 1
        case .afterArray:
            break
        }
        state = .afterArray
    }

    /// Copies element bytes up to the end of the element or of the chunk; returns the next position.
    private mutating func scanElement(
        _ chunk: UnsafeBufferPointer<UInt8>,
        from start: Int,
        into batch: inout StatementBatch
    ) -> Int {
        var position = start
        var ended = false
        var closesArray = false
        scan: while position < chunk.count {
            let byte = chunk[position]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if strings.role(of: byte) == .structure {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if depth == 0, byte == UInt8(ascii: "]") {
                        ended = true
                        closesArray = true
                        break scan
                    }
                    depth = max(depth - 1, 0)
                case UInt8(ascii: ","):
                    if depth == 0 {
                        ended = true
                        break scan
                    }
                default:
                    break
                }
            }
            position += 1
        }
        append(UnsafeBufferPointer(rebasing: chunk[start..<position]))
        guard ended else { return position }
        endElement(into: &batch)
        state = closesArray ? .afterArray : .expectingElement(first: false)
        return position + 1
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !tooLong else { return }
        current.append(contentsOf: bytes)
        if current.count > maximumElementLength {
            tooLong = true
            current.removeAll()
        }
    }

    private mutating func endElement(into batch: inout StatementBatch) {
        if tooLong {
            batch.appendProblem(
                "statement longer than \(maximumElementLength) bytes; not read",
                index: nextIndex,
                line: elementLine
            )
        } else {
            while let last = current.last, last.isJSONWhitespace { current.removeLast() }
            current.withUnsafeBufferPointer { batch.append($0, index: nextIndex, line: elementLine) }
        }
        nextIndex += 1
        current.removeAll(keepingCapacity: current.capacity <= 1 << 16)
        tooLong = false
        depth = 0
        strings = StringTracker()
    }
}

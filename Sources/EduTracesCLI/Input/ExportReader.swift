import XAPI

/// Reads an input in chunks and cuts it into batches of statements, whatever its layout.
///
/// Layouts: NDJSON (one statement a line), a JSON array of statements, one statement object, or a
/// StatementResult (`{"statements":[...]}`). NDJSON and arrays stream in constant memory; a single
/// object document is read whole (it is one statement or one page of an LRS answer).
///
/// ```swift
/// let reader = ExportReader(source: try ByteSource(path: "export.ndjson"))
/// while let batch = try reader.nextBatch() {
///     for slice in batch.slices { … }
/// }
/// ```
package final class ExportReader {
    /// How an input holds its statements.
    private enum Layout: Equatable {
        case ndjson
        case array
        case document
    }

    private let source: any ByteStream
    private let chunkSize: Int
    private let maximumStatementLength: Int
    private let maximumDocumentLength: Int
    /// The layout found, once the first batch is read.
    private var layout: Layout?
    private var ndjson: NDJSONSplitter
    private var array: ArraySplitter
    private var buffer: [UInt8] = []
    private var finished = false
    /// A read error held back until the statements read before it are handed out.
    private var failure: InputError?
    /// Bytes consumed so far, for progress.
    package private(set) var bytesRead = 0

    /// Whether the statements read so far were written to be posted together (a JSON array, a StatementResult,
    /// a single statement), rather than as independent lines (NDJSON). Known once the first batch is read.
    ///
    /// An LRS takes or refuses a posted array whole, so a repeated id there is an error; in an NDJSON export
    /// the same statement twice is a repeat, not a conflict.
    package var statementsShareABatch: Bool {
        layout != .ndjson
    }

    /// A reader of `source` that reads `chunkSize` bytes at a time and cuts batches of about that many bytes;
    /// longer statements and documents than the maximums are reported, not held in memory.
    package init(
        source: any ByteStream,
        chunkSize: Int = 1 << 18,
        maximumStatementLength: Int = 16 << 20,
        maximumDocumentLength: Int = 512 << 20
    ) {
        self.source = source
        self.chunkSize = chunkSize
        self.maximumStatementLength = maximumStatementLength
        self.maximumDocumentLength = maximumDocumentLength
        ndjson = NDJSONSplitter(maximumLineLength: maximumStatementLength)
        array = ArraySplitter(maximumElementLength: maximumStatementLength)
    }

    /// The next batch of about `chunkSize` bytes of statements; `nil` once the input is exhausted.
    ///
    /// When a read fails, the statements cut before it are returned first and the error is thrown by the next
    /// call, so that what was read is still checked.
    package func nextBatch() throws(InputError) -> StatementBatch? {
        if let failure {
            self.failure = nil
            throw failure
        }
        guard !finished else { return nil }
        var batch = StatementBatch()
        batch.bytes.reserveCapacity(chunkSize + chunkSize / 4)
        do {
            try fill(&batch)
        } catch {
            finished = true
            guard batch.slices.isEmpty else {
                failure = error
                return batch
            }
            throw error
        }
        return batch.slices.isEmpty && finished ? nil : batch
    }

    private func fill(_ batch: inout StatementBatch) throws(InputError) {
        if layout == nil {
            try detectLayout(into: &batch)
            if finished { return }
        }
        while batch.bytes.count < chunkSize, !finished {
            buffer.removeAll(keepingCapacity: true)
            let count = try source.read(upTo: chunkSize, appendingTo: &buffer)
            bytesRead += count
            if count == 0 {
                finish(into: &batch)
            } else {
                feed(into: &batch)
            }
        }
    }

    // MARK: Layout

    private func detectLayout(into batch: inout StatementBatch) throws(InputError) {
        buffer.removeAll(keepingCapacity: true)
        // Read until something other than whitespace shows up, or the input ends.
        while true {
            let count = try source.read(upTo: chunkSize, appendingTo: &buffer)
            bytesRead += count
            if count == 0 { break }
            // A byte order mark cut across reads is not content yet.
            if buffer.count < Self.byteOrderMark.count, Self.byteOrderMark.starts(with: buffer) { continue }
            if Self.skipBOM(buffer).contains(where: { !$0.isJSONWhitespace }) { break }
        }
        let start = buffer.starts(with: Self.byteOrderMark) ? Self.byteOrderMark.count : 0
        if start > 0 { buffer.removeFirst(start) }
        guard let first = buffer.first(where: { !$0.isJSONWhitespace }) else {
            finished = true
            return
        }
        switch first {
        case UInt8(ascii: "["):
            layout = .array
        case UInt8(ascii: "{"):
            try readFirstLines()
            layout = looksLikeNDJSON() ? .ndjson : .document
        default:
            layout = .ndjson
        }
        if layout == .document {
            try readDocument(into: &batch)
        } else {
            feed(into: &batch)
        }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func skipBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
    }

    /// Reads on until two non-blank lines have ended (or the input ends, or a line is too long to wait for), so
    /// that a pipe fed line by line is judged on its content, not on where its writer paused.
    private func readFirstLines() throws(InputError) {
        var scanned = 0
        while buffer.count <= maximumStatementLength {
            // Lines are counted again only when a newline arrives, so a long first line is scanned once.
            if buffer[scanned...].contains(UInt8(ascii: "\n")),
                Self.nonBlankLines(of: buffer, upTo: 2, tail: false).count == 2
            {
                return
            }
            scanned = buffer.count
            let count = try source.read(upTo: chunkSize, appendingTo: &buffer)
            bytesRead += count
            if count == 0 { return }
        }
    }

    /// NDJSON when a file is named so, or when it has several lines and its first (or, when the first is
    /// broken, its second) non-blank line holds one complete value.
    private func looksLikeNDJSON() -> Bool {
        if source.name.hasSuffix(".ndjson") || source.name.hasSuffix(".jsonl") { return true }
        let lines = Self.nonBlankLines(of: buffer, upTo: 2, tail: true)
        return lines.count == 2 && lines.contains(where: Self.holdsOneValue)
    }

    /// The first `limit` lines of `bytes` that are not blank; `tail` counts a last line without its newline.
    private static func nonBlankLines(of bytes: [UInt8], upTo limit: Int, tail: Bool) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        while lines.count < limit, start < bytes.endIndex {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
            guard newline != nil || tail else { break }
            let line = bytes[start..<(newline ?? bytes.endIndex)]
            if line.contains(where: { !$0.isJSONWhitespace }) { lines.append(line) }
            start = (newline ?? bytes.endIndex) + 1
        }
        return lines
    }

    /// Whether `line` is one JSON object or array, with nothing but whitespace around it.
    private static func holdsOneValue(_ line: ArraySlice<UInt8>) -> Bool {
        guard let start = line.firstIndex(where: { !$0.isJSONWhitespace }),
            let end = JSONStructure.endOfFirstValue(in: line[start...])
        else { return false }
        return line[end...].allSatisfy(\.isJSONWhitespace)
    }

    // MARK: Streaming layouts

    private func feed(into batch: inout StatementBatch) {
        buffer.withUnsafeBufferPointer { chunk in
            switch layout {
            case .ndjson: ndjson.feed(chunk, into: &batch)
            case .array: array.feed(chunk, into: &batch)
            case .document, nil: break
            }
        }
    }

    private func finish(into batch: inout StatementBatch) {
        switch layout {
        case .ndjson: ndjson.finish(into: &batch)
        case .array: array.finish(into: &batch)
        case .document, nil: break
        }
        finished = true
    }

    // MARK: Whole documents

    private func readDocument(into batch: inout StatementBatch) throws(InputError) {
        while buffer.count <= maximumDocumentLength {
            let count = try source.read(upTo: chunkSize, appendingTo: &buffer)
            bytesRead += count
            if count == 0 { break }
        }
        finished = true
        guard buffer.count <= maximumDocumentLength else {
            batch.appendProblem(
                "a single JSON document larger than \(maximumDocumentLength >> 20) MB; write exports as NDJSON or a JSON array",
                index: 0,
                line: 1
            )
            return
        }
        if let statements = JSONStructure.statementsArray(in: buffer) {
            // A StatementResult: its statements, each with the line where it starts.
            var splitter = ArraySplitter(maximumElementLength: maximumStatementLength, firstLine: statements.line)
            buffer.withUnsafeBufferPointer { bytes in
                splitter.feed(UnsafeBufferPointer(rebasing: bytes[statements.range]), into: &batch)
            }
            splitter.finish(into: &batch)
        } else if JSONStructure.lineCountStartingWithBrace(in: buffer) > 1, (try? JSONParser().parse(buffer)) == nil {
            // Probably NDJSON whose first line is broken: report line by line.
            layout = .ndjson
            feed(into: &batch)
            ndjson.finish(into: &batch)
        } else {
            let trimmed = buffer.withUnsafeBufferPointer { bytes in
                let start = bytes.firstIndex { !$0.isJSONWhitespace } ?? 0
                let end = (bytes.lastIndex { !$0.isJSONWhitespace } ?? -1) + 1
                return start..<max(start, end)
            }
            let line = buffer[..<trimmed.lowerBound].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            buffer.withUnsafeBufferPointer {
                batch.append(UnsafeBufferPointer(rebasing: $0[trimmed]), index: 0, line: line)
            }
        }
    }
}

import EduTracesCLI
import Foundation
import Testing

/// The reader alone: where each statement of each layout starts, which bytes it holds, however the input
/// arrives (reads of 1 to 7 bytes, each a batch of its own; reads of changing sizes; one large read).
@Suite("Export reader")
struct ExportReaderTests {
    /// How an input is delivered to the reader.
    struct Delivery: Sendable, CustomTestStringConvertible {
        /// The bytes asked for by each read, and the size at which batches are cut.
        let chunkSize: Int
        /// The sizes the stream actually hands out, in turn (none: all that is asked).
        let pieceSizes: [Int]

        var testDescription: String { "chunks of \(chunkSize), pieces \(pieceSizes)" }

        /// Reads of 1 to 7 bytes, each cut into batches of its size; pieces of 1 to 7 bytes into large batches;
        /// one large read.
        static let all: [Delivery] =
            (1...7).map { Delivery(chunkSize: $0, pieceSizes: []) } + [
                Delivery(chunkSize: 1 << 18, pieceSizes: Array(1...7)),
                Delivery(chunkSize: 1 << 18, pieceSizes: []),
            ]

        /// A reader of `bytes` delivered this way.
        func reader(of bytes: [UInt8], name: String = "export.json") -> ExportReader {
            ExportReader(source: MemoryByteStream(bytes, name: name, pieceSizes: pieceSizes), chunkSize: chunkSize)
        }

        /// A reader of `text` delivered this way.
        func reader(of text: String, name: String = "export.json") -> ExportReader {
            reader(of: Array(text.utf8), name: name)
        }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `text` cut just after `marker`, as a writer that stopped there leaves it.
    private static func cut(_ text: String, after marker: String) throws -> String {
        let end = try #require(text.range(of: marker)).upperBound
        return String(text[..<end])
    }

    private static func statement(_ index: Int, line: Int, _ text: String) -> ReadStatement {
        ReadStatement(index: index, line: line, text: text, problem: nil)
    }

    private static func problem(_ index: Int, line: Int, _ problem: String) -> ReadStatement {
        ReadStatement(index: index, line: line, text: nil, problem: problem)
    }

    // MARK: NDJSON

    @Test(arguments: Delivery.all)
    func readsNDJSONWithCRLFAndBlankLines(delivery: Delivery) throws {
        let text =
            "\r\n" + Statements.valid(1) + "\r\n\r\n   \r\n" + Statements.badMailbox(2) + "\r\n\t\n"
            + Statements.valid(3) + "\r\n"
        let reader = delivery.reader(of: text)
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 2, Statements.valid(1)),
                Self.statement(1, line: 5, Statements.badMailbox(2)),
                Self.statement(2, line: 7, Statements.valid(3)),
            ]
        )
        #expect(!reader.statementsShareABatch)
    }

    @Test(arguments: Delivery.all)
    func readsLastNDJSONLineWithoutNewline(delivery: Delivery) throws {
        let reader = delivery.reader(of: Statements.valid(1) + "\n" + Statements.valid(2))
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 1, Statements.valid(1)),
                Self.statement(1, line: 2, Statements.valid(2)),
            ]
        )
    }

    /// The cut line is handed out as it is; parsing it reports the syntax error at its line.
    @Test(arguments: Delivery.all)
    func readsNDJSONLineCutInsideAString(delivery: Delivery) throws {
        let cut = try Self.cut(Statements.valid(3), after: #""mailto:lear"#)
        let reader = delivery.reader(of: Statements.valid(1) + "\n" + Statements.valid(2) + "\n" + cut)
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 1, Statements.valid(1)),
                Self.statement(1, line: 2, Statements.valid(2)),
                Self.statement(2, line: 3, cut),
            ]
        )
    }

    @Test(arguments: Delivery.all)
    func skipsByteOrderMarkOfNDJSON(delivery: Delivery) throws {
        let text = Statements.valid(1) + "\n" + Statements.valid(2) + "\n"
        let reader = delivery.reader(of: Self.byteOrderMark + Array(text.utf8))
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 1, Statements.valid(1)),
                Self.statement(1, line: 2, Statements.valid(2)),
            ]
        )
        #expect(!reader.statementsShareABatch)
    }

    // MARK: Arrays

    @Test(arguments: Delivery.all)
    func readsPrettyPrintedArraySplitAcrossReads(delivery: Delivery) throws {
        let first = try Statements.pretty(Statements.valid(1), indent: 2)
        let second = try Statements.pretty(Statements.withParents(2), indent: 2)
        let reader = delivery.reader(of: "[\n  " + first + ",\n  " + second + "\n]\n")
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 2, first),
                Self.statement(1, line: 2 + Statements.lineCount(first), second),
            ]
        )
        #expect(reader.statementsShareABatch)
    }

    @Test(arguments: Delivery.all)
    func skipsByteOrderMarkOfArray(delivery: Delivery) throws {
        let text = "[" + Statements.valid(1) + "," + Statements.valid(2) + "]"
        let reader = delivery.reader(of: Self.byteOrderMark + Array(text.utf8))
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 1, Statements.valid(1)),
                Self.statement(1, line: 1, Statements.valid(2)),
            ]
        )
        #expect(reader.statementsShareABatch)
    }

    @Test(arguments: Delivery.all)
    func reportsArrayThatIsNotClosed(delivery: Delivery) throws {
        let reader = delivery.reader(of: "[" + Statements.valid(1) + ",\n" + Statements.valid(2) + "\n")
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 1, Statements.valid(1)),
                Self.statement(1, line: 2, Statements.valid(2)),
                Self.problem(2, line: 3, "the input ends before the array's closing ']'"),
            ]
        )
    }

    /// The cut element is handed out as it is (parsing it reports the syntax error); no second problem is added.
    @Test(arguments: Delivery.all)
    func readsArrayElementCutInsideAString(delivery: Delivery) throws {
        let cut = try Self.cut(Statements.valid(2), after: #""mailto:lear"#)
        let reader = delivery.reader(of: "[" + Statements.valid(1) + ",\n" + cut)
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 1, Statements.valid(1)),
                Self.statement(1, line: 2, cut),
            ]
        )
    }

    // MARK: Documents

    @Test(arguments: Delivery.all)
    func readsStatementsOfStatementResult(delivery: Delivery) throws {
        let text =
            "{\"statements\": [\n" + Statements.valid(1) + ",\n" + Statements.badMailbox(2) + "\n],\n"
            + "\"more\": \"/xapi/statements?more=2\"\n}\n"
        let reader = delivery.reader(of: text)
        #expect(
            try ReadStatement.all(from: reader) == [
                Self.statement(0, line: 2, Statements.valid(1)),
                Self.statement(1, line: 3, Statements.badMailbox(2)),
            ]
        )
        #expect(reader.statementsShareABatch)
    }

    @Test(arguments: Delivery.all)
    func readsPrettyPrintedStatementWhole(delivery: Delivery) throws {
        let statement = try Statements.pretty(Statements.valid(1))
        let reader = delivery.reader(of: Self.byteOrderMark + Array(("\n" + statement + "\n").utf8))
        #expect(try ReadStatement.all(from: reader) == [Self.statement(0, line: 2, statement)])
        #expect(reader.statementsShareABatch)
    }

    // MARK: Ends

    @Test(arguments: ["", "\n \r\n\t"])
    func findsNoStatementInBlankInput(text: String) throws {
        let reader = ExportReader(source: MemoryByteStream(text))
        #expect(try reader.nextBatch() == nil)
    }

    @Test func handsOutStatementsReadBeforeAReadErrorThenThrowsIt() throws {
        let lines = (1...5).map { Statements.valid($0) + "\n" }
        let readable = lines.prefix(3).joined().utf8.count
        let source = MemoryByteStream(lines.joined(), pieceSizes: [100], failureOffset: readable)
        let reader = ExportReader(source: source)
        let batch = try #require(try reader.nextBatch())
        #expect(batch.slices.map(\.index) == [0, 1, 2])
        #expect(throws: InputError.self) { try reader.nextBatch() }
        #expect(try reader.nextBatch() == nil)
    }
}

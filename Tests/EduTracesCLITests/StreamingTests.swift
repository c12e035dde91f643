import Foundation
import Testing

/// A large export is read in chunks and checked as it streams, with the same counts as a small one.
@Suite("Streaming")
struct StreamingTests {
    /// The size of the generated export; kept so that a debug build checks it in seconds.
    static let exportBytes = 48 << 20

    @Test(.timeLimit(.minutes(2)))
    func validatesLargeExportWithProgressOnTerminal() async throws {
        let inputs = try InputFolder()
        let lineLength = Statements.valid(0).utf8.count + 1
        let count = Self.exportBytes / lineLength
        let invalid = count - 3
        let file = try Self.writeExport(to: inputs.path("large.ndjson"), count: count) { number in
            number == invalid ? Statements.badMailbox(number) : Statements.valid(number)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let run = await inputs.edutraces(["validate", "--profile", "none", "--format", "json", file], terminal: true)
        let elapsed = clock.now - start
        print("validated \(count) statements (\(Self.exportBytes >> 20) MB) in \(elapsed)")

        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: count, valid: count - 1, invalid: 1, errors: 1, warnings: 0))
        #expect(report.results.map(\.index) == [invalid])
        #expect(report.results.first?.line == invalid + 1)
        #expect(report.results.first?.id == Statements.id(invalid))
        // Progress is drawn at most four times a second on a terminal's standard error, never on standard output.
        if elapsed > .seconds(1) {
            #expect(!run.diagnostics.isEmpty)
        }
    }

    /// Writes `count` statements, one a line, made by `statement(number)`, and returns the path.
    private static func writeExport(to path: String, count: Int, statement: (Int) -> String) throws -> String {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        for number in 0..<count {
            buffer.append(contentsOf: statement(number).utf8)
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        return path
    }
}

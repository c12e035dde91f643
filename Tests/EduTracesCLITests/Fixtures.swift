import EduTracesCLI
import Foundation
import Testing
import XAPI

/// Statements shared by the command's tests, as one-line JSON text, numbered so each has its own id.
enum Statements {
    /// The id of statement `number`: a UUID whose last group is `number` in hexadecimal.
    static func id(_ number: Int) -> String {
        let hex = String(number, radix: 16)
        return "6690e6c9-3ef0-4ed3-8b37-" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex
    }

    /// A conforming xAPI 1.0.3 statement; `extra` adds members (`,"key":value`).
    static func valid(_ number: Int, activity: String = "http://example.com/activities/1", extra: String = "") -> String
    {
        statement(number, mailbox: "mailto:learner@example.com", activity: activity, extra: extra)
    }

    /// A statement whose actor's mbox lacks `mailto:`: one error, `xapi.mbox` at `/actor/mbox` (Data 2.4.2.3).
    static func badMailbox(_ number: Int) -> String {
        statement(number, mailbox: "learner@example.com", activity: "http://example.com/activities/1", extra: "")
    }

    /// A 1.0.3 statement whose timestamp has no offset from UTC: a warning (1.0.3 says SHOULD), no error.
    static func timestampWithoutZone(_ number: Int) -> String {
        valid(number, extra: #","timestamp":"2024-03-01T10:00:00""#)
    }

    /// A statement with `context.contextAgents`, a property xAPI 2.0 added; `version` is written when given.
    static func contextAgents(_ number: Int, version: String? = nil) -> String {
        let agent =
            #"{"objectType":"contextAgent","agent":{"objectType":"Agent","mbox":"mailto:teacher@example.com"},"#
            + #""relevantTypes":["http://example.com/types/teacher"]}"#
        let declared = version.map { #","version":"\#($0)""# } ?? ""
        return valid(number, extra: #","context":{"contextAgents":[\#(agent)]}"# + declared)
    }

    /// A statement whose context lists two parent activities, so that pretty-printed it has nested objects.
    static func withParents(_ number: Int) -> String {
        let parents = #"[{"id":"http://example.com/courses/1"},{"id":"http://example.com/units/1"}]"#
        return valid(number, extra: #","context":{"contextActivities":{"parent":\#(parents)}}"#)
    }

    /// Text that is not JSON (a bare word as a value), with balanced braces.
    static let broken = #"{"id":"6690e6c9-3ef0-4ed3-8b37-00000000ffff","actor":nope}"#

    /// Statement `number` cut short inside its actor, as a writer that crashed mid-line leaves it.
    static func truncated(_ number: Int) -> String {
        let text = valid(number)
        return String(text[..<text.range(of: #""mbox""#)!.upperBound])
    }

    private static func statement(_ number: Int, mailbox: String, activity: String, extra: String) -> String {
        #"{"id":"\#(id(number))","actor":{"objectType":"Agent","mbox":"\#(mailbox)"},"#
            + #""verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed"}},"#
            + #""object":{"id":"\#(activity)"}\#(extra)}"#
    }

    /// `json` pretty-printed: one member or element a line, indented by two spaces a level from `indent`.
    static func pretty(_ json: String, indent: Int = 0) throws -> String {
        prettyText(try JSONParser().parse(json), indent: String(repeating: " ", count: indent))
    }

    private static func prettyText(_ value: JSONValue, indent: String) -> String {
        let inner = indent + "  "
        switch value {
        case .object(let object) where !object.isEmpty:
            let members = object.members.map { member in
                inner + JSONWriter.string(from: .string(member.key)) + ": " + prettyText(member.value, indent: inner)
            }
            return "{\n" + members.joined(separator: ",\n") + "\n" + indent + "}"
        case .array(let elements) where !elements.isEmpty:
            let lines = elements.map { inner + prettyText($0, indent: inner) }
            return "[\n" + lines.joined(separator: ",\n") + "\n" + indent + "]"
        default:
            return JSONWriter.string(from: value)
        }
    }

    /// The number of lines of `text` (a final newline ends the last line, it does not start another).
    static func lineCount(_ text: String) -> Int {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        if text.hasSuffix("\n") { lines -= 1 }
        return lines
    }
}

/// What one run of the command returned and printed.
struct CommandRun {
    /// The exit status.
    let status: Int32
    /// Everything written on standard output.
    let output: String
    /// Everything written on standard error.
    let diagnostics: String

    /// The lines of standard output, without their newlines.
    var outputLines: [String] {
        output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Standard output read as a `--format json` report.
    func jsonReport() throws -> JSONReport {
        try JSONReport(output)
    }

    /// Standard output read as a `--format junit` report.
    func junitReport() throws -> JUnitReport {
        try JUnitReport(output)
    }
}

/// Runs `edutraces` in this process with `arguments`; standard error acts as a terminal when `terminal` is set.
func edutraces(_ arguments: [String], terminal: Bool = false) async -> CommandRun {
    let output = Output(isTerminal: false)
    let errors = Output(isTerminal: terminal)
    // An empty environment: messages in English whatever the locale of the machine running the tests.
    let status = await EduTraces.run(arguments, standardOutput: output, standardError: errors, environment: [:])
    return CommandRun(status: status, output: output.text, diagnostics: errors.text)
}

/// Runs `edutraces` in this process with `arguments`.
func edutraces(_ arguments: String...) async -> CommandRun {
    await edutraces(arguments)
}

/// A temporary folder holding one test's input files; it is removed with the value.
///
/// Run the command through ``edutraces(_:)`` of the folder so that the files exist until the run ends.
final class InputFolder {
    /// The folder.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("edutraces-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` in the folder, whether or not the file exists.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `bytes` to the file `name` and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `text` as it is (UTF-8) to the file `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes `lines`, each ended by a newline, to the file `name` and returns its path.
    @discardableResult
    func write(_ name: String, lines: [String]) throws -> String {
        try write(name, lines.map { $0 + "\n" }.joined())
    }

    /// Runs `edutraces` in this process with `arguments`, while the folder exists.
    func edutraces(_ arguments: [String], terminal: Bool = false) async -> CommandRun {
        await EduTracesCLITests.edutraces(arguments, terminal: terminal)
    }

    /// Runs `edutraces` in this process with `arguments`, while the folder exists.
    func edutraces(_ arguments: String...) async -> CommandRun {
        await edutraces(arguments)
    }
}

/// An input held in memory that delivers its bytes in pieces of chosen sizes, and may fail part way.
final class MemoryByteStream: ByteStream {
    let name: String
    private let bytes: [UInt8]
    private let pieceSizes: [Int]
    private let failureOffset: Int?
    private var offset = 0
    private var reads = 0

    /// A stream of `bytes` whose reads return at most `pieceSizes[n % count]` bytes (all that is asked when
    /// empty); once `failureOffset` bytes are delivered, the next read fails.
    init(_ bytes: [UInt8], name: String = "memory.json", pieceSizes: [Int] = [], failureOffset: Int? = nil) {
        self.bytes = bytes
        self.name = name
        self.pieceSizes = pieceSizes.filter { $0 > 0 }
        self.failureOffset = failureOffset
    }

    /// A stream of the UTF-8 bytes of `text`.
    convenience init(_ text: String, name: String = "memory.json", pieceSizes: [Int] = [], failureOffset: Int? = nil) {
        self.init(Array(text.utf8), name: name, pieceSizes: pieceSizes, failureOffset: failureOffset)
    }

    func read(upTo count: Int, appendingTo buffer: inout [UInt8]) throws(InputError) -> Int {
        if let failureOffset, offset >= failureOffset {
            throw InputError(path: name, reason: "Input/output error")
        }
        var length = min(count, bytes.count - offset)
        if !pieceSizes.isEmpty { length = min(length, pieceSizes[reads % pieceSizes.count]) }
        if let failureOffset { length = min(length, failureOffset - offset) }
        buffer.append(contentsOf: bytes[offset..<(offset + length)])
        offset += length
        reads += 1
        return length
    }
}

/// One statement, or one problem of the input's structure, as an ``ExportReader`` cut it.
struct ReadStatement: Equatable, CustomStringConvertible {
    /// The 0-based position in the input.
    let index: Int
    /// The 1-based line where it starts.
    let line: Int
    /// The statement's bytes as text, or `nil` for a problem.
    let text: String?
    /// The problem, or `nil` for a statement.
    let problem: String?

    var description: String { "#\(index) line \(line): \(text ?? "problem: \(problem ?? "")")" }

    /// Every statement and problem `reader` cuts, in order, across all its batches.
    static func all(from reader: ExportReader) throws -> [ReadStatement] {
        var statements: [ReadStatement] = []
        while let batch = try reader.nextBatch() {
            for slice in batch.slices {
                let text = slice.problem == nil ? String(decoding: batch.bytes[slice.range], as: UTF8.self) : nil
                statements.append(
                    ReadStatement(index: slice.index, line: slice.line, text: text, problem: slice.problem)
                )
            }
        }
        return statements
    }
}

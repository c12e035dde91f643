import Foundation
import XAPI

/// `edutraces journal`: shows what a `send` journal holds (statements waiting, statements set aside with
/// the LRS's reasons) without sending anything.
struct JournalCommand: Command {
    static let name = "journal"
    static let summary = "Show what a send journal holds: statements queued and set aside, without sending."
    static let discussion = """
        The journal is the folder where send keeps statements until the LRS acknowledges them. Statements
        the LRS refused for good (409 conflict, 400 or 422 invalid, 413 too large) and damaged records are
        set aside there with their reason; nothing leaves that store unless a program asks.

        Exit status: 0 the journal was read, 2 a usage error or a journal that cannot be read (missing, or
        open in a running send).
        """

    static let journal = CommandOption(
        "--journal",
        value: "DIR",
        defaultValue: ".edutraces/journal",
        help: "The journal's folder, as given to send."
    )
    static let format = CommandOption(
        "--format",
        value: "FORMAT",
        allowedValues: ["text", "json"],
        defaultValue: "text",
        help: "text (counts, then one line per set-aside statement) or json (one document for scripts)."
    )

    static let options = [journal, format]
    static let examples = [
        CommandExample("edutraces journal --journal traces", "What the journal traces still holds, and why."),
        CommandExample(
            "edutraces journal --format json | jq '.setAside[] | select(.kind == \"conflict\")'",
            "The statements set aside because the LRS holds other content under their ids."
        ),
    ]

    let journalPath: String
    let json: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        journalPath = arguments.value(of: Self.journal) ?? ".edutraces/journal"
        json = arguments.value(of: Self.format) == "json"
    }

    func run(in context: CommandContext) async throws -> Int32 {
        var isDirectory: ObjCBool = false
        // Opening creates a missing journal; looking at a path that holds none must not.
        guard FileManager.default.fileExists(atPath: journalPath, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            context.diagnostics.write("edutraces journal: \(journalPath): no journal folder there\n")
            return EduTraces.ExitStatus.usage
        }
        let snapshot: JournalSnapshot
        do {
            snapshot = try await JournalSnapshot.read(URL(fileURLWithPath: journalPath))
        } catch {
            context.diagnostics.write("edutraces journal: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        if json {
            context.output.write(bytes: JSONWriter.bytes(from: snapshot.json(journal: journalPath)))
            context.output.write("\n")
        } else {
            context.output.write(snapshot.text(journal: journalPath))
        }
        return EduTraces.ExitStatus.success
    }
}

import EduTracesCLI
import Foundation
import Testing
import XAPI
import XAPIUploader

/// The real LRS that `Scripts/test` starts (Ralph), found through LRS_ENDPOINT, LRS_USERNAME and
/// LRS_PASSWORD. Without it the tests that deliver are disabled, except under CI=true, where they run and
/// fail: CI must never pass by skipping them.
enum LocalLRS {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var endpoint: URL? {
        environment["LRS_ENDPOINT"].flatMap { $0.isEmpty ? nil : URL(string: $0) }
    }

    static var username: String { environment["LRS_USERNAME"] ?? "" }

    static var password: String { environment["LRS_PASSWORD"] ?? "" }

    /// Whether the tests that deliver run: with an LRS, or under CI (where they then fail).
    static var shouldRun: Bool {
        endpoint != nil || environment["CI"] == "true"
    }

    /// The endpoint, or a recorded failure explaining that the LRS is missing.
    static func requireEndpoint() throws -> URL {
        try #require(endpoint, "LRS_ENDPOINT is not set: run the tests with Scripts/test, which starts the LRS")
    }

    /// A client that reads back what `send` delivered.
    static func client() throws -> LRSClient {
        LRSClient(endpoint: try requireEndpoint(), credentials: .basic(username: username, password: password))
    }

    /// The statement stored under `id`, `nil` when the LRS has none.
    static func stored(_ id: StatementID) async throws -> JSONValue? {
        try await client().statement(id: id)
    }
}

/// Statements for `send`, each with a fresh id and a mailbox no other run uses, so that the LRS never holds
/// other content under their ids.
struct SentStatements {
    /// The learner of every statement.
    let mailbox = "mailto:send-\(UUID().uuidString.lowercased())@example.fr"

    /// A conforming statement with a new id.
    func valid(activity: Int = 1) -> (id: StatementID, text: String) {
        let id = StatementID()
        return (id, text(id: id, mailbox: mailbox, activity: activity))
    }

    /// A statement with a new id whose mbox lacks `mailto:`: `xapi.mbox` at `/actor/mbox`.
    func invalid() -> (id: StatementID, text: String) {
        let id = StatementID()
        return (id, text(id: id, mailbox: String(mailbox.dropFirst("mailto:".count)), activity: 1))
    }

    /// A conforming statement with a new id whose `result.response` makes it larger than the 1 MB a batch of
    /// the uploader carries by default, so the uploader refuses it (`uploader.statement.size`).
    func tooLarge() -> (id: StatementID, text: String) {
        let id = StatementID()
        let response = #","result":{"response":"\#(String(repeating: "r", count: 1_000_000))"}}"#
        return (id, String(text(id: id, mailbox: mailbox, activity: 9).dropLast()) + response)
    }

    /// The number of bytes the uploader writes for the statement `text`: compact JSON, id and timestamp included.
    static func writtenSize(of text: String) throws -> Int {
        JSONWriter.bytes(from: try JSONParser().parse(text)).count
    }

    /// The statement `id` with other content than ``valid(activity:)`` gives it.
    func text(id: StatementID, activity: Int) -> String {
        text(id: id, mailbox: mailbox, activity: activity)
    }

    private func text(id: StatementID, mailbox: String, activity: Int) -> String {
        #"{"id":"\#(id.canonicalText)","actor":{"objectType":"Agent","mbox":"\#(mailbox)"},"#
            + #""verb":{"id":"http://adlnet.gov/expapi/verbs/answered","display":{"fr-FR":"a répondu"}},"#
            + #""object":{"id":"https://exercices.example.fr/fractions/\#(activity)"},"#
            + #""timestamp":"2026-12-01T08:00:00.000Z"}"#
    }
}

/// Runs `edutraces` in this process with `arguments` and `environment` as the only environment variables.
func edutraces(_ arguments: [String], environment: [String: String]) async -> CommandRun {
    let output = Output()
    let errors = Output()
    let status = await EduTraces.run(
        arguments,
        standardOutput: output,
        standardError: errors,
        environment: environment
    )
    return CommandRun(status: status, output: output.text, diagnostics: errors.text)
}

extension InputFolder {
    /// `send --endpoint … --user … --password-env LRS_PASSWORD --journal <folder>/journal --timeout 5`
    /// (or `timeout`) and then `arguments`, against the local LRS unless `endpoint` is given.
    func send(
        _ arguments: [String],
        endpoint: String? = nil,
        password: String? = nil,
        timeout: String = "5"
    ) async throws -> CommandRun {
        let endpoint = try endpoint ?? LocalLRS.requireEndpoint().absoluteString
        let common = [
            "send", "--profile", "none", "--endpoint", endpoint, "--user", LocalLRS.username, "--password-env",
            "LRS_PASSWORD",
            "--journal", journal, "--timeout", timeout,
        ]
        return await EduTracesCLITests.edutraces(
            common + arguments,
            environment: ["LRS_PASSWORD": password ?? LocalLRS.password]
        )
    }

    /// The journal folder of this test.
    var journal: String { path("journal") }
}

import Foundation
import TestSupport
import Testing
import XAPI
import XAPIPseudonymization
import XAPIUploader

/// `quiz-session-example` against the real LRS: it exits 0, prints the uploader's events and a summary, and the
/// LRS holds the session's statements under the pupil's pseudonym only.
@Suite(
    "Quiz session example",
    .enabled(if: LiveLRS.shouldRun, "needs the LRS that Scripts/test starts (LRS_ENDPOINT is not set)")
)
struct QuizSessionExampleTests {
    /// The pupil, scope and pseudonym base the example documents in its README.
    static let pupil: JSONValue = [
        "account": ["homePage": "https://ent.example.fr", "name": "0b7a5c3e-91d2-4f68-a4b0-5e2c8d17f903"]
    ]
    static let scope = "maths-plus/quiz-example/2026"
    static let homePageBase = "https://pseudonyms.maths-plus.example"

    /// A fresh key for each run, so that the pupil's pseudonym (and the LRS query by it) is this run's alone.
    private func writeKey() throws -> (file: URL, key: PseudonymizationKey) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let hex = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max)) }.joined()
        let file = folder.appendingPathComponent("test.key")
        try Data(hex.utf8).write(to: file)
        return (file, try PseudonymizationKey(hex: hex, id: "test"))
    }

    /// Every statement the LRS holds for the pupil's pseudonym under `key`.
    private func storedStatements(pseudonymizedWith key: PseudonymizationKey) async throws -> [JSONValue] {
        let pseudonymizer = try Pseudonymizer(key: key, scope: Scope(Self.scope), homePageBase: Self.homePageBase)
        var query = StatementQuery()
        query.agent = try pseudonymizer.pseudonymousAgent(Self.pupil)
        query.limit = 100
        let client = LRSClient(
            endpoint: try LiveLRS.requireEndpoint(),
            credentials: .basic(username: LiveLRS.username, password: LiveLRS.password)
        )
        return try await client.allStatements(matching: query)
    }

    private func registration(in output: String) throws -> String {
        let match = try #require(output.firstMatch(of: /registration ([0-9a-f-]{36})/), "\(output)")
        return String(match.output.1)
    }

    @Test func deliversTheWholeSessionPseudonymizedAndExitsZero() async throws {
        _ = try LiveLRS.requireEndpoint()
        let (keyFile, key) = try writeKey()
        let run = try ExampleRun("quiz-session-example", arguments: ["--key-file", keyFile.path, "--key-id", "test"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("7 statements: 7 delivered, 0 not sent, 0 set aside by the LRS"), "\(run.output)")
        #expect(run.output.contains("uploader: persisted "), "\(run.output)")
        #expect(run.output.contains("uploader: delivered "), "\(run.output)")
        #expect(!run.output.contains("THROWAWAY"), "a key was given, none is made")

        let stored = try await storedStatements(pseudonymizedWith: key)
        let registration = try registration(in: run.output)
        #expect(stored.count == 7)
        #expect(stored.allSatisfy { $0["context"]?["registration"]?.stringValue == registration })
        let verbs = Set(stored.compactMap { $0["verb"]?["id"]?.stringValue })
        #expect(
            verbs
                == Set(
                    ["initialized", "answered", "completed", "passed", "terminated"].map {
                        "http://adlnet.gov/expapi/verbs/\($0)"
                    }
                )
        )
        for statement in stored {
            let text = String(decoding: JSONWriter.bytes(from: statement), as: UTF8.self)
            #expect(
                !text.contains("0b7a5c3e-91d2-4f68-a4b0-5e2c8d17f903"),
                "the pupil's ENT id reached the LRS: \(text)"
            )
            #expect(!text.contains("ent.example.fr"), "the pupil's ENT reached the LRS: \(text)")
        }
    }

    @Test func refusesTheCarelessStatementSaysWhyAndExitsOne() async throws {
        _ = try LiveLRS.requireEndpoint()
        let (keyFile, key) = try writeKey()
        let run = try ExampleRun(
            "quiz-session-example",
            arguments: ["--key-file", keyFile.path, "--key-id", "test", "--with-mistake"]
        )
        #expect(run.status == 1, "\(run.output)")
        #expect(
            run.output.contains("NOT SENT, refused by a stage:\n    fr.activity.id at /object/id: "),
            "\(run.output)"
        )
        #expect(run.output.contains("8 statements: 7 delivered, 1 not sent"), "\(run.output)")

        let stored = try await storedStatements(pseudonymizedWith: key)
        #expect(stored.count == 7)
        #expect(stored.allSatisfy { $0["object"]?["id"]?.stringValue?.contains("?") == false })
    }

    @Test func makesAThrowawayKeyAndSaysSoWhenNoneIsGiven() throws {
        _ = try LiveLRS.requireEndpoint()
        let run = try ExampleRun("quiz-session-example", arguments: [])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("key:     THROWAWAY key made for this run"), "\(run.output)")
    }
}

/// Without an LRS the example says what it needs and exits 2; no LRS is needed to check that.
@Suite("Quiz session example without an LRS")
struct QuizSessionExampleUsageTests {
    @Test func exitsTwoAndNamesWhatIsMissingWithoutAnEndpoint() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["LRS_ENDPOINT"] = nil
        let run = try ExampleRun("quiz-session-example", arguments: [], environment: environment)
        #expect(run.status == 2)
        #expect(run.output.contains("no LRS: give --endpoint URL or set LRS_ENDPOINT"), "\(run.output)")
        #expect(run.output.contains("usage: quiz-session-example"), "\(run.output)")
    }

    @Test func exitsTwoWhenAKeyFileComesWithoutItsID() throws {
        let run = try ExampleRun(
            "quiz-session-example",
            arguments: ["--endpoint", "http://127.0.0.1:9/xAPI/", "--key-file", "/nonexistent.key"]
        )
        #expect(run.status == 2)
        #expect(run.output.contains("a key file needs its id: --key-id ID"), "\(run.output)")
    }
}

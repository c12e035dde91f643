import EduTracesCLI
import Foundation
import Testing
import XAPI

/// `edutraces send` without an LRS: its usage errors, and an unreachable LRS leaving everything in the journal.
@Suite("Send command line")
struct SendCommandLineTests {
    static let unreachable = "http://127.0.0.1:9/xAPI/"

    @Test(arguments: [
        (
            ["--endpoint", unreachable, "--password-env", "LRS_PASSWORD"],
            "edutraces send: --password-env needs --user (the account whose password the variable holds)"
        ),
        (
            ["--endpoint", unreachable, "--user", "maths-plus"],
            "edutraces send: --user needs --password-env VAR (the environment variable holding the password)"
        ),
        (
            ["--endpoint", unreachable, "--user", "maths-plus", "--password-env", "P", "--token-env", "T"],
            "edutraces send: --token-env cannot be combined with --user or --password-env: choose Basic or bearer"
        ),
        (
            ["export.ndjson"],
            "edutraces send: --endpoint is required: the LRS's xAPI endpoint, such as https://lrs.example.fr/xAPI/"
        ),
        (
            ["--endpoint", "lrs.example.fr/xAPI"],
            "edutraces send: --endpoint takes an http or https URL, such as https://lrs.example.fr/xAPI/"
        ),
        (
            ["--endpoint", unreachable, "--timeout", "0"],
            "edutraces send: --timeout takes a number of seconds above 0 and at most 86400, not '0'"
        ),
        (
            ["--endpoint", unreachable, "--profile", "cmi5"],
            "edutraces send: --profile: no profile named 'cmi5' and no such file (built in: fr-education, none)"
        ),
    ])
    func usageErrorNamesTheOptionAtFault(arguments: [String], firstLine: String) async {
        let run = await edutraces(["send"] + arguments, environment: [:])
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.split(separator: "\n").first.map(String.init) == firstLine)
        #expect(run.output.isEmpty)
    }

    @Test func endpointWithCredentialsIsRefusedWithoutRepeatingThem() async {
        let run = await edutraces(
            ["send", "--profile", "none", "--endpoint", "https://maths-plus:s3cret-pass@lrs.example.fr/xAPI/"],
            environment: [:]
        )
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.hasPrefix("edutraces send: --endpoint: give credentials with --user"))
        #expect(!run.diagnostics.contains("s3cret-pass"))
    }

    @Test func unsetPasswordVariableIsAUsageErrorThatQueuesNothing() async throws {
        let folder = try InputFolder()
        let file = try folder.write("export.ndjson", lines: [SentStatements().valid().text])
        let run = await edutraces(
            [
                "send", "--profile", "none", "--endpoint", Self.unreachable, "--user", "maths-plus", "--password-env",
                "LRS_PASSWORD",
                "--journal", folder.journal, file,
            ],
            environment: ["OTHER": "value"]
        )
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(
            run.diagnostics.hasPrefix(
                "edutraces send: --password-env: the environment variable LRS_PASSWORD is not set or is empty"
            )
        )
        #expect(!FileManager.default.fileExists(atPath: folder.journal))
    }

    @Test func missingInputIsAnErrorThatQueuesNothing() async throws {
        let folder = try InputFolder()
        let missing = folder.path("missing.ndjson")
        let run = await edutraces(
            ["send", "--profile", "none", "--endpoint", Self.unreachable, "--journal", folder.journal, missing],
            environment: [:]
        )
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: folder.journal))
    }

    @Test func unreachableLRSExitsThreeAndTheJournalKeepsTheStatements() async throws {
        let folder = try InputFolder()
        let statements = SentStatements()
        let file = try folder.write("export.ndjson", lines: [statements.valid().text, statements.valid().text])
        let run = await edutraces(
            [
                "send", "--profile", "none", "--endpoint", Self.unreachable, "--journal", folder.journal, "--timeout",
                "1", file,
            ],
            environment: [:]
        )
        #expect(run.status == EduTraces.ExitStatus.deliveryIncomplete)
        #expect(run.outputLines.contains("delivered: 0"))
        #expect(run.outputLines.contains("still queued: 2"))
        #expect(run.diagnostics.contains("delivery did not finish"))
        let journal = await edutraces(["journal", "--journal", folder.journal, "--format", "json"], environment: [:])
        #expect(journal.status == EduTraces.ExitStatus.success)
        #expect(try JSONParser().parse(journal.output)["queued"]?["statements"] == 2)
    }

    @Test func neverPrintsTheBearerToken() async throws {
        let folder = try InputFolder()
        let file = try folder.write("export.ndjson", lines: [SentStatements().valid().text])
        let token = "token-\(UUID().uuidString)"
        let run = await edutraces(
            [
                "send", "--profile", "none", "--endpoint", Self.unreachable, "--token-env", "LRS_TOKEN", "--journal",
                folder.journal,
                "--timeout", "0.5", file,
            ],
            environment: ["LRS_TOKEN": token]
        )
        #expect(run.status == EduTraces.ExitStatus.deliveryIncomplete)
        #expect(!run.output.contains(token) && !run.diagnostics.contains(token))
    }
}

import EduTracesCLI
import Foundation
import Testing
import XAPI
import XAPIPseudonymization
import XAPIValidation

/// A folder with a key file, and the options that name it with a scope and a home page.
struct KeyedFolder {
    let folder: InputFolder
    let keyOptions: [String]
    /// The master key of the design's worked example: the 32 bytes 00 01 … 1f.
    static let keyHex = (0..<32).map { String(format: "%02x", $0) }.joined()

    init(keyText: String = "  " + KeyedFolder.keyHex + "\n") throws {
        folder = try InputFolder()
        let keyFile = try folder.write("research.key", keyText)
        keyOptions = [
            "--key-file", keyFile, "--key-id", "2026a", "--scope", "acme/maths-5e/research/2026",
            "--home-page", "https://pseudonyms.acme.example",
        ]
    }

    /// The same pseudonymizer as the command builds, to compare with.
    static func pseudonymizer(_ policy: PseudonymizationPolicy = PseudonymizationPolicy()) throws -> Pseudonymizer {
        try Pseudonymizer(
            key: PseudonymizationKey(bytes: Array(0..<32), id: "2026a"),
            scope: Scope("acme/maths-5e/research/2026"),
            homePageBase: "https://pseudonyms.acme.example",
            policy: policy
        )
    }
}

@Suite("pseudonymize command")
struct PseudonymizeCommandTests {
    /// A statement whose actor has no identifier: one the pseudonymizer refuses.
    static let anonymous =
        #"{"actor":{"name":"Ada"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"#
        + #""object":{"id":"http://example.com/activities/1"}}"#

    @Test func writesOnePseudonymizedStatementALineInInputOrder() async throws {
        let keyed = try KeyedFolder()
        let statements = (1...300).map { Statements.valid($0) }
        let input = try keyed.folder.write("export.ndjson", lines: statements)
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + [input])
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(run.diagnostics.isEmpty)
        let pseudonymizer = try KeyedFolder.pseudonymizer()
        let expected = try statements.map {
            JSONWriter.string(from: try pseudonymizer.pseudonymize(JSONParser().parse($0)))
        }
        #expect(run.outputLines == expected)
        #expect(!run.output.contains("learner@example.com"))
    }

    @Test func outputPassesTheValidator() async throws {
        let keyed = try KeyedFolder()
        let input = try keyed.folder.write(
            "export.ndjson",
            lines: [Statements.valid(1), Statements.contextAgents(2, version: "2.0.0"), Statements.withParents(3)]
        )
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + [input])
        #expect(run.outputLines.count == 3)
        for line in run.outputLines {
            #expect(Validator().validate(bytes: Array(line.utf8)).isValid, "\(line)")
        }
    }

    @Test func reportsRefusedStatementsWithFileAndLineAndLeavesThemOut() async throws {
        let keyed = try KeyedFolder()
        let input = try keyed.folder.write(
            "export.ndjson",
            lines: [Statements.valid(1), Self.anonymous, Statements.valid(3)]
        )
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + [input])
        #expect(run.status == EduTraces.ExitStatus.findings)
        #expect(run.outputLines.count == 2)
        #expect(
            run.diagnostics == "\(input):2: pseudonym.agent.identifier at /actor: an Agent needs exactly one "
                + "identifier (mbox, mbox_sha1sum, openid or account), it has 0\n"
        )
    }

    @Test func reportsTextThatIsNotJSON() async throws {
        let keyed = try KeyedFolder()
        let input = try keyed.folder.write("export.ndjson", lines: [Statements.broken, Statements.valid(2)])
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + [input])
        #expect(run.status == EduTraces.ExitStatus.findings)
        #expect(run.diagnostics.hasPrefix("\(input):1: json.syntax"))
        #expect(run.outputLines.count == 1)
    }

    @Test func readsArraysAndSeveralInputs() async throws {
        let keyed = try KeyedFolder()
        let array = try keyed.folder.write("batch.json", "[\(Statements.valid(1)),\n\(Statements.valid(2))]")
        let ndjson = try keyed.folder.write("more.ndjson", lines: [Statements.valid(3)])
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + [array, ndjson])
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(run.outputLines.map { try? JSONParser().parse($0)["id"]?.stringValue } == [1, 2, 3].map(Statements.id))
    }

    @Test func writesTheOutputFileWhole() async throws {
        let keyed = try KeyedFolder()
        let input = try keyed.folder.write("export.ndjson", lines: [Statements.valid(1), Self.anonymous])
        let out = keyed.folder.path("shared.ndjson")
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + [input, "-o", out])
        #expect(run.status == EduTraces.ExitStatus.findings)
        #expect(run.output.isEmpty)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(Statements.lineCount(written) == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: keyed.folder.url.path).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func writesNoOutputFileWhenAnInputIsMissing() async throws {
        let keyed = try KeyedFolder()
        let input = try keyed.folder.write("export.ndjson", lines: [Statements.valid(1)])
        let out = keyed.folder.path("shared.ndjson")
        let run = await keyed.folder.edutraces(
            ["pseudonymize"] + keyed.keyOptions + [input, keyed.folder.path("missing.ndjson"), "-o", out]
        )
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: keyed.folder.url.path).count == 2)
    }

    @Test func keepsAnEarlierOutputFileWhenTheRunFails() async throws {
        let keyed = try KeyedFolder()
        let out = try keyed.folder.write("shared.ndjson", "earlier\n")
        let run = await keyed.folder.edutraces(
            ["pseudonymize"] + keyed.keyOptions + [keyed.folder.path("missing.ndjson"), "-o", out]
        )
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "earlier\n")
    }

    @Test func appliesThePolicyFileAndTruncationOption() async throws {
        let keyed = try KeyedFolder()
        let policy = try keyed.folder.write("policy.json", #"{"truncateTimestamps":"day","remapIdentifiers":true}"#)
        let input = try keyed.folder.write(
            "export.ndjson",
            lines: [Statements.valid(1, extra: #","timestamp":"2026-03-05T10:42:17.123Z""#)]
        )
        let daily = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + ["--policy", policy, input])
        let statement = try JSONParser().parse(daily.outputLines.first ?? "")
        #expect(statement["timestamp"] == "2026-03-05T00:00:00.000Z")
        #expect(statement["id"]?.stringValue != Statements.id(1))
        let hourly = await keyed.folder.edutraces(
            ["pseudonymize"] + keyed.keyOptions + ["--policy", policy, "--truncate-timestamps", "hour", input]
        )
        #expect(try JSONParser().parse(hourly.outputLines.first ?? "")["timestamp"] == "2026-03-05T10:00:00.000Z")
    }

    @Test func rejectsAPolicyFileWithAnUnknownKey() async throws {
        let keyed = try KeyedFolder()
        let policy = try keyed.folder.write("policy.json", #"{"truncate":"day"}"#)
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + ["--policy", policy, "-"])
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.contains("pseudonym.policy.unknown-key at /truncate"))
    }

    @Test func refusesAShortKeyWithoutShowingIt() async throws {
        let short = String(KeyedFolder.keyHex.prefix(62))
        let keyed = try KeyedFolder(keyText: short)
        let run = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + ["-"])
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.hasPrefix("edutraces pseudonymize: --key-file: a master key needs at least 32 bytes"))
        #expect(!run.diagnostics.contains(short))
    }

    @Test func requiresTheKeyOptions() async throws {
        let run = await edutraces("pseudonymize", "--key-id", "k", "-")
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.hasPrefix("edutraces pseudonymize: --key-file FILE is required"))
    }
}

@Suite("pseudonym command")
struct PseudonymCommandTests {
    @Test func printsThePseudonymousAgentOfTheWorkedExample() async throws {
        let keyed = try KeyedFolder()
        let agent = #"{"account":{"homePage":"https://gar.education.fr","name":"IDO-0001"}}"#
        let run = await keyed.folder.edutraces(["pseudonym"] + keyed.keyOptions + [agent])
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(
            run.output == #"{"objectType":"Agent","account":{"homePage":"https://pseudonyms.acme.example/"#
                + #"acme/maths-5e/research/2026/k2026a","name":"6jfjzstbmqg7p5qfltzlv7a5u74q65hu"}}"# + "\n"
        )
    }

    @Test func matchesThePseudonymizeCommand() async throws {
        let keyed = try KeyedFolder()
        let input = try keyed.folder.write("export.ndjson", lines: [Statements.valid(1)])
        let statement = await keyed.folder.edutraces(["pseudonymize"] + keyed.keyOptions + [input])
        let agent = await keyed.folder.edutraces(
            ["pseudonym"] + keyed.keyOptions + [#"{"mbox":"mailto:learner@example.com"}"#]
        )
        let actor = try JSONParser().parse(statement.outputLines.first ?? "")["actor"]
        #expect(actor == (try JSONParser().parse(agent.output)))
    }

    @Test func refusesAnAgentWithoutIdentifier() async throws {
        let keyed = try KeyedFolder()
        let run = await keyed.folder.edutraces(["pseudonym"] + keyed.keyOptions + [#"{"name":"Ada"}"#])
        #expect(run.status == EduTraces.ExitStatus.findings)
        #expect(run.diagnostics.hasPrefix("edutraces pseudonym: pseudonym.agent.identifier at /"))
        #expect(run.output.isEmpty)
    }

    @Test func refusesTextThatIsNotJSON() async throws {
        let keyed = try KeyedFolder()
        let run = await keyed.folder.edutraces(["pseudonym"] + keyed.keyOptions + ["{mbox"])
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.hasPrefix("edutraces pseudonym: AGENT_JSON is not JSON"))
    }
}

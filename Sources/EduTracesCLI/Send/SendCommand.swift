import Foundation
import XAPIUploader
import XAPIValidation

/// `edutraces send`: validates exports, puts their valid statements in a crash-safe journal and delivers
/// them to an LRS; run again, it resumes what the journal still holds.
struct SendCommand: Command {
    static let name = "send"
    static let summary = "Validate xAPI statements and deliver them to an LRS through a crash-safe journal."
    static let discussion = """
        Inputs are read and validated as by validate. Statements with an error are not sent: each error is
        reported on standard error as FILE:LINE: rule at /path: message. The others are written to the
        journal, then delivered; a summary (delivered, set aside with the LRS's reasons, still queued) is
        printed on standard output. The journal keeps what could not be delivered: the same command, or
        send with no FILE, resumes. Passwords and tokens are read from environment variables and never
        printed.

        Exit status: 0 everything given was delivered, 1 some statements were not sent (invalid) or were
        refused or set aside by the LRS, 3 delivery could not finish (the LRS unreachable or refusing the
        credentials; the journal keeps everything left), 2 a usage error or an input or journal that cannot
        be read or written.
        """

    static let endpoint = CommandOption(
        "--endpoint",
        value: "URL",
        help: "The LRS's xAPI endpoint (http or https), such as https://lrs.example.fr/xAPI/. Required."
    )
    static let user = CommandOption(
        "--user",
        value: "USER",
        help: "The account for HTTP Basic authentication; its password comes from --password-env."
    )
    static let passwordEnvironment = CommandOption(
        "--password-env",
        value: "VAR",
        help: "The environment variable that holds the password of --user."
    )
    static let tokenEnvironment = CommandOption(
        "--token-env",
        value: "VAR",
        help: "The environment variable that holds a bearer token (instead of --user and --password-env)."
    )
    static let journal = CommandOption(
        "--journal",
        value: "DIR",
        defaultValue: ".edutraces/journal",
        help: "The journal's folder, created owner-only if missing; one send at a time per journal."
    )
    static let xapi = CommandOption(
        "--xapi",
        value: "VERSION",
        allowedValues: ["auto", "1.0.3", "2.0.0"],
        alternativeSpellings: ["2.0": "2.0.0"],
        defaultValue: "auto",
        help: "The xAPI version to check against and to speak; auto checks each statement against its `version` "
            + "and speaks the highest version the LRS announces."
    )
    static let profile = ProfileSelection.option
    static let timeout = CommandOption(
        "--timeout",
        value: "SECONDS",
        defaultValue: "60",
        help: "How long delivery may take, retries included, before the command stops and leaves the rest queued."
    )
    static let inputs = CommandOperand(
        "FILE|-",
        optional: true,
        repeatable: true,
        help: "An export to send; '-' reads standard input. With no FILE, only what the journal holds is delivered."
    )

    static let options = [endpoint, user, passwordEnvironment, tokenEnvironment, journal, xapi, profile, timeout]
    static let operands = [inputs]
    static let examples = [
        CommandExample(
            "LRS_PASSWORD=… edutraces send --endpoint https://lrs.example.fr/xAPI/ --user maths-plus "
                + "--password-env LRS_PASSWORD export.ndjson",
            "Validate an export and deliver its valid statements, with HTTP Basic authentication."
        ),
        CommandExample(
            "edutraces send --endpoint https://lrs.example.fr/xAPI/ --token-env LRS_TOKEN --journal traces",
            "Resume the delivery of what the journal traces still holds, with a bearer token."
        ),
    ]

    let endpointURL: URL
    let credentials: CredentialsSource
    let journalPath: String
    let validation: SpecVersionSelection
    let speaking: Uploader.Configuration.VersionChoice
    let profiles: ProfileSelection
    let deliveryTimeout: Duration
    let inputs: [String]

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let text = arguments.value(of: Self.endpoint) else {
            throw UsageError("--endpoint is required: the LRS's xAPI endpoint, such as https://lrs.example.fr/xAPI/")
        }
        endpointURL = try Self.endpoint(text)
        credentials = try CredentialsSource(
            user: arguments.value(of: Self.user),
            passwordVariable: arguments.value(of: Self.passwordEnvironment),
            tokenVariable: arguments.value(of: Self.tokenEnvironment)
        )
        journalPath = arguments.value(of: Self.journal) ?? ".edutraces/journal"
        switch arguments.value(of: Self.xapi) {
        case "1.0.3":
            validation = .fixed(.v1_0_3)
            speaking = .fixed(.v1_0_3)
        case "2.0.0":
            validation = .fixed(.v2_0_0)
            speaking = .fixed(.v2_0_0)
        default:
            validation = .automatic
            speaking = .automatic
        }
        profiles = try ProfileSelection(arguments.values(of: Self.profile))
        let seconds = arguments.value(of: Self.timeout) ?? "60"
        guard let value = Double(seconds), value.isFinite, value > 0, value <= 86_400 else {
            throw UsageError("--timeout takes a number of seconds above 0 and at most 86400, not '\(seconds)'")
        }
        deliveryTimeout = .milliseconds(Int64((value * 1_000).rounded(.up)))
        inputs = arguments.operands
    }

    /// The endpoint as a URL; credentials in it are refused (they would show in `ps` and in messages), and
    /// the text is never repeated in a message for the same reason.
    private static func endpoint(_ text: String) throws(UsageError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            throw UsageError("--endpoint takes an http or https URL, such as https://lrs.example.fr/xAPI/")
        }
        guard url.user == nil, url.password == nil else {
            throw UsageError(
                "--endpoint: give credentials with --user and --password-env or --token-env, not in the URL"
            )
        }
        return url
    }

    func run(in context: CommandContext) async throws -> Int32 {
        let diagnostics = context.diagnostics
        var configuration = Uploader.Configuration(
            endpoint: endpointURL,
            credentials: try credentials.credentials(in: context.environment),
            journalDirectory: URL(fileURLWithPath: journalPath)
        )
        configuration.version = speaking
        // A command waits for delivery: retries come quickly and never wait longer than a few seconds, so
        // that --timeout, not the backoff, decides how long an unreachable LRS is tried.
        configuration.retryBase = .milliseconds(250)
        configuration.retryCap = .seconds(5)
        configuration.requestTimeout = min(.seconds(30), deliveryTimeout)

        // Open every input first: a missing one stops the command before anything is queued.
        var sources: [ByteSource] = []
        for input in inputs {
            do {
                sources.append(try ByteSource(path: input))
            } catch {
                diagnostics.write("edutraces send: \(error)\n")
                return EduTraces.ExitStatus.usage
            }
        }
        let uploader: Uploader
        do {
            uploader = try await Uploader(configuration: configuration)
        } catch {
            diagnostics.write("edutraces send: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        let summary = await send(sources, through: uploader, diagnostics: diagnostics)
        await uploader.close()
        context.output.write(summary.text)
        if let incomplete = summary.incomplete {
            diagnostics.write(
                "edutraces send: delivery did not finish: \(incomplete); the journal \(journalPath) keeps "
                    + "\(SendSummary.count(summary.stillQueued, "statement")): run the command again to resume\n"
            )
        }
        return summary.exitStatus
    }

    /// Queues the valid statements of `sources`, delivers everything the journal holds, and says what happened.
    private func send(_ sources: [ByteSource], through uploader: Uploader, diagnostics: Output) async -> SendSummary {
        var summary = SendSummary()
        summary.queuedBefore = await uploader.counters.queued
        var earlier: Set<String> = []
        do {
            earlier = Set(try await uploader.setAsideStatements().map(\.key))
        } catch {
            diagnostics.write("edutraces send: \(error)\n")
            summary.failedIO = true
        }
        summary.setAsideBefore = earlier.count
        let validator = Validator(configuration: .init(version: validation, ruleSets: profiles.ruleSets))
        let sending = ExportSending(validator: validator, uploader: uploader)
        for source in sources {
            do {
                try await sending.run(ExportReader(source: source), input: source.name, into: &summary) {
                    diagnostics.write($0)
                }
            } catch let error as UploaderError {
                // The journal cannot take more: deliver what it holds, read no further.
                diagnostics.write("edutraces send: \(error)\n")
                summary.failedIO = true
                break
            } catch {
                diagnostics.write("edutraces send: \(error)\n")
                summary.failedIO = true
            }
        }
        do {
            try await uploader.flush(timeout: deliveryTimeout)
        } catch .deliveryIncomplete(_, let lastFailure) {
            summary.incomplete = "--timeout passed" + (lastFailure.map { " (last failure: \($0))" } ?? "")
        } catch {
            summary.incomplete = error.description
        }
        let counters = await uploader.counters
        summary.delivered = counters.delivered
        // A statement the full journal refused counts as dropped too; it is already reported as not sent.
        summary.dropped = max(0, counters.dropped - summary.refusedAsFull)
        summary.stillQueued = counters.queued
        do {
            summary.setAside = try await uploader.setAsideStatements().filter { !earlier.contains($0.key) }
        } catch {
            diagnostics.write("edutraces send: \(error)\n")
            summary.failedIO = true
        }
        return summary
    }
}

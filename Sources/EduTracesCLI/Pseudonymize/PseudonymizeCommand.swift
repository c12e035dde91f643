import Foundation
import XAPIPseudonymization

/// `edutraces pseudonymize`: writes every statement of every input with its people replaced by pseudonyms.
struct PseudonymizeCommand: Command {
    static let name = "pseudonymize"
    static let summary = "Replace every person in xAPI statements with a keyed, scoped pseudonym."
    static let discussion = """
        Inputs are read as by validate (NDJSON, a JSON array, one statement, or a StatementResult). The
        output is NDJSON, one pseudonymized statement a line, in input order. Every agent position is
        pseudonymized (algorithm v1 of the "Pseudonymizing for research" guide), names are dropped, and
        the policy decides free text, extensions, attachments and timestamps.

        A statement that cannot be pseudonymized is left out and reported on standard error as
        FILE:LINE: reason. An output file (-o) is written whole or not at all.

        Exit status: 0 every statement was pseudonymized, 1 at least one was left out, 2 a usage error
        or an input or output that cannot be read or written (no output file is then written).
        """

    static let policy = CommandOption(
        "--policy",
        value: "FILE",
        help: "A JSON policy file (keys: freeTextResponses, allowedExtensions, attachments, truncateTimestamps, "
            + "authority, remapIdentifiers); without it, the defaults."
    )
    static let truncateTimestamps = CommandOption(
        "--truncate-timestamps",
        allowedValues: PseudonymizationPolicy.TimestampTruncation.allCases.map(\.rawValue),
        help: "Truncate timestamps to the minute, hour or day (overrides the policy file)."
    )
    static let output = CommandOption(
        "-o",
        value: "OUT",
        help: "Write the NDJSON to OUT instead of standard output, whole or not at all."
    )
    static let inputs = CommandOperand(
        "FILE|-",
        optional: true,
        repeatable: true,
        help: "An export to pseudonymize; '-', or no FILE at all, reads standard input."
    )

    static let options = PseudonymizerOptions.all + [policy, truncateTimestamps, output]
    static let operands = [inputs]
    static let examples = [
        CommandExample(
            "edutraces pseudonymize --key-file research.key --key-id 2026a --scope acme/maths-5e/research/2026 "
                + "--home-page https://pseudonyms.acme.example export.ndjson -o shared.ndjson",
            "Pseudonymize an export for one research partner, into a file written whole or not at all."
        ),
        CommandExample(
            "edutraces pseudonymize --key-file k.hex --key-id k1 --scope acme/ent/2026 "
                + "--home-page https://pseudonyms.acme.example --policy policy.json --truncate-timestamps hour -",
            "Pseudonymize standard input with a policy file, timestamps truncated to the hour."
        ),
    ]

    let pseudonymizerOptions: PseudonymizerOptions
    let policyFile: String?
    let truncation: PseudonymizationPolicy.TimestampTruncation?
    let outputPath: String?
    let inputs: [String]

    init(_ arguments: ParsedArguments) throws(UsageError) {
        pseudonymizerOptions = try PseudonymizerOptions(arguments)
        policyFile = arguments.value(of: Self.policy)
        truncation = arguments.value(of: Self.truncateTimestamps).flatMap(
            PseudonymizationPolicy.TimestampTruncation.init(rawValue:)
        )
        outputPath = arguments.value(of: Self.output)
        inputs = arguments.operands.isEmpty ? ["-"] : arguments.operands
    }

    func run(in context: CommandContext) async throws -> Int32 {
        var policy = PseudonymizationPolicy()
        if let policyFile {
            do {
                policy = try PseudonymizationPolicy(contentsOf: URL(fileURLWithPath: policyFile))
            } catch {
                throw UsageError("--policy: \(policyFile): \(error)")
            }
        }
        if let truncation { policy.timestampTruncation = truncation }
        let pseudonymizer = try pseudonymizerOptions.pseudonymizer(policy: policy)

        // Open every input before writing anything, so that a missing one leaves no partial output.
        var sources: [ByteSource] = []
        for input in inputs {
            do {
                sources.append(try ByteSource(path: input))
            } catch {
                context.diagnostics.write("edutraces: \(error)\n")
                return EduTraces.ExitStatus.usage
            }
        }
        let file: OutputFile?
        do {
            file = try outputPath.map { path throws(InputError) in try OutputFile(path: path) }
        } catch {
            context.diagnostics.write("edutraces: \(error)\n")
            return EduTraces.ExitStatus.usage
        }

        var rejected = 0
        do {
            for source in sources {
                let pipeline = OrderedPipeline { batch in [PseudonymizedBatch(batch, with: pseudonymizer)] }
                try await pipeline.run(ExportReader(source: source)) { results in
                    for result in results {
                        if let file {
                            try file.write(result.ndjson)
                        } else {
                            context.output.write(bytes: result.ndjson)
                        }
                        for rejection in result.rejections {
                            context.diagnostics.write("\(source.name):\(rejection.line): \(rejection.reason)\n")
                        }
                        rejected += result.rejections.count
                    }
                }
            }
            try file?.commit()
        } catch {
            file?.abandon()
            context.diagnostics.write("edutraces: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        return rejected > 0 ? EduTraces.ExitStatus.findings : EduTraces.ExitStatus.success
    }
}

import Foundation
import XAPIValidation

/// `edutraces validate`: checks every statement of every input and writes one report.
struct ValidateCommand: Command {
    static let name = "validate"
    static let summary = "Check xAPI statements against xAPI 1.0.3 or 2.0 (and labelling profiles)."
    static let discussion = """
        Inputs are NDJSON (one statement a line), a JSON array of statements, one statement, or a
        StatementResult; the layout is detected. Exports of any size are read in constant memory.

        Exit status: 0 no statement has an error (warnings allowed), 1 at least one error,
        2 a usage error or an input that cannot be read (the other inputs are still checked).
        """

    static let xapi = CommandOption(
        "--xapi",
        value: "VERSION",
        allowedValues: ["auto", "1.0.3", "2.0.0"],
        alternativeSpellings: ["2.0": "2.0.0"],
        defaultValue: "auto",
        help: "The xAPI version to check against; auto follows each statement's `version` (2.0 for 2.x, else 1.0.3)."
    )
    static let profile = ProfileSelection.option
    static let language = LanguageSelection.option
    static let format = CommandOption(
        "--format",
        value: "FORMAT",
        allowedValues: ReportFormat.allCases.map(\.rawValue),
        defaultValue: ReportFormat.text.rawValue,
        help:
            "The report: text (FILE:LINE lines and a summary), json (one document), junit (XML for CI servers) "
            + "or html (one self-contained page: charts per rule, day, verb and platform, first examples)."
    )
    static let output = CommandOption(
        "-o",
        value: "FILE",
        help: "Write the report to FILE instead of standard output, whole or not at all."
    )
    static let inputs = CommandOperand(
        "FILE|-",
        optional: true,
        repeatable: true,
        help: "An export to check; '-', or no FILE at all, reads standard input."
    )

    static let options = [xapi, profile, language, format, output]
    static let operands = [inputs]
    static let examples = [
        CommandExample("edutraces validate export.ndjson", "Check an NDJSON export; findings as FILE:LINE lines."),
        CommandExample(
            "edutraces validate --format junit exports/*.json > report.xml",
            "Check several exports and write a JUnit report for a CI server."
        ),
        CommandExample(
            "cat export.ndjson | edutraces validate --xapi 2.0.0 --format json -",
            "Check standard input against xAPI 2.0, with a JSON report for scripts."
        ),
        CommandExample(
            "edutraces validate --format html -o report.html export.ndjson",
            "Write the quality report, one page to open in a browser or send to a colleague."
        ),
        CommandExample("edutraces validate --profile none statement.json", "Check one statement, spec rules only."),
        CommandExample(
            "edutraces validate --lang fr --profile fr-education --profile video.jsonld export.ndjson",
            "Check the French labelling rules and a video profile, with messages in French."
        ),
    ]

    /// How each statement's xAPI version is chosen.
    let version: SpecVersionSelection
    /// The report's format.
    let format: ReportFormat
    /// The rule sets of `--profile`.
    let profiles: ProfileSelection
    /// The value of `--lang`, when given.
    let languageChoice: String?
    /// The inputs: paths, or `-` for standard input.
    let inputs: [String]
    /// The file of `-o`, when the report does not go to standard output.
    let outputPath: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        switch arguments.value(of: Self.xapi) {
        case "1.0.3": version = .fixed(.v1_0_3)
        case "2.0.0": version = .fixed(.v2_0_0)
        default: version = .automatic
        }
        format = arguments.value(of: Self.format).flatMap(ReportFormat.init(rawValue:)) ?? .text
        profiles = try ProfileSelection(arguments.values(of: Self.profile))
        languageChoice = arguments.values(of: Self.language).last
        inputs = arguments.operands.isEmpty ? ["-"] : arguments.operands
        outputPath = arguments.value(of: Self.output)
    }

    func run(in context: CommandContext) async throws -> Int32 {
        let diagnostics = context.diagnostics
        let validator = Validator(
            configuration: .init(version: version, ruleSets: profiles.ruleSets + context.ruleSets)
        )
        let language = LanguageSelection.language(languageChoice, environment: context.environment)
        var writer: any ReportWriter
        let report: Output
        do {
            // A report is shared (with a colleague, a CI server): readable by all, as a redirection would make it.
            report =
                try outputPath.map { path throws(InputError) in
                    Output(file: try OutputFile(path: path, permissions: 0o644))
                } ?? context.output
            switch format {
            case .text: writer = TextReportWriter(output: report, language: language)
            case .json: writer = try JSONReportWriter(output: report, language: language)
            case .junit: writer = try JUnitReportWriter(output: report, language: language)
            case .html: writer = HTMLReportWriter(output: report, language: language, rules: validator.rules)
            }
        } catch {
            diagnostics.write("edutraces: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        var total = ValidationSummary()
        var readInputs = 0
        var unreadable = false
        for input in inputs {
            let source: ByteSource
            do {
                source = try ByteSource(path: input)
            } catch {
                diagnostics.write("edutraces: \(error)\n")
                unreadable = true
                continue
            }
            readInputs += 1
            var summary = ValidationSummary()
            let progress = ProgressMeter(output: diagnostics)
            do {
                try writer.beginInput(input)
                try await ExportValidation(validator: validator, readsFacets: format == .html).run(
                    ExportReader(source: source),
                    into: &summary,
                    record: { try writer.record($0, input: input) },
                    progress: { progress.update(statements: $0, bytes: $1, totalBytes: source.size) }
                )
            } catch {
                progress.finish()
                diagnostics.write("edutraces: \(error)\n")
                unreadable = true
            }
            progress.finish()
            do {
                try writer.endInput(input, summary: summary)
            } catch {
                diagnostics.write("edutraces: \(error)\n")
                unreadable = true
            }
            total.add(summary)
        }
        do {
            try writer.finish(total, inputCount: readInputs)
            try report.commit()
        } catch {
            diagnostics.write("edutraces: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        if unreadable { return EduTraces.ExitStatus.usage }
        return total.invalid > 0 ? EduTraces.ExitStatus.findings : EduTraces.ExitStatus.success
    }
}

import Foundation
import XAPI
import XAPIValidation

/// `edutraces rules`: the rule catalogue, as text, JSON or the Markdown table of the documentation.
struct RulesCommand: Command {
    enum Format: String, CaseIterable {
        case text
        case json
        case markdown
    }

    static let name = "rules"
    static let summary = "List every rule id with its severity, source and summary."
    static let format = CommandOption(
        "--format",
        value: "FORMAT",
        allowedValues: Format.allCases.map(\.rawValue),
        defaultValue: Format.text.rawValue,
        help:
            "The listing: text (aligned columns), json (for scripts) or markdown (the table of Documentation/Rules.md)."
    )
    static let profile = ProfileSelection.option
    static let language = LanguageSelection.option
    static let options = [profile, language, format]
    static let examples = [
        CommandExample("edutraces rules", "Every rule, one a line: the specification's, then fr-education's."),
        CommandExample("edutraces rules --profile none --lang fr", "The specification's rules, summaries in French."),
        CommandExample("edutraces rules --format json", "The catalogue for scripts."),
        CommandExample("edutraces rules --format markdown > Documentation/Rules.md", "Regenerate the rules page."),
    ]

    let format: Format
    /// The rule sets of `--profile`.
    let profiles: ProfileSelection
    /// The value of `--lang`, when given.
    let languageChoice: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        format = arguments.value(of: Self.format).flatMap(Format.init(rawValue:)) ?? .text
        profiles = try ProfileSelection(arguments.values(of: Self.profile))
        languageChoice = arguments.values(of: Self.language).last
    }

    func run(in context: CommandContext) async throws -> Int32 {
        let output = context.output
        let catalog = Validator(configuration: .init(ruleSets: profiles.ruleSets + context.ruleSets)).rules
        let language = LanguageSelection.language(languageChoice, environment: context.environment)
        switch format {
        case .text:
            let width = catalog.map(\.id.count).max() ?? 0
            for rule in catalog {
                let padding = String(repeating: " ", count: width - rule.id.count)
                output.write(
                    "\(rule.id)\(padding)  \(rule.severity.rawValue.padding(7))  \(rule.spec.padding(22))  "
                        + "\(rule.summary(in: language))\n"
                )
            }
        case .json:
            let rules = JSONValue.array(
                catalog.map { rule in
                    [
                        "id": .string(rule.id), "severity": .string(rule.severity.rawValue), "spec": .string(rule.spec),
                        "requirements": .array(rule.requirements.map(JSONValue.string)),
                        "summary": .string(rule.summary(in: language)),
                    ]
                }
            )
            output.write(bytes: JSONWriter.bytes(from: ["rules": rules]))
            output.write("\n")
        case .markdown:
            output.write(Self.markdown(catalog, in: language))
        }
        return EduTraces.ExitStatus.success
    }

    /// The rule table of Documentation/Rules.md.
    static func markdown(_ catalog: [Rule], in language: Language) -> String {
        var text = """
            # Rules

            Every rule the validator applies, with its stable id: the rules of the xAPI specification (`json.*`,
            `xapi.*`), then those of the built-in French education profile (`fr.*`), checked by default. Generated
            by `edutraces rules --format markdown`; a test keeps this file equal to the code. The meaning of each
            `fr.*` rule, how to fix it and its source are in LabellingRules.md (in French: ReglesDeLabellisation.md).

            | id | severity | source | requirements | rule |
            |---|---|---|---|---|

            """
        for rule in catalog {
            let summary = rule.summary(in: language).replacingOccurrences(of: "|", with: "\\|")
            text +=
                "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.spec) | \(rule.requirements.joined(separator: ", ")) | \(summary) |\n"
        }
        return text
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

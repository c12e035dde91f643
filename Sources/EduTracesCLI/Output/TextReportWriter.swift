import XAPI
import XAPIValidation

/// The report for people: `FILE:LINE: error RULE at /path: message` lines, then a summary, in English or French.
///
/// In French: `FILE:LINE: erreur RULE à /path : message`; the rule id is the same in both languages.
struct TextReportWriter: ReportWriter {
    let output: Output
    let language: Language

    init(output: Output, language: Language = .english) {
        self.output = output
        self.language = language
    }

    mutating func beginInput(_ name: String) throws {}

    mutating func record(_ verdict: StatementVerdict, input: String) throws {
        for finding in verdict.findings {
            output.write("\(input):\(verdict.line): \(finding.description(in: language))\n")
        }
    }

    mutating func endInput(_ name: String, summary: ValidationSummary) throws {}

    mutating func finish(_ summary: ValidationSummary, inputCount: Int) throws {
        switch language {
        case .english:
            output.write(
                "\(Self.count(summary.statements, "statement")) in \(Self.count(inputCount, "input")): "
                    + "\(summary.valid) valid, \(summary.invalid) invalid "
                    + "(\(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning")))\n"
            )
        case .french:
            // French puts 0 and 1 in the singular.
            func count(_ number: Int, _ noun: String) -> String {
                number <= 1 ? "\(number) \(noun)" : "\(number) \(noun)s"
            }
            output.write(
                "\(count(summary.statements, "déclaration")) dans \(count(inputCount, "entrée")) : "
                    + "\(count(summary.valid, "valide")), \(count(summary.invalid, "non valide")) "
                    + "(\(count(summary.errors, "erreur")), \(count(summary.warnings, "avertissement")))\n"
            )
        }
    }

    /// `1 statement`, `2 statements`.
    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}

import XAPI
import XAPIValidation

/// The report for people: `FILE:LINE: error RULE at /path: message` lines, then a summary.
struct TextReportWriter: ReportWriter {
    let output: Output

    mutating func beginInput(_ name: String) throws {}

    mutating func record(_ verdict: StatementVerdict, input: String) throws {
        for finding in verdict.findings {
            let path = finding.path.description.isEmpty ? "/" : finding.path.description
            output.write(
                "\(input):\(verdict.line): \(finding.severity.rawValue) \(finding.rule) at \(path): \(finding.message)\n"
            )
        }
    }

    mutating func endInput(_ name: String, summary: ValidationSummary) throws {}

    mutating func finish(_ summary: ValidationSummary, inputCount: Int) throws {
        output.write(
            "\(Self.count(summary.statements, "statement")) in \(Self.count(inputCount, "input")): "
                + "\(summary.valid) valid, \(summary.invalid) invalid "
                + "(\(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning")))\n"
        )
    }

    /// `1 statement`, `2 statements`.
    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}

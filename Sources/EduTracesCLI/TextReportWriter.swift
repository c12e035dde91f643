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
        let inputs = inputCount == 1 ? "1 input" : "\(inputCount) inputs"
        output.write(
            "\(summary.statements) statements in \(inputs): \(summary.valid) valid, \(summary.invalid) invalid "
                + "(\(summary.errors) errors, \(summary.warnings) warnings)\n"
        )
    }
}

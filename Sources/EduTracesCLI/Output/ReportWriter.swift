/// Writes a validation report in one format as verdicts arrive.
protocol ReportWriter {
    /// Called before the first verdict of an input.
    mutating func beginInput(_ name: String) throws
    /// Called with every statement's verdict, in input order.
    mutating func record(_ verdict: StatementVerdict, input: String) throws
    /// Called after the last verdict of an input.
    mutating func endInput(_ name: String, summary: ValidationSummary) throws
    /// Called once at the end with the counts of all inputs.
    mutating func finish(_ summary: ValidationSummary, inputCount: Int) throws
}

/// The formats of `edutraces validate --format`.
enum ReportFormat: String, CaseIterable {
    case text
    case json
    case junit
    case html
}

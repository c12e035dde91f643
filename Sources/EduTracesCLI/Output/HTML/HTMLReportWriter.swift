import XAPIValidation

/// The report for people who open a file: one self-contained HTML page with the summary, findings per
/// rule, statements per day and per verb, conformity per platform, and each rule's first examples.
///
/// It keeps only aggregates (``QualityTally``), never the statements, and writes the page at the end,
/// so memory stays constant whatever the size of the export. The page holds no generation time, so the
/// same run writes the same bytes.
struct HTMLReportWriter: ReportWriter {
    let output: Output
    private let labels: ReportLabels
    private let rules: [String: Rule]
    private var tally: QualityTally
    private var inputs: [(name: String, summary: ValidationSummary)] = []

    /// A writer in `language` that describes the findings of `rules` (the validator's, for summaries and links).
    init(
        output: Output,
        language: Language = .english,
        rules: [Rule] = Rule.catalog,
        limits: QualityTally.Limits = .init()
    ) {
        self.output = output
        labels = ReportLabels(language)
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        tally = QualityTally(language: language, limits: limits)
    }

    mutating func beginInput(_ name: String) throws {}

    mutating func record(_ verdict: StatementVerdict, input: String) throws {
        tally.count(verdict, input: input)
    }

    mutating func endInput(_ name: String, summary: ValidationSummary) throws {
        inputs.append((name, summary))
    }

    mutating func finish(_ summary: ValidationSummary, inputCount: Int) throws {
        QualityPage(summary: summary, inputs: inputs, tally: tally, rules: rules, labels: labels).write(to: output)
    }
}

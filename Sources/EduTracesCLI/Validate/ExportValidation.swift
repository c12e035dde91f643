import XAPI
import XAPIValidation

/// Validates one input on every core, in order, in bounded memory.
///
/// Statements are checked in parallel by an ``OrderedPipeline``; their verdicts come back in input order and
/// the library's ``ExportValidator`` judges them there (repeated ids, profile patterns), so that the report
/// reads as the file does.
///
/// ```swift
/// var summary = ValidationSummary()
/// try await ExportValidation(validator: validator).run(reader, into: &summary, record: { _ in }, progress: { _, _ in })
/// ```
struct ExportValidation {
    let validator: Validator
    let maximumBatchesInFlight: Int
    /// Whether each verdict carries the statement's ``StatementFacets`` (for the HTML report).
    let readsFacets: Bool

    init(
        validator: Validator,
        maximumBatchesInFlight: Int = OrderedPipeline<StatementVerdict>.defaultBatchesInFlight,
        readsFacets: Bool = false
    ) {
        self.validator = validator
        self.maximumBatchesInFlight = maximumBatchesInFlight
        self.readsFacets = readsFacets
    }

    /// Reads `reader` to its end, calling `record` with every verdict in input order and counting it in `summary`.
    ///
    /// When the input fails part way (a read error), the statements read before it are still checked,
    /// recorded and counted, then the error is thrown. Findings that only the end of the export reveals
    /// (a session left unfinished) are recorded last, as verdicts about the statements they name.
    func run(
        _ reader: ExportReader,
        into summary: inout ValidationSummary,
        record: (StatementVerdict) throws -> Void,
        progress: (_ statements: Int, _ bytes: Int) -> Void
    ) async throws {
        // The facets are read from the tree the examiner parses for the checks: no second parse.
        var export =
            readsFacets
            ? ExportValidator(validator: validator) { StatementFacets($0) }
            : ExportValidator(validator: validator)
        let examiner = export.examiner
        let pipeline = OrderedPipeline(maximumBatchesInFlight: maximumBatchesInFlight) { batch in
            StatementVerdict.check(batch, with: examiner)
        }
        do {
            try await pipeline.run(reader) { verdicts in
                for var verdict in verdicts {
                    if let examined = verdict.examined {
                        let position = ExportPosition(
                            index: verdict.index,
                            line: verdict.line,
                            sharesBatch: reader.statementsShareABatch
                        )
                        verdict.findings = export.judge(examined, at: position).findings
                    }
                    summary.count(verdict)
                    try record(verdict)
                }
                progress(summary.statements, reader.bytesRead)
            }
        } catch let error as InputError {
            try recordLateFindings(of: &export, into: &summary, record: record)
            throw error
        }
        try recordLateFindings(of: &export, into: &summary, record: record)
    }

    private func recordLateFindings(
        of export: inout ExportValidator,
        into summary: inout ValidationSummary,
        record: (StatementVerdict) throws -> Void
    ) throws {
        for late in export.finish() {
            summary.count(late: late.finding)
            try record(
                StatementVerdict(
                    index: late.position.index,
                    line: late.position.line ?? 0,
                    id: nil,
                    findings: [late.finding],
                    examined: nil,
                    isLate: true
                )
            )
        }
    }
}

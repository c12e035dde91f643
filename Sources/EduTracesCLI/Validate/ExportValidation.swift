import XAPIValidation

/// Validates one input on every core, in order, in constant memory (ids aside).
///
/// Statements are checked in parallel by an ``OrderedPipeline``; their verdicts come back in input order, so
/// that repeated ids are judged in order and the report reads as the file does.
///
/// ```swift
/// var summary = ValidationSummary()
/// try await ExportValidation(validator: validator).run(reader, into: &summary, record: { _ in }, progress: { _, _ in })
/// ```
struct ExportValidation {
    let validator: Validator
    let maximumBatchesInFlight: Int

    init(validator: Validator, maximumBatchesInFlight: Int = OrderedPipeline<StatementVerdict>.defaultBatchesInFlight) {
        self.validator = validator
        self.maximumBatchesInFlight = maximumBatchesInFlight
    }

    /// Reads `reader` to its end, calling `record` with every verdict in input order and counting it in `summary`.
    ///
    /// When the input fails part way (a read error), the statements read before it are still checked,
    /// recorded and counted, then the error is thrown.
    func run(
        _ reader: ExportReader,
        into summary: inout ValidationSummary,
        record: (StatementVerdict) throws -> Void,
        progress: (_ statements: Int, _ bytes: Int) -> Void
    ) async throws {
        let validator = validator
        let pipeline = OrderedPipeline(maximumBatchesInFlight: maximumBatchesInFlight) { batch in
            StatementVerdict.check(batch, with: validator)
        }
        var repeatedIDs = RepeatedIDJudgement()
        try await pipeline.run(reader) { verdicts in
            for var verdict in verdicts {
                repeatedIDs.judge(&verdict, statementsShareABatch: reader.statementsShareABatch)
                summary.count(verdict)
                try record(verdict)
            }
            progress(summary.statements, reader.bytesRead)
        }
    }
}

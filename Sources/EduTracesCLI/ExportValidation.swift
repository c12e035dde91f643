import Foundation
import XAPI
import XAPIValidation

/// Validates one input on every core, in order, in constant memory.
///
/// The reader cuts batches on the calling task; each batch is checked by its own task; verdicts are
/// taken back in input order, so that the export checks (repeated ids) judge them in order and the
/// report reads as the file does. At most a few batches are in flight at once, whatever the input size.
struct ExportValidation {
    let validator: Validator
    let maximumBatchesInFlight: Int

    init(validator: Validator, maximumBatchesInFlight: Int = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)) {
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
        var inFlight: [Task<[StatementVerdict], Never>] = []
        var export = ExportValidator(validator: validator)
        let examiner = export.examiner

        func take(_ task: Task<[StatementVerdict], Never>, summary: inout ValidationSummary) async throws {
            for var verdict in await task.value {
                if let examined = verdict.examined {
                    // The export checks run here, in input order.
                    let position = ExportPosition(
                        index: verdict.index,
                        line: verdict.line,
                        sharesBatch: reader.layout != .ndjson
                    )
                    verdict.findings = export.judge(examined, at: position).findings
                }
                summary.count(verdict)
                try record(verdict)
            }
            progress(summary.statements, reader.bytesRead)
        }

        var readError: InputError?
        do {
            while let batch = try reader.nextBatch() {
                inFlight.append(Task.detached { StatementVerdict.check(batch, with: examiner) })
                if inFlight.count >= maximumBatchesInFlight {
                    try await take(inFlight.removeFirst(), summary: &summary)
                }
            }
        } catch let error as InputError {
            readError = error
        }
        while !inFlight.isEmpty {
            try await take(inFlight.removeFirst(), summary: &summary)
        }
        for late in export.finish() {
            summary.count(late: late.finding)
            let verdict = StatementVerdict(
                index: late.position.index,
                line: late.position.line ?? 0,
                id: nil,
                findings: [late.finding],
                examined: nil
            )
            try record(verdict)
        }
        if let readError { throw readError }
    }
}

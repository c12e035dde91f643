import Foundation
import XAPI
import XAPIValidation

/// Validates one input on every core, in order, in constant memory.
///
/// The reader cuts batches on the calling task; each batch is checked by its own task; verdicts are
/// taken back in input order, so that repeated ids are judged in order and the report reads as the
/// file does. At most a few batches are in flight at once, whatever the input size.
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
        var registry = StatementIDRegistry()
        var inFlight: [Task<[StatementVerdict], Never>] = []
        let validator = validator

        func take(_ task: Task<[StatementVerdict], Never>, summary: inout ValidationSummary) async throws {
            for var verdict in await task.value {
                judgeRepetition(of: &verdict, in: &registry, layout: reader.layout)
                summary.count(verdict)
                try record(verdict)
            }
            progress(summary.statements, reader.bytesRead)
        }

        var readError: InputError?
        do {
            while let batch = try reader.nextBatch() {
                inFlight.append(Task.detached { StatementVerdict.check(batch, with: validator) })
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
        if let readError { throw readError }
    }

    /// Adds a finding when the statement's id was seen before: in a batch (an array) any repeat is an error;
    /// in an NDJSON export an identical repeat is a warning and a different statement under the same id an error.
    private func judgeRepetition(
        of verdict: inout StatementVerdict,
        in registry: inout StatementIDRegistry,
        layout: ExportReader.Layout?
    ) {
        guard let id = verdict.statementID, let text = verdict.id else { return }
        let idPath = JSONPointer.root.appending("id")
        let sighting = registry.record(id, contentHash: verdict.contentHash)
        switch (sighting, layout == .ndjson) {
        case (.new, _):
            break
        case (.repeated, true):
            verdict.findings.append(
                Finding(
                    rule: .repeatedStatement,
                    path: idPath,
                    message: "the same statement (id \(text)) appears earlier in this export"
                )
            )
        case (.conflicting, true):
            verdict.findings.append(
                Finding(
                    rule: .batchDuplicateID,
                    path: idPath,
                    message: "id \(text) is used earlier in this export by a different statement"
                )
            )
        case (_, false):
            verdict.findings.append(
                Finding(
                    rule: .batchDuplicateID,
                    path: idPath,
                    message:
                        "id \(text) is also the id of an earlier statement of this batch; an LRS rejects the whole batch"
                )
            )
        }
    }
}

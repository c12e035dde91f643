import Foundation

/// Works on every batch of an export on every core, and hands what each batch produced back in input order,
/// in constant memory.
///
/// The reader cuts batches on the calling task; each batch is worked on by its own detached task; the
/// products are taken back batch by batch in input order, so that order-dependent judgements (repeated ids)
/// and reports read as the file does. At most `maximumBatchesInFlight` batches are in flight at once,
/// whatever the input size.
///
/// ```swift
/// let pipeline = OrderedPipeline { batch in StatementVerdict.check(batch, with: validator) }
/// try await pipeline.run(ExportReader(source: source)) { verdicts in
///     for verdict in verdicts { try writer.record(verdict, input: name) }
/// }
/// ```
package struct OrderedPipeline<Product: Sendable>: Sendable {
    /// How many batches may be read ahead of the one being consumed.
    package let maximumBatchesInFlight: Int
    /// What a batch produces, computed off the calling task: one product a statement, or any other count.
    package let work: @Sendable (StatementBatch) -> [Product]

    /// Two batches in flight per core by default: one being worked on, one waiting, so no core idles while
    /// the consumer catches up.
    package static var defaultBatchesInFlight: Int {
        max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
    }

    /// A pipeline that runs `work` on each batch.
    package init(
        maximumBatchesInFlight: Int = Self.defaultBatchesInFlight,
        work: @escaping @Sendable (StatementBatch) -> [Product]
    ) {
        self.maximumBatchesInFlight = max(1, maximumBatchesInFlight)
        self.work = work
    }

    /// Reads `reader` to its end and calls `consume` with the products of each batch, in input order.
    ///
    /// When the input fails part way (a read error), the batches read before it are still worked on and
    /// consumed, then the error is thrown. An error thrown by `consume` stops the run at once.
    package func run(_ reader: ExportReader, consume: ([Product]) async throws -> Void) async throws {
        var inFlight: [Task<[Product], Never>] = []
        // Batches still in flight when `consume` throws are of no use any more.
        defer {
            for task in inFlight { task.cancel() }
        }
        let work = work
        var readError: InputError?
        while true {
            let next: StatementBatch?
            do {
                next = try reader.nextBatch()
            } catch {
                readError = error
                break
            }
            guard let batch = next else { break }
            inFlight.append(Task.detached { work(batch) })
            if inFlight.count >= maximumBatchesInFlight {
                try await consume(await inFlight.removeFirst().value)
            }
        }
        while !inFlight.isEmpty {
            try await consume(await inFlight.removeFirst().value)
        }
        if let readError { throw readError }
    }
}

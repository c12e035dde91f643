import EduTracesCLI
import Foundation
import Testing

/// The parallel pipeline: products come back in input order, few batches are in flight, read errors come last.
@Suite("Ordered pipeline")
struct OrderedPipelineTests {
    /// `count` NDJSON statements in batches of about one statement each.
    private static func reader(statements count: Int, failureOffset: Int? = nil) -> ExportReader {
        let text = (0..<count).map { Statements.valid($0) + "\n" }.joined()
        let source = MemoryByteStream(text, failureOffset: failureOffset)
        return ExportReader(source: source, chunkSize: Statements.valid(0).utf8.count)
    }

    @Test func handsProductsBackInInputOrder() async throws {
        // Later batches finish first: the work sleeps longer on earlier statements of each group of four.
        let pipeline = OrderedPipeline(maximumBatchesInFlight: 4) { batch in
            batch.slices.map { slice in
                usleep(UInt32(3 - slice.index % 4) * 2_000)
                return slice.index
            }
        }
        var consumed: [Int] = []
        try await pipeline.run(Self.reader(statements: 40)) { consumed += $0 }
        #expect(consumed == Array(0..<40))
    }

    @Test func producesAnyNumberOfProductsPerBatch() async throws {
        let pipeline = OrderedPipeline { batch in [batch.slices.count, batch.bytes.count] }
        var products: [Int] = []
        try await pipeline.run(Self.reader(statements: 10)) { products += $0 }
        try #require(products.count % 2 == 0)
        let statementCounts = stride(from: 0, to: products.count, by: 2).map { products[$0] }
        let byteCounts = stride(from: 1, to: products.count, by: 2).map { products[$0] }
        #expect(statementCounts.reduce(0, +) == 10)
        #expect(byteCounts.allSatisfy { $0 > 0 })
    }

    @Test func keepsAtMostTheGivenNumberOfBatchesInFlight() async throws {
        let started = Counter()
        let pipeline = OrderedPipeline(maximumBatchesInFlight: 3) { batch in
            started.increment()
            return batch.slices.map(\.index)
        }
        var consumedBatches = 0
        var mostAhead = 0
        try await pipeline.run(Self.reader(statements: 30)) { _ in
            mostAhead = max(mostAhead, started.value - consumedBatches)
            consumedBatches += 1
        }
        #expect(consumedBatches >= 10)
        #expect(mostAhead <= 3)
    }

    @Test func consumesStatementsReadBeforeAReadErrorThenThrowsIt() async throws {
        let readable = (0..<3).map { Statements.valid($0) + "\n" }.joined().utf8.count
        let pipeline = OrderedPipeline { batch in batch.slices.map(\.index) }
        var consumed: [Int] = []
        await #expect(throws: InputError.self) {
            try await pipeline.run(Self.reader(statements: 6, failureOffset: readable)) { consumed += $0 }
        }
        #expect(consumed == [0, 1, 2])
    }

    @Test func stopsAtTheFirstErrorOfTheConsumer() async throws {
        struct Refusal: Error {}
        let pipeline = OrderedPipeline { batch in batch.slices.map(\.index) }
        var consumed: [Int] = []
        await #expect(throws: Refusal.self) {
            try await pipeline.run(Self.reader(statements: 20)) { indices in
                consumed += indices
                if consumed.count >= 5 { throw Refusal() }
            }
        }
        #expect(consumed.count == 5)
    }
}

/// A count shared by the pipeline's tasks.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.withLock { count += 1 }
    }

    var value: Int {
        lock.withLock { count }
    }
}

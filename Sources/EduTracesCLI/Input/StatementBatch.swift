/// Statements cut out of an input, handed whole to a worker.
///
/// The batch owns its bytes; each slice points into them, so a batch is one allocation however
/// many statements it holds.
///
/// ```swift
/// for slice in batch.slices where slice.problem == nil {
///     let statement = batch.bytes[slice.range]
/// }
/// ```
package struct StatementBatch: Sendable {
    /// One statement of the batch, or a place where the input's structure is broken.
    package struct Slice: Sendable, Equatable {
        /// The 0-based position of the statement in its input.
        package let index: Int
        /// The 1-based line where the statement starts.
        package let line: Int
        /// The statement's bytes within ``StatementBatch/bytes``.
        package let range: Range<Int>
        /// Set when there is no statement to parse here, only a structural problem of the input.
        package let problem: String?
    }

    /// The bytes of every statement of the batch, one after the other.
    package var bytes: [UInt8] = []
    /// The statements and problems, in input order.
    package var slices: [Slice] = []

    /// Appends a statement's bytes.
    mutating func append(_ statement: UnsafeBufferPointer<UInt8>, index: Int, line: Int) {
        let start = bytes.count
        bytes.append(contentsOf: statement)
        slices.append(Slice(index: index, line: line, range: start..<bytes.count, problem: nil))
    }

    /// Records a structural problem of the input at this position.
    mutating func appendProblem(_ problem: String, index: Int, line: Int) {
        slices.append(Slice(index: index, line: line, range: bytes.count..<bytes.count, problem: problem))
    }
}

import XAPI
import XAPIPseudonymization

/// What pseudonymizing one batch of an export produced: the NDJSON lines of the statements it accepted, in
/// order, and the line and reason of each one it refused.
///
/// ```swift
/// let result = PseudonymizedBatch(batch, with: pseudonymizer)
/// output.write(bytes: result.ndjson)
/// for rejection in result.rejections { print("\(name):\(rejection.line): \(rejection.reason)") }
/// ```
struct PseudonymizedBatch: Sendable {
    /// A statement left out of the output.
    struct Rejection: Sendable, Equatable {
        /// The 1-based line where the statement starts.
        let line: Int
        /// The rule, place and message: `pseudonym.agent.identifier at /actor: …`.
        let reason: String
    }

    /// The pseudonymized statements, one compact JSON text a line.
    private(set) var ndjson: [UInt8] = []
    /// The statements refused, in input order.
    private(set) var rejections: [Rejection] = []
    /// How many statements the batch had, accepted or not.
    private(set) var statements = 0

    /// Pseudonymizes and writes every statement of `batch`.
    init(_ batch: StatementBatch, with pseudonymizer: Pseudonymizer) {
        ndjson.reserveCapacity(batch.bytes.count)
        batch.bytes.withUnsafeBufferPointer { bytes in
            for slice in batch.slices {
                statements += 1
                if let problem = slice.problem {
                    // Written as every other refusal is, so that scripts read one shape.
                    let refusal = PseudonymizationError(rule: "json.syntax", path: .root, message: problem)
                    rejections.append(Rejection(line: slice.line, reason: refusal.description))
                    continue
                }
                do {
                    try pseudonymizer.pseudonymize(
                        json: UnsafeBufferPointer(rebasing: bytes[slice.range]),
                        appendingTo: &ndjson
                    )
                    ndjson.append(UInt8(ascii: "\n"))
                } catch {
                    rejections.append(Rejection(line: slice.line, reason: "\(error)"))
                }
            }
        }
    }
}

import XAPI
import XAPIValidation

/// What was found in one statement of an input.
struct StatementVerdict: Sendable {
    /// The 0-based position in the input.
    let index: Int
    /// The 1-based line where the statement starts.
    let line: Int
    /// The `id` as written, when it is a string.
    let id: String?
    /// The id as 128 bits, when it is a UUID.
    let statementID: StatementID?
    /// A hash of the statement's JSON value, to tell an identical repeat from a conflicting one.
    let contentHash: UInt32
    /// Every finding, in order.
    var findings: [Finding]

    /// Whether the statement has no error.
    var isValid: Bool { !findings.contains { $0.severity == .error } }

    /// Checks every statement of `batch`.
    static func check(_ batch: StatementBatch, with validator: Validator) -> [StatementVerdict] {
        batch.bytes.withUnsafeBufferPointer { bytes in
            batch.slices.map { slice in
                if let problem = slice.problem {
                    let finding = Finding(rule: .jsonSyntax, path: .root, message: problem)
                    return StatementVerdict(
                        index: slice.index,
                        line: slice.line,
                        id: nil,
                        statementID: nil,
                        contentHash: 0,
                        findings: [finding]
                    )
                }
                let checked = validator.check(bytes: UnsafeBufferPointer(rebasing: bytes[slice.range]))
                let id = checked.statement?["id"]?.stringValue
                let statementID = id.flatMap { try? StatementID($0) }
                // Only statements with an id can repeat one: the others need no fingerprint.
                let fingerprint = statementID == nil ? nil : checked.statement?.fingerprint
                return StatementVerdict(
                    index: slice.index,
                    line: slice.line,
                    id: id,
                    statementID: statementID,
                    contentHash: fingerprint.map { UInt32(truncatingIfNeeded: $0) } ?? 0,
                    findings: checked.report.findings
                )
            }
        }
    }
}

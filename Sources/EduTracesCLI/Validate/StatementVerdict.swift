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
    /// Every finding, in order.
    var findings: [Finding]
    /// The statement's own checks and what the export checks need of it; `nil` for a structural problem.
    let examined: ExaminedStatement?
    /// The day, verb and platform of the statement, when the examiner took them (only for the HTML report).
    var facets: StatementFacets? { examined?.extract as? StatementFacets }
    /// Whether this verdict carries a finding that only the end of the export revealed about a statement
    /// already reported (it is not a statement of its own).
    var isLate = false

    /// Whether the statement has no error.
    var isValid: Bool { !findings.contains { $0.severity == .error } }

    /// Checks every statement of `batch` on its own (the export checks come later, in input order); what the
    /// examiner's extract takes of each statement stays in ``examined``.
    static func check(_ batch: StatementBatch, with examiner: StatementExaminer) -> [StatementVerdict] {
        batch.bytes.withUnsafeBufferPointer { bytes in
            batch.slices.map { slice in
                if let problem = slice.problem {
                    let finding = Finding(
                        rule: .jsonSyntax,
                        path: .root,
                        message: LocalizedText(english: problem, french: InputProblemText.french(problem))
                    )
                    return StatementVerdict(
                        index: slice.index,
                        line: slice.line,
                        id: nil,
                        findings: [finding],
                        examined: nil
                    )
                }
                let examined = examiner.examine(bytes: UnsafeBufferPointer(rebasing: bytes[slice.range]))
                return StatementVerdict(
                    index: slice.index,
                    line: slice.line,
                    id: examined.idText,
                    findings: examined.report.findings,
                    examined: examined
                )
            }
        }
    }
}

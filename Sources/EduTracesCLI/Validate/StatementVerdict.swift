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
    /// The day, verb and platform of the statement, read only for the HTML report.
    var facets: StatementFacets? = nil
    /// Whether this verdict carries a finding that only the end of the export revealed about a statement
    /// already reported (it is not a statement of its own).
    var isLate = false

    /// Whether the statement has no error.
    var isValid: Bool { !findings.contains { $0.severity == .error } }

    /// Checks every statement of `batch` on its own (the export checks come later, in input order).
    /// With `readingFacets`, each statement's ``StatementFacets`` are read too.
    static func check(
        _ batch: StatementBatch,
        with examiner: StatementExaminer,
        readingFacets: Bool = false
    ) -> [StatementVerdict] {
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
                let text = UnsafeBufferPointer(rebasing: bytes[slice.range])
                let examined = examiner.examine(bytes: text)
                return StatementVerdict(
                    index: slice.index,
                    line: slice.line,
                    id: examined.idText,
                    findings: examined.report.findings,
                    examined: examined,
                    facets: readingFacets ? StatementFacets(bytes: text) : nil
                )
            }
        }
    }
}

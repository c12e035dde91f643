import XAPI
import XAPIValidation

/// One statement of an input on its way to the journal: its verdict, and its value when its own checks
/// found no error, so that the ordered part only enqueues.
///
/// The value is the tree the validator parsed from the statement's text, handed over by the examiner's
/// extract (``examination(of:)``): the text is parsed once, on the worker that checked it.
///
/// ```swift
/// var export = CandidateStatement.examination(of: validator)
/// let examiner = export.examiner
/// let pipeline = OrderedPipeline { batch in CandidateStatement.check(batch, with: examiner) }
/// ```
struct CandidateStatement: Sendable {
    /// What the checks found; the export checks add theirs in input order.
    var verdict: StatementVerdict
    /// The statement to enqueue; `nil` when it has an error of its own.
    let statement: JSONValue?

    /// An export validator whose examiner hands over each statement's parsed value, for ``check(_:with:)``.
    ///
    /// The value is the validator's own parse of the text the command sends: the same bytes, the same
    /// depth limit, and for a statement without errors a strict parse (a repeated key is an error, so a
    /// statement whose keys were recovered is never sent).
    static func examination(of validator: Validator) -> ExportValidator {
        ExportValidator(validator: validator) { $0 }
    }

    /// Checks every statement of `batch` and keeps the value of those without an error of their own.
    ///
    /// `examiner` comes from ``examination(of:)``: the value of a statement is what its extract took.
    static func check(_ batch: StatementBatch, with examiner: StatementExaminer) -> [CandidateStatement] {
        StatementVerdict.check(batch, with: examiner).map { verdict in
            guard verdict.isValid, let statement = verdict.examined?.extract as? JSONValue else {
                return CandidateStatement(verdict: verdict, statement: nil)
            }
            return CandidateStatement(verdict: verdict, statement: statement)
        }
    }
}

import XAPI
import XAPIValidation

/// One statement of an input on its way to the journal: its verdict, and its value when its own checks
/// found no error, parsed on the worker that checked it so that the ordered part only enqueues.
///
/// ```swift
/// let pipeline = OrderedPipeline { batch in CandidateStatement.check(batch, with: examiner) }
/// ```
struct CandidateStatement: Sendable {
    /// What the checks found; the export checks add theirs in input order.
    var verdict: StatementVerdict
    /// The statement to enqueue; `nil` when it has an error of its own.
    let statement: JSONValue?

    /// Checks every statement of `batch` and parses those without an error of their own.
    static func check(_ batch: StatementBatch, with examiner: StatementExaminer) -> [CandidateStatement] {
        let verdicts = StatementVerdict.check(batch, with: examiner)
        let parser = JSONParser(maxDepth: examiner.validator.configuration.maxDepth)
        return batch.bytes.withUnsafeBufferPointer { bytes in
            zip(verdicts, batch.slices).map { verdict, slice in
                guard verdict.isValid, slice.problem == nil else {
                    return CandidateStatement(verdict: verdict, statement: nil)
                }
                do {
                    let statement = try parser.parse(UnsafeBufferPointer(rebasing: bytes[slice.range]))
                    return CandidateStatement(verdict: verdict, statement: statement)
                } catch {
                    // The validator parsed the same bytes; a parser that disagrees must not send them.
                    var refused = verdict
                    refused.findings.append(
                        Finding(
                            rule: .jsonSyntax,
                            path: .root,
                            message: LocalizedText(english: "\(error)", french: nil)
                        )
                    )
                    return CandidateStatement(verdict: refused, statement: nil)
                }
            }
        }
    }
}

public import XAPI

/// One statement of an export after its own checks, with what the export checks need of it.
///
/// A ``StatementExaminer`` makes it on any task; ``ExportValidator/judge(_:at:)`` consumes it in input order.
/// It does not keep the statement itself: the tree is freed on the task that parsed it, and the ordered
/// part of an export's validation handles only small values. A caller that needs more of the statement
/// gives the examiner an extract (``ExportValidator/init(validator:extracting:)``) and finds its result in
/// ``extract``.
///
/// ```swift
/// let examined = ExportValidator(validator: Validator()).examiner.examine(bytes: Array(line.utf8))
/// examined.report.isValid   // the statement's own checks; the export checks come with judge(_:at:)
/// examined.idText           // "fd41c918-b88b-4b20-a0a5-a4c32391aaa0"
/// ```
public struct ExaminedStatement: Sendable {
    /// The findings of the statement's own checks.
    public let report: Report
    /// The `id` as written, when the statement is JSON and its id a string.
    public let idText: String?
    /// What the caller's extract took from the statement; `nil` when the examiner has no extract, when the
    /// text is not JSON, or when the extract returned `nil`.
    ///
    /// Cast it to the type the extract returns:
    ///
    /// ```swift
    /// let export = ExportValidator(validator: validator) { $0["verb"]?["id"]?.stringValue }
    /// let verb = export.examiner.examine(bytes: line).extract as? String
    /// ```
    public let extract: (any Sendable)?
    /// What each export check took from the statement, in the order of the checks.
    let checkExtracts: [(any Sendable)?]

    init(statement: JSONValue?, report: Report, extract: (any Sendable)?, checkExtracts: [(any Sendable)?]) {
        self.report = report
        idText = statement?[property: "id"]?.stringValue
        self.extract = extract
        self.checkExtracts = checkExtracts
    }
}

/// The part of an export's validation that needs no order: each statement's own checks, what the export
/// checks need of it, and the caller's extract. It holds no changing state, so any number of tasks can use
/// copies at once.
///
/// ```swift
/// let examiner = ExportValidator(validator: Validator()).examiner
/// let examined = examiner.examine(bytes: Array(line.utf8))   // on any task
/// ```
public struct StatementExaminer: Sendable {
    /// The validator that checks each statement.
    public let validator: Validator
    let extractors: [@Sendable (JSONValue) -> (any Sendable)?]
    /// The caller's extract, run on each statement the examiner parses or is given.
    let extract: (@Sendable (JSONValue) -> (any Sendable)?)?

    init(
        validator: Validator,
        extractors: [@Sendable (JSONValue) -> (any Sendable)?],
        extract: (@Sendable (JSONValue) -> (any Sendable)?)?
    ) {
        self.validator = validator
        self.extractors = extractors
        self.extract = extract
    }

    /// Checks one statement given as text and takes what the export checks and the caller's extract need of it.
    ///
    /// The text is parsed once: the checks, the export checks and the extract all read that one tree. A
    /// statement whose only syntax problem is a repeated key is still parsed (with a
    /// `xapi.property.duplicate` error), so the extract sees it too.
    ///
    /// ```swift
    /// let examined = examiner.examine(bytes: Array(#"{"id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0"}"#.utf8))
    /// examined.idText  // "fd41c918-b88b-4b20-a0a5-a4c32391aaa0"
    /// ```
    public func examine(bytes: some Collection<UInt8>) -> ExaminedStatement {
        let checked = validator.check(bytes: bytes)
        return examined(checked.statement, report: checked.report)
    }

    /// Checks one statement given as a JSON value and takes what the export checks and the caller's
    /// extract need of it.
    ///
    /// ```swift
    /// let examined = examiner.examine(["id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0"])
    /// examined.report.isValid  // false: no actor, verb or object
    /// ```
    public func examine(_ statement: JSONValue) -> ExaminedStatement {
        examined(statement, report: validator.validate(statement))
    }

    private func examined(_ statement: JSONValue?, report: Report) -> ExaminedStatement {
        guard let statement else {
            return ExaminedStatement(statement: nil, report: report, extract: nil, checkExtracts: [])
        }
        return ExaminedStatement(
            statement: statement,
            report: report,
            extract: extract.flatMap { $0(statement) },
            checkExtracts: extractors.map { $0(statement) }
        )
    }
}

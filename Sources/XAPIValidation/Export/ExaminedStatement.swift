public import XAPI

/// One statement of an export after its own checks, with what the export checks need of it.
///
/// A ``StatementExaminer`` makes it on any task; ``ExportValidator/judge(_:at:)`` consumes it in input order.
/// It does not keep the statement itself: the tree is freed on the task that parsed it, and the ordered
/// part of an export's validation handles only small values.
public struct ExaminedStatement: Sendable {
    /// The findings of the statement's own checks.
    public let report: Report
    /// The `id` as written, when the statement is JSON and its id a string.
    public let idText: String?
    /// What each export check took from the statement, in the order of the checks.
    let extracts: [(any Sendable)?]

    init(statement: JSONValue?, report: Report, extracts: [(any Sendable)?]) {
        self.report = report
        idText = statement?[property: "id"]?.stringValue
        self.extracts = extracts
    }
}

/// The part of an export's validation that needs no order: each statement's own checks, and what the
/// export checks need of it. It holds no changing state, so any number of tasks can use copies at once.
public struct StatementExaminer: Sendable {
    /// The validator that checks each statement.
    public let validator: Validator
    let extractors: [@Sendable (JSONValue) -> (any Sendable)?]

    /// Checks one statement given as text and takes what the export checks need of it.
    public func examine(bytes: some Collection<UInt8>) -> ExaminedStatement {
        let checked = validator.check(bytes: bytes)
        return ExaminedStatement(
            statement: checked.statement,
            report: checked.report,
            extracts: checked.statement.map(extracts) ?? []
        )
    }

    /// Checks one statement given as a JSON value and takes what the export checks need of it.
    public func examine(_ statement: JSONValue) -> ExaminedStatement {
        ExaminedStatement(statement: statement, report: validator.validate(statement), extracts: extracts(statement))
    }

    private func extracts(_ statement: JSONValue) -> [(any Sendable)?] {
        extractors.map { $0(statement) }
    }
}

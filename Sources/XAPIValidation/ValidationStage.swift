public import XAPI

/// The validator as a `StatementStage` (XAPI): statements with errors are refused with every error as a reason.
///
/// ```swift
/// let stage = ValidationStage(validator: Validator(configuration: .init(ruleSets: [myProfile])))
/// let checked = try stage.process(statement)  // the statement itself, or a StatementRejection
/// ```
public struct ValidationStage: StatementStage {
    /// The validator that checks each statement.
    public let validator: Validator
    /// Whether warnings refuse a statement too (by default only errors do).
    public let refusesWarnings: Bool

    /// Creates a stage.
    public init(validator: Validator = Validator(), refusesWarnings: Bool = false) {
        self.validator = validator
        self.refusesWarnings = refusesWarnings
    }

    /// Returns the statement unchanged when it conforms, or throws its errors (and warnings, when they refuse).
    public func process(_ statement: JSONValue) throws(StatementRejection) -> JSONValue {
        let report = validator.validate(statement)
        let refusing = report.findings.filter { $0.severity == .error || refusesWarnings }
        guard refusing.isEmpty else {
            throw StatementRejection(
                reasons: refusing.map { .init(rule: $0.rule, path: $0.path, message: $0.message) }
            )
        }
        return statement
    }
}

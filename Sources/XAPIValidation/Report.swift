import XAPI

/// What the validator found in one statement.
///
/// ```swift
/// let report = Validator().validate(statementJSON)
/// if !report.isValid { report.errors.forEach { print($0) } }
/// ```
public struct Report: Sendable, Hashable {
    /// The xAPI version the statement was checked against.
    public let version: SpecVersion
    /// Every finding, in the order the statement was walked.
    public var findings: [Finding]

    /// Creates a report.
    public init(version: SpecVersion, findings: [Finding]) {
        self.version = version
        self.findings = findings
    }

    /// Whether the statement has no error (warnings allowed).
    public var isValid: Bool { !findings.contains { $0.severity == .error } }

    /// The findings of severity error.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }

    /// The findings of severity warning.
    public var warnings: [Finding] { findings.filter { $0.severity == .warning } }
}

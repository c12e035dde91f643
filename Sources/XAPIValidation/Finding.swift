public import XAPI

/// One problem found in a statement: which rule, how serious, where, and why.
///
/// ```swift
/// for finding in report.findings {
///     print("\(finding.severity) \(finding.rule) at \(finding.path): \(finding.message)")
/// }
/// ```
public struct Finding: Sendable, Hashable {
    /// The id of the rule broken, e.g. `xapi.agent.ifi`.
    public let rule: String
    /// How serious it is.
    public let severity: Severity
    /// Where the offending value is, from the statement's root.
    public let path: JSONPointer
    /// What is wrong, in one sentence.
    public let message: String
    /// The section of the specification or source that the rule enforces.
    public let spec: String

    /// Creates a finding for `rule` at `path`.
    public init(rule: Rule, path: JSONPointer, message: String) {
        self.rule = rule.id
        self.severity = rule.severity
        self.path = path
        self.message = message
        self.spec = rule.spec
    }

    /// Creates a finding from its parts (for rule sets that define their own ids).
    public init(rule: String, severity: Severity, path: JSONPointer, message: String, spec: String) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.message = message
        self.spec = spec
    }
}

extension Finding: CustomStringConvertible {
    /// `error xapi.agent.ifi at /actor: message`.
    public var description: String {
        "\(severity.rawValue) \(rule) at \(path.description.isEmpty ? "/" : path.description): \(message)"
    }
}

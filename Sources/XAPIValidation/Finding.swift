public import XAPI

/// One problem found in a statement: which rule, how serious, where, and why.
///
/// ```swift
/// for finding in report.findings {
///     print("\(finding.severity) \(finding.rule) at \(finding.path): \(finding.message(in: .french))")
/// }
/// ```
public struct Finding: Sendable, Hashable {
    /// The id of the rule broken, e.g. `xapi.agent.ifi`.
    public let rule: String
    /// How serious it is.
    public let severity: Severity
    /// Where the offending value is, from the statement's root.
    public let path: JSONPointer
    /// What is wrong, in one sentence, in English and French.
    public let text: LocalizedText
    /// The section of the specification or source that the rule enforces.
    public let spec: String
    /// Where the offending value is written in the statement's text (1-based line and column within the
    /// statement), when the statement was read from text; found only once there is a finding.
    public var position: TextPosition?

    /// Creates a finding for `rule` at `path`.
    public init(rule: Rule, path: JSONPointer, message: LocalizedText) {
        self.init(rule: rule.id, severity: rule.severity, path: path, message: message, spec: rule.spec)
    }

    /// Creates a finding from its parts (for rule sets that make their own ids, such as a profile's templates).
    public init(rule: String, severity: Severity, path: JSONPointer, message: LocalizedText, spec: String) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.text = message
        self.spec = spec
    }

    /// What is wrong, in English.
    public var message: String { text.english }

    /// What is wrong, in `language`.
    public func message(in language: Language) -> String {
        text.text(in: language)
    }
}

extension Finding: CustomStringConvertible {
    /// `error xapi.agent.ifi at /actor: message`: ``description(in:)`` in English.
    public var description: String { description(in: .english) }
}

public import XAPI

/// Why the pseudonymizer refused a statement, a key, a scope or a policy: a stable rule id, a place and a message.
///
/// Messages describe what is wrong without repeating the offending value, so that an error printed on a
/// terminal or written to a log never carries an identity, and never a key: an identifier that cannot be
/// pseudonymized is personal data by definition.
///
/// ```swift
/// do {
///     _ = try pseudonymizer.pseudonymize(statement)
/// } catch {
///     print(error)  // pseudonym.agent.identifier at /actor: an Agent needs exactly one identifier, it has 2 ...
/// }
/// ```
public struct PseudonymizationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule, the place and the message, in the shape of every stage's refusal.
    public let reason: StatementRejection.Reason

    /// The stable id of the rule, such as `pseudonym.agent.identifier` (listed in the "Pseudonymizing for
    /// research" guide).
    public var rule: String { reason.rule }
    /// Where the offending value is: from the statement's root, or from the policy document's root for
    /// `pseudonym.policy.*` rules; the root for keys and scopes.
    public var path: JSONPointer { reason.path }
    /// What is wrong, in one sentence, without the offending value.
    public var message: String { reason.message }

    /// Creates an error.
    public init(rule: String, path: JSONPointer, message: String) {
        reason = StatementRejection.Reason(rule: rule, path: path, message: message)
    }

    /// `rule at /path: message`.
    public var description: String { reason.description }

    /// The same error as a stage's rejection, for the uploader.
    public var rejection: StatementRejection { StatementRejection(reasons: [reason]) }
}

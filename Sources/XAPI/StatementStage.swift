/// One step a statement goes through before it is stored or sent: a check, a transformation, or both.
///
/// The uploader takes its optional stages through this protocol, so that linking it pulls in neither
/// validation nor pseudonymization; `XAPIValidation` and `XAPIPseudonymization` provide stages, and a
/// vendor can write its own.
///
/// ```swift
/// struct RequireTimestamp: StatementStage {
///     func process(_ statement: JSONValue) throws(StatementRejection) -> JSONValue {
///         guard statement["timestamp"] != nil else {
///             throw StatementRejection(rule: "app.timestamp", path: .root, message: "timestamp is missing")
///         }
///         return statement
///     }
/// }
/// ```
public protocol StatementStage: Sendable {
    /// Returns the statement to pass on (the same one for a pure check), or throws why it is refused.
    func process(_ statement: JSONValue) throws(StatementRejection) -> JSONValue
}

/// Why a stage refused a statement: one or more reasons, each with a rule id, a place and a message.
public struct StatementRejection: Error, Sendable, Hashable {
    /// One reason for the refusal.
    public struct Reason: Sendable, Hashable, CustomStringConvertible {
        /// The stable id of the rule, such as `xapi.agent.ifi` or `pseudonym.agent.identifier`.
        public let rule: String
        /// Where the offending value is, from the statement's root.
        public let path: JSONPointer
        /// What is wrong, in one sentence.
        public let message: String

        /// Creates a reason.
        public init(rule: String, path: JSONPointer, message: String) {
            self.rule = rule
            self.path = path
            self.message = message
        }

        /// `rule at /path: message`.
        public var description: String {
            "\(rule) at \(path.description.isEmpty ? "/" : path.description): \(message)"
        }
    }

    /// The reasons, at least one.
    public let reasons: [Reason]

    /// Creates a rejection with several reasons; an empty list is given one generic reason.
    public init(reasons: [Reason]) {
        self.reasons =
            reasons.isEmpty ? [Reason(rule: "stage.rejected", path: .root, message: "refused by a stage")] : reasons
    }

    /// Creates a rejection with one reason.
    public init(rule: String, path: JSONPointer, message: String) {
        self.init(reasons: [Reason(rule: rule, path: path, message: message)])
    }
}

extension StatementRejection: CustomStringConvertible {
    /// The reasons, separated by semicolons.
    public var description: String {
        reasons.map(\.description).joined(separator: "; ")
    }
}

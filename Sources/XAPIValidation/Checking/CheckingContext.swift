public import Foundation

/// What a rule set knows of the circumstances of a check: the xAPI version and the present moment.
public struct CheckingContext: Sendable {
    /// The version of xAPI the statement is checked against.
    public let version: SpecVersion
    /// Timestamps after this instant are in the future; `nil` when the validator does not check that.
    public let futureLimit: Date?
    /// The text the statement was read from, when it was: lent to this module's rule sets during the check.
    let text: StatementText?

    /// Creates a context.
    public init(version: SpecVersion, futureLimit: Date?) {
        self.init(version: version, futureLimit: futureLimit, text: nil)
    }

    init(version: SpecVersion, futureLimit: Date?, text: StatementText?) {
        self.version = version
        self.futureLimit = futureLimit
        self.text = text
    }
}

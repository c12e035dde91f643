public import XAPI

/// The statement-level requirements of xAPI 1.0.3 and 2.0, as the rule set every validator runs first.
///
/// Its rules are ``Rule/catalog``; its export check finds repeated statement ids.
public struct SpecificationRules: RuleSet {
    /// Creates the rule set.
    public init() {}

    /// `xapi`.
    public var name: String { "xapi" }

    /// ``Rule/catalog``.
    public var rules: [Rule] { Rule.catalog }

    /// Walks the statement with the checks of its version.
    public func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder) {
        var checker = SpecChecker(version: context.version, futureLimit: context.futureLimit)
        // The checker works on the caller's recorder itself: swapping moves it in and out without a copy.
        swap(&checker.recorder, &recorder)
        checker.checkStatement(statement)
        swap(&checker.recorder, &recorder)
    }

    /// The repeated-id check.
    public func makeExportChecks() -> [any ExportCheck] {
        [RepeatedIDCheck()]
    }
}

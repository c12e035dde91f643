public import XAPI

/// A named set of rules that a ``Validator`` runs on every statement: the spec rules, a profile, a
/// vendor's own.
///
/// The validator runs the xAPI specification's rules first, then each rule set of its configuration in
/// order. A rule set lists its rules as data, so that ``Validator/rules`` and `edutraces rules` show
/// exactly what a configured validator checks, including rules loaded from a file at run time.
///
/// ```swift
/// struct RequirePlatform: RuleSet {
///     static let platform = Rule(id: "acme.platform", severity: .warning, spec: "Acme guide 2", summary: "…")
///     var name: String { "acme" }
///     var rules: [Rule] { [Self.platform] }
///     func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder) {
///         if statement["context"]?["platform"] == nil { recorder.record(Self.platform, "context.platform is missing") }
///     }
/// }
/// let validator = Validator(configuration: .init(ruleSets: [RequirePlatform()]))
/// ```
public protocol RuleSet: Sendable {
    /// A short stable name, such as `xapi`, `fr-education` or a profile's IRI.
    var name: String { get }

    /// Every rule the set can report, in a stable order.
    var rules: [Rule] { get }

    /// Checks one statement, recording every finding (the recorder starts at the statement's root).
    func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder)

    /// The checks of this set that need the whole export in order (such as a profile's patterns); fresh
    /// ones for each export.
    func makeExportChecks() -> [any ExportCheck]
}

extension RuleSet {
    /// No export checks.
    public func makeExportChecks() -> [any ExportCheck] { [] }
}

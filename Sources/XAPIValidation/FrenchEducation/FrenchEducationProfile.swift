public import XAPI

/// The French education labelling profile (`fr-education`): the rules that make every vendor label
/// traces the same way, so that an ENT can check an export in one command.
///
/// ```swift
/// let validator = Validator(configuration: .init(ruleSets: [FrenchEducationProfile()]))
/// let report = validator.validate(statement)
/// report.findings.map { $0.message(in: .french) }
/// ```
///
/// Its statement rules (`fr.*`) apply to every statement, whatever its verb, so it never reports
/// `profile.no-template`. Its profile document (``document``, ADL xAPI Profiles 1.0) defines the school
/// extensions, the statement templates (answered, initialized, terminated, completed, passed, failed,
/// viewed, accessed) and the session pattern, which the profile engine checks over a whole export, per
/// registration (`profile.pattern.unmatched`, `profile.pattern.incomplete`). What JSONPath cannot say
/// (a check letter, a code list, an e-mail or an INE in an identifier, a rule over every agent position)
/// is checked in Swift, under the rule ids of the documentation.
///
/// This is the project's profile, derived from what French public bodies and the French xAPI community
/// have published; it is not an official ministry publication.
public struct FrenchEducationProfile: RuleSet {
    /// The profile document read by the engine, once per process.
    static let engine: ProfileRuleSet? = try? ProfileRuleSet(
        bytes: Array(document.utf8),
        strictness: .strict,
        options: .init(reportsStatementsWithoutTemplate: false, checksPatterns: true)
    )

    /// Creates the profile.
    public init() {}

    /// `fr-education`.
    public var name: String { "fr-education" }

    /// ``Rule/frenchEducationRules``, then the session pattern's rules.
    public var rules: [Rule] { Rule.frenchEducationRules + [.profilePatternUnmatched, .profilePatternIncomplete] }

    /// Checks one statement with every rule of the profile.
    public func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder) {
        var checker = FrenchEducationChecker()
        // The checker works on the caller's recorder itself, at the statement's root.
        swap(&checker.recorder, &recorder)
        checker.checkStatement(statement, text: context.text)
        swap(&checker.recorder, &recorder)
    }

    /// The session pattern of the profile document, checked per registration over an export.
    public func makeExportChecks() -> [any ExportCheck] {
        Self.engine?.makeExportChecks() ?? []
    }
}

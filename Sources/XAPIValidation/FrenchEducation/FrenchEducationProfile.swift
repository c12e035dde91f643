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
/// Its rules apply to every statement. They are this project's profile, derived from what French public
/// bodies and the French xAPI community have published; it is not an official ministry publication. The
/// profile document (JSON-LD, ADL xAPI Profiles 1.0) is ``document``; what its JSONPath rules cannot
/// say (a check letter, a code list, an e-mail or an INE in an identifier) is checked in Swift here,
/// under the same rule ids.
public struct FrenchEducationProfile: RuleSet {
    /// Creates the profile.
    public init() {}

    /// `fr-education`.
    public var name: String { "fr-education" }

    /// ``Rule/frenchEducationRules``.
    public var rules: [Rule] { Rule.frenchEducationRules }

    /// Checks one statement with every rule of the profile.
    public func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder) {
        var checker = FrenchEducationChecker()
        // The checker works on the caller's recorder itself, at the statement's root.
        swap(&checker.recorder, &recorder)
        checker.checkStatement(statement)
        swap(&checker.recorder, &recorder)
    }
}

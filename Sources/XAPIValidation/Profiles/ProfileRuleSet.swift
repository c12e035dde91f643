public import Foundation
public import XAPI

/// A loaded xAPI profile as a rule set of the ``Validator``: its statement templates check every statement,
/// its primary patterns check each registration of an export.
///
/// A statement conforms when at least one template whose determining properties it has follows all that
/// template's rules. When none does, the broken rules of every template whose determining properties
/// matched are reported, with the rule id `<template IRI>#rule-<n>` (`n` counts from 0 in `rules`), at the
/// rule's location; errors, except for `recommended` rules (warnings). A `recommended` value that is absent
/// is a warning even when the statement conforms. A statement that matches no template gets
/// `profile.no-template` (a warning), unless ``Options/reportsStatementsWithoutTemplate`` is off.
///
/// ```swift
/// let video = try ProfileRuleSet(contentsOf: URL(fileURLWithPath: "video.jsonld"))
/// let validator = Validator(configuration: .init(ruleSets: [video]))
/// validator.validate(statement).findings  // spec findings, then the profile's
/// ```
public struct ProfileRuleSet: RuleSet {
    /// What a profile rule set reports besides its templates' rules.
    public struct Options: Sendable, Hashable {
        /// Whether a statement that matches no template gets `profile.no-template`. Turn it off for a
        /// profile whose templates apply to every statement, such as the built-in `fr-education`.
        public var reportsStatementsWithoutTemplate: Bool
        /// Whether the primary patterns are checked over an export (``makeExportChecks()``).
        public var checksPatterns: Bool

        /// Creates options; by default everything is reported.
        public init(reportsStatementsWithoutTemplate: Bool = true, checksPatterns: Bool = true) {
            self.reportsStatementsWithoutTemplate = reportsStatementsWithoutTemplate
            self.checksPatterns = checksPatterns
        }
    }

    /// The profile.
    public let profile: Profile
    /// The options in force.
    public let options: Options
    /// Every rule: each template's rules in order (`<template IRI>#rule-<n>`, and `#object-statement-ref`
    /// or `#context-statement-ref` for templates that require a StatementRef), then `profile.no-template`
    /// and the pattern rules when they can be reported.
    public let rules: [Rule]
    /// The rules of each template, by rule index.
    private let templateRules: [[Rule]]

    /// Creates the rule set of a loaded profile.
    public init(profile: Profile, options: Options = Options()) {
        self.profile = profile
        self.options = options
        let profileLabel = profile.label(in: .english)
        templateRules = profile.templates.map { template in
            template.rules.enumerated().map { index, rule in
                ProfileRuleText.rule(rule, index: index, of: template, profileLabel: profileLabel)
            }
        }
        var rules = templateRules.flatMap { $0 }
        for template in profile.templates {
            if template.objectStatementRefTemplate != nil {
                rules.append(ProfileRuleText.statementReferenceRule("object", of: template, profileLabel: profileLabel))
            }
            if template.contextStatementRefTemplate != nil {
                rules.append(
                    ProfileRuleText.statementReferenceRule("context", of: template, profileLabel: profileLabel)
                )
            }
        }
        if options.reportsStatementsWithoutTemplate { rules.append(.profileNoTemplate) }
        if options.checksPatterns, profile.patterns.contains(where: \.isPrimary) {
            rules += [.profilePatternUnmatched, .profilePatternIncomplete]
        }
        self.rules = rules
    }

    /// Loads a profile document and creates its rule set.
    ///
    /// - Throws: ``ProfileError`` when the document cannot be used.
    public init(
        bytes: some Collection<UInt8>,
        strictness: ProfileStrictness = .tolerant,
        options: Options = Options()
    ) throws(ProfileError) {
        self.init(profile: try Profile(bytes: bytes, strictness: strictness), options: options)
    }

    /// Loads a profile file and creates its rule set.
    ///
    /// - Throws: ``ProfileError`` when the file cannot be read or used.
    public init(
        contentsOf url: URL,
        strictness: ProfileStrictness = .tolerant,
        options: Options = Options()
    ) throws(ProfileError) {
        self.init(profile: try Profile(contentsOf: url, strictness: strictness), options: options)
    }

    /// The profile's IRI.
    public var name: String { profile.id }

    /// Checks one statement against the profile's templates.
    public func check(_ statement: JSONValue, in context: CheckingContext, recorder: inout FindingRecorder) {
        let normalized = ContextActivitiesNormalization.normalized(statement)
        let (matching, accepting) = profile.matcher.evaluate(normalized)
        guard !matching.isEmpty else {
            if options.reportsStatementsWithoutTemplate {
                recorder.record(ProfileRuleText.noTemplate(statement, profile: profile))
            }
            return
        }
        for index in accepting.isEmpty ? matching : accepting {
            record(index, normalized, onlyRecommended: !accepting.isEmpty, into: &recorder)
        }
    }

    /// Records the broken rules of template `index` (or only its absent recommended values).
    private func record(
        _ index: Int,
        _ statement: JSONValue,
        onlyRecommended: Bool,
        into recorder: inout FindingRecorder
    ) {
        let template = profile.templates[index]
        if !onlyRecommended {
            for property in template.statementReferenceViolations(statement) {
                recorder.record(ProfileRuleText.statementReferenceFinding(property, of: template, profile: profile))
            }
        }
        for (position, rule) in template.rules.enumerated() {
            switch rule.judge(statement) {
            case .followed:
                continue
            case .broken where onlyRecommended:
                continue
            case .broken, .followedWithoutRecommended:
                let (pointer, text) = rule.violation(in: statement)
                let definition = templateRules[index][position]
                recorder.record(
                    Finding(
                        rule: definition.id,
                        severity: definition.severity,
                        path: pointer,
                        message: ProfileRuleText.message(text, template: template),
                        spec: definition.spec
                    )
                )
            }
        }
    }

    /// The export checks: the primary patterns, when there are any and ``Options/checksPatterns`` is on.
    public func makeExportChecks() -> [any ExportCheck] {
        guard options.checksPatterns, profile.patterns.contains(where: \.isPrimary) else { return [] }
        return [PatternCheck(profile: profile)]
    }
}

public import XAPI

/// A profile's templates indexed by verb, so that a statement is compared only with the templates that can
/// match it: most templates name a verb, and a statement has one.
struct TemplateMatcher: Sendable {
    let templates: [StatementTemplate]
    /// Template positions by verb IRI, ascending.
    private let byVerb: [String: [Int]]
    /// Positions of the templates that name no verb, ascending.
    private let withoutVerb: [Int]

    init(templates: [StatementTemplate]) {
        self.templates = templates
        var byVerb: [String: [Int]] = [:]
        var withoutVerb: [Int] = []
        for (index, template) in templates.enumerated() {
            if let verb = template.verb { byVerb[verb, default: []].append(index) } else { withoutVerb.append(index) }
        }
        self.byVerb = byVerb
        self.withoutVerb = withoutVerb
    }

    /// The templates whose determining properties `statement` has, and among them those whose rules it
    /// follows, in document order. `statement` must be normalized (context activities as arrays).
    func evaluate(_ statement: JSONValue) -> (matching: [Int], accepting: [Int]) {
        var matching: [Int] = []
        var accepting: [Int] = []
        func consider(_ index: Int) {
            guard templates[index].matchesDeterminingProperties(of: statement) else { return }
            matching.append(index)
            if templates[index].isFollowed(by: statement) { accepting.append(index) }
        }
        let withVerb = statement["verb"]?["id"]?.stringValue.flatMap { byVerb[$0] } ?? []
        // Merge the two ascending lists so that templates keep their document order.
        var left = 0
        var right = 0
        while left < withVerb.count || right < withoutVerb.count {
            if right == withoutVerb.count || (left < withVerb.count && withVerb[left] < withoutVerb[right]) {
                consider(withVerb[left])
                left += 1
            } else {
                consider(withoutVerb[right])
                right += 1
            }
        }
        return (matching, accepting)
    }
}

/// What a profile's statement templates make of one statement: `validates` of Profiles Part Three §2.1.
///
/// ```swift
/// let validation = profile.validate(statement)
/// if validation.outcome == .invalid { print(validation.failingTemplates) }
/// ```
public struct TemplateValidation: Sendable, Hashable {
    /// The three outcomes of the spec's table.
    public enum Outcome: Sendable, Hashable {
        /// Some templates match, and one at least is followed in full.
        case success
        /// Some templates match, and none is followed in full.
        case invalid
        /// No template's determining properties match.
        case unmatched
    }

    /// The outcome.
    public let outcome: Outcome
    /// The ids of the templates whose determining properties the statement has.
    public let matchingTemplates: [String]
    /// The ids of the matching templates whose rules it follows in full.
    public let followedTemplates: [String]

    /// The matching templates whose rules it does not follow.
    public var failingTemplates: [String] {
        matchingTemplates.filter { !followedTemplates.contains($0) }
    }
}

extension Profile {
    /// Validates `statement` against the profile's templates, as `validates` of Profiles Part Three §2.1 does.
    ///
    /// Unlike the spec's algorithm, a statement is accepted when at least one matching template is followed,
    /// even if another matching template is not (see ``ProfileRuleSet``).
    public func validate(_ statement: JSONValue) -> TemplateValidation {
        let (matching, accepting) = matcher.evaluate(ContextActivitiesNormalization.normalized(statement))
        return TemplateValidation(
            outcome: matching.isEmpty ? .unmatched : accepting.isEmpty ? .invalid : .success,
            matchingTemplates: matching.map { templates[$0].id },
            followedTemplates: accepting.map { templates[$0].id }
        )
    }
}

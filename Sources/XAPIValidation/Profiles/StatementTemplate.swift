public import XAPI

/// A statement template of a profile (Profiles §8): the determining properties that say which statements it
/// is about, and the rules those statements follow.
///
/// ```swift
/// let template = profile.templates[0]
/// if template.matchesDeterminingProperties(of: statement) {
///     print(template.rules.allSatisfy { $0.isFollowed(by: statement) })
/// }
/// ```
public struct StatementTemplate: Sendable, Hashable {
    /// The template's IRI; its rules' ids are `<id>#rule-<n>`.
    public let id: String
    /// The profile version that defines it.
    public let inScheme: String
    /// Names by language tag.
    public let prefLabel: [String: String]
    /// Whether the template is deprecated.
    public let isDeprecated: Bool
    /// The verb's IRI a statement must have.
    public let verb: String?
    /// The object's activity type a statement must have.
    public let objectActivityType: String?
    /// Activity types every one of which some grouping context activity must have.
    public let contextGroupingActivityType: [String]
    /// Activity types every one of which some parent context activity must have.
    public let contextParentActivityType: [String]
    /// Activity types every one of which some other context activity must have.
    public let contextOtherActivityType: [String]
    /// Activity types every one of which some category context activity must have.
    public let contextCategoryActivityType: [String]
    /// Usage types every one of which some attachment must have.
    public let attachmentUsageType: [String]
    /// When given, the object is a StatementRef to a statement of one of these templates.
    public let objectStatementRefTemplate: [String]?
    /// When given, `context.statement` is a StatementRef to a statement of one of these templates.
    public let contextStatementRefTemplate: [String]?
    /// The rules, in order.
    public let rules: [StatementTemplateRule]

    /// The template's name in `language`, or its id when it has none.
    public func label(in language: Language) -> String {
        preferredText(prefLabel, in: language) ?? id
    }

    /// Whether `statement` has every determining property of the template (Profiles Part Three §2.1,
    /// `matches_determining_properties`): the same verb and object activity type, and context activity
    /// types and attachment usage types that include the template's.
    public func matchesDeterminingProperties(of statement: JSONValue) -> Bool {
        if let verb, statement["verb"]?["id"]?.stringValue != verb { return false }
        if let objectActivityType {
            guard let object = statement["object"], Self.isActivity(object),
                object["definition"]?["type"]?.stringValue == objectActivityType
            else { return false }
        }
        if contextGroupingActivityType.isEmpty, contextParentActivityType.isEmpty, contextOtherActivityType.isEmpty,
            contextCategoryActivityType.isEmpty, attachmentUsageType.isEmpty
        {
            return true
        }
        let activities = statement["context"]?["contextActivities"]
        for (required, key) in [
            (contextGroupingActivityType, "grouping"), (contextParentActivityType, "parent"),
            (contextOtherActivityType, "other"), (contextCategoryActivityType, "category"),
        ] where !required.isEmpty {
            let types = Self.elements(of: activities?[key]).compactMap { $0["definition"]?["type"]?.stringValue }
            guard required.allSatisfy(types.contains) else { return false }
        }
        if !attachmentUsageType.isEmpty {
            let types = Self.elements(of: statement["attachments"]).compactMap { $0["usageType"]?.stringValue }
            guard attachmentUsageType.allSatisfy(types.contains) else { return false }
        }
        return true
    }

    /// Whether `statement`, which has the determining properties, follows every rule of the template
    /// (`follows_rules`; the statements a StatementRef points at are not available, so only the ref itself
    /// is checked).
    public func isFollowed(by statement: JSONValue) -> Bool {
        statementReferenceViolations(statement).isEmpty && rules.allSatisfy { $0.judge(statement) != .broken }
    }

    /// The StatementRef properties the statement lacks: `object` and `context` (by the property's name).
    func statementReferenceViolations(_ statement: JSONValue) -> [String] {
        var missing: [String] = []
        if objectStatementRefTemplate != nil, statement["object"]?["objectType"]?.stringValue != "StatementRef" {
            missing.append("object")
        }
        if contextStatementRefTemplate != nil,
            statement["context"]?["statement"]?["objectType"]?.stringValue != "StatementRef"
        {
            missing.append("context")
        }
        return missing
    }

    /// An object is an Activity when its `objectType` is absent or `Activity` (xAPI Data §2.4.4).
    private static func isActivity(_ object: JSONValue) -> Bool {
        guard let type = object["objectType"] else { return true }
        return type.stringValue == "Activity"
    }

    /// A context activities member as an array: xAPI 1.0 allows a single object.
    static func elements(of value: JSONValue?) -> [JSONValue] {
        switch value {
        case .array(let array)?: return array
        case .object?: return value.map { [$0] } ?? []
        default: return []
        }
    }
}

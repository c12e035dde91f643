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
    public var id: String { storage.fields.id }
    /// The profile version that defines it.
    public var inScheme: String { storage.fields.inScheme }
    /// Names by language tag.
    public var prefLabel: [String: String] { storage.fields.prefLabel }
    /// Whether the template is deprecated.
    public var isDeprecated: Bool { storage.fields.isDeprecated }
    /// The verb's IRI a statement must have.
    public var verb: String? { storage.fields.verb }
    /// The object's activity type a statement must have.
    public var objectActivityType: String? { storage.fields.objectActivityType }
    /// Activity types every one of which some grouping context activity must have.
    public var contextGroupingActivityType: [String] { storage.fields.contextGroupingActivityType }
    /// Activity types every one of which some parent context activity must have.
    public var contextParentActivityType: [String] { storage.fields.contextParentActivityType }
    /// Activity types every one of which some other context activity must have.
    public var contextOtherActivityType: [String] { storage.fields.contextOtherActivityType }
    /// Activity types every one of which some category context activity must have.
    public var contextCategoryActivityType: [String] { storage.fields.contextCategoryActivityType }
    /// Usage types every one of which some attachment must have.
    public var attachmentUsageType: [String] { storage.fields.attachmentUsageType }
    /// When given, the object is a StatementRef to a statement of one of these templates.
    public var objectStatementRefTemplate: [String]? { storage.fields.objectStatementRefTemplate }
    /// When given, `context.statement` is a StatementRef to a statement of one of these templates.
    public var contextStatementRefTemplate: [String]? { storage.fields.contextStatementRefTemplate }
    /// The rules, in order.
    public var rules: [StatementTemplateRule] { storage.fields.rules }

    /// What a template document says, read once by the profile loader.
    struct Fields: Sendable, Hashable {
        let id: String
        let inScheme: String
        let prefLabel: [String: String]
        let isDeprecated: Bool
        let verb: String?
        let objectActivityType: String?
        let contextGroupingActivityType: [String]
        let contextParentActivityType: [String]
        let contextOtherActivityType: [String]
        let contextCategoryActivityType: [String]
        let attachmentUsageType: [String]
        let objectStatementRefTemplate: [String]?
        let contextStatementRefTemplate: [String]?
        let rules: [StatementTemplateRule]
    }

    /// The fields, shared by every copy: statements are judged against templates in tight loops, where
    /// copying a dozen references each time would cost more than the checks.
    private final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    private let storage: Storage

    init(_ fields: Fields) {
        storage = Storage(fields)
    }

    /// Whether both have the same content.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Hashes the content.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// The template's name in `language`, or its id when it has none.
    public func label(in language: Language) -> String {
        preferredText(prefLabel, in: language) ?? id
    }

    /// Whether `statement` has every determining property of the template (Profiles Part Three §2.1,
    /// `matches_determining_properties`): the same verb and object activity type, and context activity
    /// types and attachment usage types that include the template's.
    public func matchesDeterminingProperties(of statement: JSONValue) -> Bool {
        if let verb, Self.member(Self.member(statement, "verb"), "id")?.stringValue != verb { return false }
        if let objectActivityType {
            guard let object = Self.member(statement, "object"), Self.isActivity(object),
                Self.member(Self.member(object, "definition"), "type")?.stringValue == objectActivityType
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

    /// The member `key` (ASCII) of `value` when it is an object.
    private static func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
        guard case .object(let object)? = value else { return nil }
        return object.value(forASCIIKey: key)
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

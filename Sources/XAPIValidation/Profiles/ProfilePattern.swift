/// A pattern of a profile (Profiles §9): how statements matching its templates follow one another within a
/// registration.
///
/// ```swift
/// for pattern in profile.patterns where pattern.isPrimary {
///     if case .sequence(let members) = pattern.kind { print(members) }
/// }
/// ```
public struct ProfilePattern: Sendable, Hashable {
    /// What a pattern is made of: template or pattern ids.
    public enum Kind: Sendable, Hashable {
        /// Each member in order.
        case sequence([String])
        /// Any one of the members.
        case alternates([String])
        /// The member once, or nothing.
        case optional(String)
        /// The member once or more.
        case oneOrMore(String)
        /// The member any number of times, or nothing.
        case zeroOrMore(String)

        /// The ids the pattern names, in order.
        public var members: [String] {
            switch self {
            case .sequence(let members), .alternates(let members): return members
            case .optional(let member), .oneOrMore(let member), .zeroOrMore(let member): return [member]
            }
        }
    }

    /// The pattern's IRI.
    public let id: String
    /// Whether statements are checked against it (only primary patterns are).
    public let isPrimary: Bool
    /// The profile version that defines it, when given.
    public let inScheme: String?
    /// Names by language tag.
    public let prefLabel: [String: String]
    /// Whether the pattern is deprecated.
    public let isDeprecated: Bool
    /// Its members and how they combine.
    public let kind: Kind

    /// The pattern's name in `language`, or its id when it has none.
    public func label(in language: Language) -> String {
        preferredText(prefLabel, in: language) ?? id
    }
}

/// A version of a profile (Profiles §6.1): statements name it in their category context activities.
///
/// ```swift
/// profile.versions.first?.id  // "https://w3id.org/xapi/video/v1.0.3"
/// ```
public struct ProfileVersion: Sendable, Hashable {
    /// The version's IRI.
    public let id: String
    /// The versions this one revises.
    public let wasRevisionOf: [String]
    /// When the version was made, as written.
    public let generatedAtTime: String
}

/// The organization or person who wrote a profile (Profiles §6.2).
///
/// ```swift
/// profile.author.name  // "xAPI Video CoP"
/// ```
public struct ProfileAuthor: Sendable, Hashable {
    /// `Organization` or `Person`.
    public let type: String
    /// The name.
    public let name: String
    /// A URL about the author, when given.
    public let url: String?
}

/// A concept a profile defines (Profiles §7): a verb, an activity type, an extension, a document resource...
///
/// Concepts describe vocabulary; they do not take part in checking statements (templates do).
///
/// ```swift
/// profile.concepts.filter { $0.type == "Verb" }.map(\.id)
/// ```
public struct ProfileConcept: Sendable, Hashable {
    /// The concept's IRI.
    public let id: String
    /// `Verb`, `ActivityType`, `AttachmentUsageType`, `ContextExtension`, `ResultExtension`,
    /// `ActivityExtension`, `StateResource`, `AgentProfileResource`, `ActivityProfileResource` or `Activity`.
    public let type: String
    /// The profile version that defines it.
    public let inScheme: String
    /// Names by language tag.
    public let prefLabel: [String: String]
    /// Whether the concept is deprecated.
    public let isDeprecated: Bool
}

/// How a profile's document is read: every requirement of the spec, or the ones that matter for checking.
///
/// Published profiles often break requirements that do not change what they check: concepts `inScheme`
/// of a version spelled differently, placeholder entries holding only a note, empty `rules` arrays.
/// ``tolerant`` loads them and lists each such defect in ``Profile/remarks``; ``strict`` throws.
///
/// ```swift
/// let profile = try Profile(bytes: bytes, strictness: .strict)
/// ```
public enum ProfileStrictness: Sendable, Hashable {
    /// Every structural requirement of Profiles 1.0 is an error.
    case strict
    /// Defects that do not change what the profile checks are remarks, not errors.
    case tolerant
}

/// The text of a language map in `language`: its own tag or a regional variant (`fr`, `fr-FR`), else English,
/// else the first entry.
func preferredText(_ map: [String: String], in language: Language) -> String? {
    func entry(for code: String) -> String? {
        if let exact = map[code] { return exact }
        return map.keys.sorted().first { $0.lowercased().hasPrefix(code + "-") }.flatMap { map[$0] }
    }
    return entry(for: language.rawValue) ?? entry(for: "en") ?? map.keys.sorted().first.flatMap { map[$0] }
}

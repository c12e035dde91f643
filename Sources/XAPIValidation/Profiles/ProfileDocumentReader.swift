import XAPI

/// Reads a profile document into its parts, checking it on the way (Profiles Part Two), with a JSON
/// Pointer to every problem.
///
/// Problems that do not change what the profile checks are tolerated under
/// ``ProfileStrictness/tolerant`` and kept in ``remarks``; all others throw.
struct ProfileDocumentReader {
    /// Everything a ``Profile`` holds, once read.
    struct Parts {
        var id = ""
        var conformsTo = ""
        var prefLabel: [String: String] = [:]
        var definition: [String: String] = [:]
        var seeAlso: String?
        var versions: [ProfileVersion] = []
        var author = ProfileAuthor(type: "", name: "", url: nil)
        var concepts: [ProfileConcept] = []
        var templates: [StatementTemplate] = []
        var patterns: [ProfilePattern] = []
    }

    /// The JSON-LD context every profile names (Profiles §6).
    static let profileContext = "https://w3id.org/xapi/profiles/context"
    /// The concept types of Profiles §7.1–7.4.
    static let conceptTypes: Set<String> = [
        "Verb", "ActivityType", "AttachmentUsageType", "ContextExtension", "ResultExtension", "ActivityExtension",
        "StateResource", "AgentProfileResource", "ActivityProfileResource", "Activity",
    ]

    let strictness: ProfileStrictness
    private(set) var remarks: [ProfileError] = []
    /// Where each version id was declared.
    var versionIDs: Set<String> = []

    init(strictness: ProfileStrictness) {
        self.strictness = strictness
    }

    mutating func read(_ document: JSONValue) throws(ProfileError) -> Parts {
        let root = JSONPointer.root
        let object = try self.object(document, at: root, what: ("the profile", "le profil"))
        var parts = Parts()
        try readContext(object)
        parts.id = try iri(object, "id", at: root, required: true) ?? ""
        let type = try string(object, "type", at: root, required: true)
        if type != "Profile" {
            throw ProfileError.wrongTypeName(type ?? "", expected: "Profile", at: root.appending("type"))
        }
        parts.conformsTo = try string(object, "conformsTo", at: root, required: true, tolerable: true) ?? ""
        parts.prefLabel = try languageMap(object, "prefLabel", at: root, required: true)
        parts.definition = try languageMap(object, "definition", at: root, required: true)
        parts.seeAlso = try string(object, "seeAlso", at: root, required: false)
        parts.versions = try readVersions(object, profileID: parts.id)
        parts.author = try readAuthor(object)
        parts.concepts = try readConcepts(object)
        parts.templates = try readTemplates(object)
        parts.patterns = try readPatterns(object)
        try checkReferences(templates: parts.templates, patterns: parts.patterns, in: object)
        return parts
    }

    private mutating func readContext(_ object: JSONObject) throws(ProfileError) {
        let pointer = JSONPointer.root.appending("@context")
        let names: [String]
        switch object["@context"] {
        case nil:
            return try tolerate(.missing("@context", at: .root))
        case .string(let name)?:
            names = [name]
        case .array(let elements)?:
            names = elements.compactMap(\.stringValue)
        case let value?:
            throw ProfileError.wrongType(value, expected: "a string or an array", at: pointer)
        }
        if !names.contains(Self.profileContext) {
            try tolerate(
                ProfileError(
                    id: "profile.document.value",
                    pointer: pointer,
                    text: LocalizedText(
                        english: "@context must contain \(Self.profileContext)",
                        french: "@context doit contenir \(Self.profileContext)"
                    )
                )
            )
        }
    }

    private mutating func readVersions(_ object: JSONObject, profileID: String) throws(ProfileError) -> [ProfileVersion]
    {
        let root = JSONPointer.root
        guard let elements = try array(object, "versions", at: root, required: true), !elements.isEmpty else {
            throw ProfileError.missing("versions", at: root)
        }
        var versions: [ProfileVersion] = []
        for (index, element) in elements.enumerated() {
            let pointer = root.appending("versions").appending(index)
            let version = try self.object(element, at: pointer, what: ("a version", "une version"))
            let id = try iri(version, "id", at: pointer, required: true) ?? ""
            guard versionIDs.insert(id).inserted else {
                throw ProfileError.duplicate(id, at: pointer.appending("id"))
            }
            if id == profileID {
                try tolerate(
                    ProfileError(
                        id: "profile.document.value",
                        pointer: pointer.appending("id"),
                        text: LocalizedText(
                            english: "a version's id must differ from the profile's id \(profileID) (Profiles §6.1)",
                            french: "l'id d'une version doit différer de celui du profil \(profileID) (Profils §6.1)"
                        )
                    )
                )
            }
            versions.append(
                ProfileVersion(
                    id: id,
                    wasRevisionOf: try iris(version, "wasRevisionOf", at: pointer),
                    generatedAtTime: try string(
                        version,
                        "generatedAtTime",
                        at: pointer,
                        required: true,
                        tolerable: true
                    )
                        ?? ""
                )
            )
        }
        return versions
    }

    private mutating func readAuthor(_ object: JSONObject) throws(ProfileError) -> ProfileAuthor {
        let pointer = JSONPointer.root.appending("author")
        guard let value = object["author"] else {
            try tolerate(.missing("author", at: .root))
            return ProfileAuthor(type: "", name: "", url: nil)
        }
        let author = try self.object(value, at: pointer, what: ("the author", "l'auteur"))
        let type = try string(author, "type", at: pointer, required: true, tolerable: true) ?? ""
        if !["Organization", "Person"].contains(type) {
            try tolerate(.wrongTypeName(type, expected: "Organization or Person", at: pointer.appending("type")))
        }
        return ProfileAuthor(
            type: type,
            name: try string(author, "name", at: pointer, required: true, tolerable: true) ?? "",
            url: try string(author, "url", at: pointer, required: false)
        )
    }

    private mutating func readConcepts(_ object: JSONObject) throws(ProfileError) -> [ProfileConcept] {
        var concepts: [ProfileConcept] = []
        var seen: Set<String> = []
        for (index, element) in (try array(object, "concepts", at: .root, required: false) ?? []).enumerated() {
            let pointer = JSONPointer.root.appending("concepts").appending(index)
            let concept = try self.object(element, at: pointer, what: ("a concept", "un concept"))
            if try isPlaceholder(concept, at: pointer) { continue }
            let id = try iri(concept, "id", at: pointer, required: true) ?? ""
            if !seen.insert(id).inserted { try tolerate(.duplicate(id, at: pointer.appending("id"))) }
            let type = try string(concept, "type", at: pointer, required: true) ?? ""
            if !Self.conceptTypes.contains(type) {
                try tolerate(
                    .wrongTypeName(type, expected: "a concept type of Profiles §7", at: pointer.appending("type"))
                )
            }
            let inScheme = try iri(concept, "inScheme", at: pointer, required: true) ?? ""
            try checkInScheme(inScheme, at: pointer, tolerable: true)
            let needsLabels = type != "Activity"
            let prefLabel = try languageMap(concept, "prefLabel", at: pointer, required: needsLabels, tolerable: true)
            _ = try languageMap(concept, "definition", at: pointer, required: needsLabels, tolerable: true)
            concepts.append(
                ProfileConcept(
                    id: id,
                    type: type,
                    inScheme: inScheme,
                    prefLabel: prefLabel,
                    isDeprecated: try bool(concept, "deprecated", at: pointer) ?? false
                )
            )
        }
        return concepts
    }

    /// Whether an entry holds no `id` and no `type`, only notes (cmi5 publishes such placeholders); it is
    /// skipped, as a remark, or refused when strict.
    mutating func isPlaceholder(_ entry: JSONObject, at pointer: JSONPointer) throws(ProfileError) -> Bool {
        guard entry["id"] == nil, entry["type"] == nil,
            entry.keys.allSatisfy({ $0 == "scopeNote" || $0 == "definition" || $0.hasPrefix("@") })
        else { return false }
        try tolerate(
            ProfileError(
                id: "profile.document.missing",
                pointer: pointer.appending("id"),
                text: LocalizedText(
                    english: "an entry with no id and no type, only notes, is ignored",
                    french: "une entrée sans id ni type, qui ne contient que des notes, est ignorée"
                )
            )
        )
        return true
    }

    /// Checks that `inScheme` names one of the profile's versions.
    mutating func checkInScheme(_ inScheme: String, at pointer: JSONPointer, tolerable: Bool) throws(ProfileError) {
        guard !versionIDs.contains(inScheme) else { return }
        let error = ProfileError(
            id: "profile.document.in-scheme",
            pointer: pointer.appending("inScheme"),
            text: LocalizedText(
                english: "inScheme \(inScheme) is not one of the profile's versions",
                french: "inScheme \(inScheme) n'est pas une des versions du profil"
            )
        )
        if tolerable { try tolerate(error) } else { throw error }
    }

    /// Keeps `error` as a remark when tolerant, throws it when strict.
    mutating func tolerate(_ error: ProfileError) throws(ProfileError) {
        guard strictness == .tolerant else { throw error }
        remarks.append(error)
    }
}

public import Foundation
public import XAPI

/// An xAPI profile (ADL xAPI Profiles 1.0): its versions, concepts, statement templates and patterns, read
/// from its JSON-LD document as plain JSON (Profiles §2: no JSON-LD processing is needed).
///
/// Loading checks the document: every required property, `inScheme` of a version, absolute IRIs, JSONPath
/// rules in the spec's subset (compiled once, here), pattern members that exist and no pattern inside
/// itself. A document that cannot be used throws a ``ProfileError`` with a JSON Pointer into it.
///
/// ```swift
/// let profile = try Profile(contentsOf: URL(fileURLWithPath: "video.jsonld"))
/// print(profile.id, profile.templates.count, profile.patterns.count)
/// let validator = Validator(configuration: .init(ruleSets: [ProfileRuleSet(profile: profile)]))
/// ```
public struct Profile: Sendable {
    /// The profile's IRI (not a version's).
    public let id: String
    /// The spec version the document conforms to, e.g. `https://w3id.org/xapi/profiles#1.0`.
    public let conformsTo: String
    /// Names by language tag.
    public let prefLabel: [String: String]
    /// Descriptions by language tag.
    public let definition: [String: String]
    /// A URL with more about the profile.
    public let seeAlso: String?
    /// Every version, latest first as written.
    public let versions: [ProfileVersion]
    /// Who wrote it.
    public let author: ProfileAuthor
    /// Its concepts.
    public let concepts: [ProfileConcept]
    /// Its statement templates, in document order.
    public let templates: [StatementTemplate]
    /// Its patterns, in document order.
    public let patterns: [ProfilePattern]
    /// The defects a ``ProfileStrictness/tolerant`` load let through, each with its id and pointer.
    public let remarks: [ProfileError]
    /// The templates indexed for checking statements, built once at load.
    let matcher: TemplateMatcher
    /// The primary patterns compiled for checking exports, built once at load.
    let automaton: PatternAutomaton

    /// Loads a profile from its JSON text.
    ///
    /// - Throws: ``ProfileError``; `profile.document.json` when the text is not JSON.
    public init(bytes: some Collection<UInt8>, strictness: ProfileStrictness = .tolerant) throws(ProfileError) {
        let document: JSONValue
        do throws(JSONSyntaxError) {
            document = try JSONParser().parse(bytes)
        } catch {
            throw ProfileError(
                id: "profile.document.json",
                pointer: .root,
                text: LocalizedText(
                    english: "the profile is not JSON: line \(error.line), column \(error.column): \(error.reason)",
                    french:
                        "le profil n'est pas du JSON : ligne \(error.line), colonne \(error.column) : \(error.reason)"
                )
            )
        }
        try self.init(json: document, strictness: strictness)
    }

    /// Loads a profile from a parsed JSON document.
    public init(json document: JSONValue, strictness: ProfileStrictness = .tolerant) throws(ProfileError) {
        var reader = ProfileDocumentReader(strictness: strictness)
        let parts = try reader.read(document)
        id = parts.id
        conformsTo = parts.conformsTo
        prefLabel = parts.prefLabel
        definition = parts.definition
        seeAlso = parts.seeAlso
        versions = parts.versions
        author = parts.author
        concepts = parts.concepts
        templates = parts.templates
        patterns = parts.patterns
        remarks = reader.remarks
        matcher = TemplateMatcher(templates: parts.templates)
        automaton = try PatternAutomaton(templates: parts.templates, patterns: parts.patterns)
    }

    /// Loads a profile from a file.
    ///
    /// - Throws: ``ProfileError``; `profile.document.unreadable` when the file cannot be read.
    public init(contentsOf url: URL, strictness: ProfileStrictness = .tolerant) throws(ProfileError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ProfileError(
                id: "profile.document.unreadable",
                pointer: .root,
                text: LocalizedText(
                    english: "cannot read \(url.path): \(error.localizedDescription)",
                    french: "impossible de lire \(url.path) : \(error.localizedDescription)"
                )
            )
        }
        try self.init(bytes: data, strictness: strictness)
    }

    /// The profile's name in `language`, or its id when it has none.
    public func label(in language: Language) -> String {
        preferredText(prefLabel, in: language) ?? id
    }

    /// The IRIs of every version: a statement with one of them in its category context activities follows
    /// the profile (Profiles §5).
    public var versionIDs: [String] { versions.map(\.id) }
}

public import XAPI

/// Why a profile document cannot be used, and where in it: a stable id, a JSON Pointer into the profile
/// and a message in English and French.
///
/// ```swift
/// do { _ = try Profile(bytes: Array(text.utf8)) } catch {
///     print(error.id, error.pointer, error.text.text(in: .french))
///     // profile.document.unknown-member /patterns/0/sequence/1 ...
/// }
/// ```
///
/// Ids never change meaning once published:
/// - `profile.document.json`: the document is not JSON;
/// - `profile.document.type`: a value has the wrong JSON type, or a `type` the wrong name;
/// - `profile.document.missing`: a required property is absent;
/// - `profile.document.empty`: a value is an empty string, array or object, or null (Profiles §4);
/// - `profile.document.iri`: a value that must be an absolute IRI is not one;
/// - `profile.document.in-scheme`: a concept, template or pattern is not `inScheme` of a version;
/// - `profile.document.duplicate-id`: two versions, concepts, templates or patterns share an id;
/// - `profile.document.value`: a value is not one the spec allows (a `presence` of `maybe`, a pattern
///   with two kinds, a rule that checks nothing...);
/// - `profile.document.unknown-member`: a pattern or template names a template or pattern the profile
///   does not define;
/// - `profile.document.cycle`: a pattern contains itself, at any depth;
/// - `profile.document.jsonpath`: a rule's `location` or `selector` is not in the Profiles JSONPath subset.
public struct ProfileError: Error, Sendable, Hashable {
    /// The stable id, such as `profile.document.missing`.
    public let id: String
    /// Where the offending value is (or would be) in the profile document.
    public let pointer: JSONPointer
    /// What is wrong, in English and French.
    public let text: LocalizedText

    /// Creates an error.
    public init(id: String, pointer: JSONPointer, text: LocalizedText) {
        self.id = id
        self.pointer = pointer
        self.text = text
    }

    /// What is wrong, in English.
    public var message: String { text.english }

    /// What is wrong, in `language`.
    public func message(in language: Language) -> String {
        text.text(in: language)
    }
}

extension ProfileError: CustomStringConvertible {
    /// `profile.document.missing at /templates/0/id: message`.
    public var description: String {
        "\(id) at \(pointer.description.isEmpty ? "/" : pointer.description): \(message)"
    }
}

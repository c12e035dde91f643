/// Text in one or more languages, keyed by RFC 5646 language tags (xAPI Data 4.2).
///
/// ```swift
/// var name: LanguageMap = ["en-US": "Fractions quiz", "fr-FR": "Quiz sur les fractions"]
/// name["de-DE"] = "Bruchrechnen-Quiz"
/// name["fr-FR"]  // "Quiz sur les fractions"
/// ```
///
/// The JSON object is written with its keys sorted by tag text, so output is deterministic. An
/// empty map `{}` is allowed.
public struct LanguageMap: JSONConvertible, JSONField {
    /// The text for each language tag.
    public var entries: [LanguageTag: String]

    /// Creates a map from its entries.
    public init(_ entries: [LanguageTag: String] = [:]) {
        self.entries = entries
    }

    /// The text for `tag`; setting `nil` removes it.
    public subscript(tag: LanguageTag) -> String? {
        get { entries[tag] }
        set { entries[tag] = newValue }
    }

    /// Whether the map has no entry.
    public var isEmpty: Bool { entries.isEmpty }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Decodes a language map: every key a well-formed language tag, every value a string.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        guard case .object(let object) = json else {
            throw .typeMismatch(expected: "a language map object", found: json, at: path)
        }
        var entries: [LanguageTag: String] = [:]
        entries.reserveCapacity(object.count)
        for member in object {
            let memberPath = path.appending(member.key)
            let tag: LanguageTag
            do { tag = try LanguageTag(member.key) } catch { throw ModelDecodingError(error, at: memberPath) }
            guard entries[tag] == nil else {
                throw ModelDecodingError(
                    path: memberPath,
                    reason: "language tag \"\(member.key)\" repeats another key of this map"
                )
            }
            entries[tag] = try String(json: member.value, path: memberPath)
        }
        self.entries = entries
    }

    /// The map as a JSON object, keys sorted by tag text.
    public var json: JSONValue {
        .object(JSONObject(map { ($0.tag.text, JSONValue.string($0.text)) }))
    }
}

extension LanguageMap: ExpressibleByDictionaryLiteral {
    /// Creates a map from tag literals and texts; a repeated tag keeps its last text.
    public init(dictionaryLiteral elements: (LanguageTag, String)...) {
        self.init(Dictionary(elements) { _, last in last })
    }
}

extension LanguageMap: Sequence {
    /// Iterates over the entries sorted by tag text.
    public func makeIterator() -> IndexingIterator<[(tag: LanguageTag, text: String)]> {
        entries.map { (tag: $0.key, text: $0.value) }
            .sorted { $0.tag.text.utf8.lexicographicallyPrecedes($1.tag.text.utf8) }
            .makeIterator()
    }
}

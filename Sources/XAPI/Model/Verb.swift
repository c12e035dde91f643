/// What the actor did, as an IRI with an optional human-readable display (xAPI Data 2.4.3).
///
/// ```swift
/// let verb = Verb(id: "http://adlnet.gov/expapi/verbs/completed", display: ["en-US": "completed"])
/// let same = Verb.completed  // well-known ADL verbs are constants
/// ```
public struct Verb: JSONConvertible, JSONField {
    /// The IRI that names the verb; it carries the meaning.
    public var id: IRI
    /// The verb's name in one or more languages, for display only.
    public var display: LanguageMap?

    /// Creates a verb.
    public init(id: IRI, display: LanguageMap? = nil) {
        self.id = id
        self.display = display
    }

    /// Decodes a verb object; `id` is required.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a Verb object")
        id = try reader.required("id")
        display = try reader.optional("display")
        try reader.finish()
    }

    /// The verb object.
    public var json: JSONValue {
        var object = JSONObject()
        object.write("id", id)
        object.write("display", display)
        return .object(object)
    }
}

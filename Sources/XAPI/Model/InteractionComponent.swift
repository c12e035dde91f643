/// One item of an interaction's `choices`, `scale`, `source`, `target` or `steps` (xAPI Data 2.4.4.1).
///
/// ```swift
/// let choice = InteractionComponent(id: "golf", description: ["en-US": "Golf Example"])
/// ```
public struct InteractionComponent: JSONConvertible, JSONField {
    /// The item's id, unique within its list; responses refer to it.
    public var id: String
    /// What the item says, in one or more languages.
    public var description: LanguageMap?

    /// Creates an item.
    public init(id: String, description: LanguageMap? = nil) {
        self.id = id
        self.description = description
    }

    /// Decodes an item object; `id` is required.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "an interaction component object")
        id = try reader.required("id")
        description = try reader.optional("description")
        try reader.finish()
    }

    /// The item object.
    public var json: JSONValue {
        var object = JSONObject()
        object.write("id", id)
        object.write("description", description)
        return .object(object)
    }
}

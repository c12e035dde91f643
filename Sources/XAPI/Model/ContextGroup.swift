/// A Group that took part in the experience, with the roles it played (xAPI 2.0, IEEE 9274.1.1 §4.2.2.5).
///
/// ```swift
/// let team = ContextGroup(
///     group: Group(name: "Team 1", members: [try Agent.mailbox("player-1@example.com")]),
///     relevantTypes: ["https://example.org/roles/opponents"]
/// )
/// ```
///
/// In JSON, `objectType` is required: `{"objectType": "contextGroup", "group": …, "relevantTypes": […]}`.
public struct ContextGroup: JSONConvertible, JSONField {
    /// The Group.
    public var group: Group
    /// IRIs that say how the Group is relevant; non-empty when present.
    public var relevantTypes: [IRI]?

    /// Creates a context group.
    public init(group: Group, relevantTypes: [IRI]? = nil) {
        self.group = group
        self.relevantTypes = relevantTypes
    }

    /// Decodes a contextGroup object.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a contextGroup object")
        try reader.objectType(["contextGroup"], required: true)
        group = try reader.required("group")
        relevantTypes = try reader.optional("relevantTypes", decode: relevantTypesArray)
        try reader.finish()
    }

    /// The contextGroup object.
    public var json: JSONValue {
        var object: JSONObject = ["objectType": "contextGroup"]
        object.write("group", group)
        object.write("relevantTypes", relevantTypes)
        return .object(object)
    }
}

/// An Agent that took part in the experience, with the roles it played (xAPI 2.0, IEEE 9274.1.1 §4.2.2.5).
///
/// ```swift
/// let tutor = ContextAgent(
///     agent: try Agent.mailbox("tutor@example.org"),
///     relevantTypes: ["https://example.org/roles/tutor"]
/// )
/// ```
///
/// In JSON, `objectType` is required: `{"objectType": "contextAgent", "agent": …, "relevantTypes": […]}`.
public struct ContextAgent: JSONConvertible, JSONField {
    /// The Agent.
    public var agent: Agent
    /// IRIs that say how the Agent is relevant; non-empty when present.
    public var relevantTypes: [IRI]?

    /// Creates a context agent.
    public init(agent: Agent, relevantTypes: [IRI]? = nil) {
        self.agent = agent
        self.relevantTypes = relevantTypes
    }

    /// Decodes a contextAgent object.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a contextAgent object")
        try reader.objectType(["contextAgent"], required: true)
        agent = try reader.required("agent") { value, path throws(ModelDecodingError) in
            if ObjectReader.peekObjectType(of: value) == "Group" {
                throw ModelDecodingError(
                    path: path.appending("objectType"),
                    reason: "a contextAgent's agent must be an Agent; put Groups in contextGroups"
                )
            }
            return try Agent(json: value, path: path)
        }
        relevantTypes = try reader.optional("relevantTypes", decode: relevantTypesArray)
        try reader.finish()
    }

    /// The contextAgent object.
    public var json: JSONValue {
        var object: JSONObject = ["objectType": "contextAgent"]
        object.write("agent", agent)
        object.write("relevantTypes", relevantTypes)
        return .object(object)
    }
}

/// A `relevantTypes` array: IRIs, at least one (xAPI 2.0, IEEE 9274.1.1 §4.2.2.5).
func relevantTypesArray(_ json: JSONValue, at path: JSONPointer) throws(ModelDecodingError) -> [IRI] {
    let types = try [IRI](json: json, path: path)
    if types.isEmpty {
        throw ModelDecodingError(path: path, reason: "relevantTypes must hold at least one IRI when present")
    }
    return types
}

extension Statement {
    /// Who did it: an Agent or a Group (xAPI Data 2.4.2).
    ///
    /// ```swift
    /// let actor = Statement.Actor.agent(Agent(account: Account(homePage: "https://ent.example.fr", name: "u-4821")))
    /// ```
    ///
    /// Also the type of a context's `instructor` and of a statement's `authority`. In JSON,
    /// `objectType` decides: absent or `"Agent"` for an Agent, `"Group"` for a Group.
    public enum Actor: JSONConvertible, JSONField {
        /// A single person or system.
        case agent(Agent)
        /// A Group of Agents.
        case group(Group)

        /// Decodes an Agent or Group object, chosen by `objectType` (absent means Agent).
        public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
            var reader = try ObjectReader(json, at: path, expecting: "an Agent or Group object")
            switch try reader.objectType(["Agent", "Group"], required: false) {
            case "Group"?: self = .group(try Group(json: json, path: path))
            default: self = .agent(try Agent(json: json, path: path))
            }
        }

        /// The Agent or Group object.
        public var json: JSONValue {
            switch self {
            case .agent(let agent): return agent.json
            case .group(let group): return group.json
            }
        }
    }
}

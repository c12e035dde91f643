/// What the statement is about: an Activity, an Agent or Group, another statement by reference,
/// or a statement nested inside this one (xAPI Data 2.4.4).
///
/// ```swift
/// let object = StatementObject.activity(Activity(id: "https://ent.example.fr/activities/quiz-42"))
/// ```
///
/// In JSON, `objectType` decides: absent or `"Activity"`, `"Agent"`, `"Group"`, `"StatementRef"`
/// or `"SubStatement"`. An Agent or Group object must carry its `objectType` (xAPI Data 2.4.4.2).
public indirect enum StatementObject: JSONConvertible, JSONField {
    /// An Activity.
    case activity(Activity)
    /// An Agent; its JSON always carries `"objectType": "Agent"`.
    case agent(Agent)
    /// A Group.
    case group(Group)
    /// Another statement, by id.
    case statementReference(StatementReference)
    /// A statement nested inside this one; it cannot itself contain a SubStatement.
    case subStatement(SubStatement)

    /// Decodes an object of any of the five kinds.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        try self.init(json: json, path: path, allowingSubStatement: true)
    }

    /// Decodes an object; inside a SubStatement, `allowingSubStatement` is false (xAPI Data 2.4.4.3).
    init(json: JSONValue, path: JSONPointer, allowingSubStatement: Bool) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a statement object")
        if !allowingSubStatement, ObjectReader.peekObjectType(of: json) == "SubStatement" {
            throw ModelDecodingError(
                path: reader.path("objectType"),
                reason: "a SubStatement cannot contain another SubStatement (xAPI Data 2.4.4.3)"
            )
        }
        if !reader.contains("objectType"), !reader.contains("id"),
            let key = InverseFunctionalIdentifier.keys.first(where: reader.contains)
                ?? (reader.contains("member") ? "member" : nil)
        {
            throw ModelDecodingError(
                path: path,
                reason: "an object with \"\(key)\" looks like an Agent or Group, which as a statement's object "
                    + "must have objectType \"Agent\" or \"Group\" (xAPI Data 2.4.4.2)"
            )
        }
        let kinds = ["Activity", "Agent", "Group", "StatementRef", "SubStatement"]
        switch try reader.objectType(kinds, required: false) {
        case "Agent"?: self = .agent(try Agent(json: json, path: path))
        case "Group"?: self = .group(try Group(json: json, path: path))
        case "StatementRef"?: self = .statementReference(try StatementReference(json: json, path: path))
        case "SubStatement"?: self = .subStatement(try SubStatement(json: json, path: path))
        default: self = .activity(try Activity(json: json, path: path))
        }
    }

    /// The object's JSON.
    public var json: JSONValue {
        switch self {
        case .activity(let activity): return activity.json
        case .agent(let agent): return agent.json(writingObjectType: true)
        case .group(let group): return group.json
        case .statementReference(let reference): return reference.json
        case .subStatement(let subStatement): return subStatement.json
        }
    }
}

/// A collection of Agents, anonymous or identified (xAPI Data 2.4.2.2).
///
/// ```swift
/// let team = Group(name: "Group 4B", members: [try Agent.mailbox("ada@example.org")])  // anonymous
/// let classGroup = Group(name: "4B", identifier: .account(Account(homePage: "https://ent.example.fr", name: "4B")))
/// ```
///
/// An anonymous Group (no identifier) must list its members; an identified Group may. Members
/// are Agents, never Groups. In JSON, `objectType` is always `"Group"`.
public struct Group: JSONConvertible, JSONField {
    /// The name of the Group.
    public var name: String?
    /// The property that identifies the Group; `nil` for an anonymous Group.
    public var identifier: InverseFunctionalIdentifier?
    /// The members, written `member`; required when the Group is anonymous.
    public var members: [Agent]?

    /// Creates a Group.
    public init(name: String? = nil, identifier: InverseFunctionalIdentifier? = nil, members: [Agent]? = nil) {
        self.name = name
        self.identifier = identifier
        self.members = members
    }

    /// Decodes a Group object; `objectType` must be `"Group"`.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a Group object")
        try reader.objectType(["Group"], required: true)
        name = try reader.optional("name")
        identifier = try InverseFunctionalIdentifier.read(from: &reader)
        members = try reader.optional("member", decode: Self.members)
        try reader.finish()
        if identifier == nil, members == nil {
            throw ModelDecodingError(
                path: path,
                reason: "an anonymous Group (without mbox, mbox_sha1sum, openid or account) needs \"member\" "
                    + "(xAPI Data 2.4.2.2)"
            )
        }
    }

    /// The Group object, `objectType` first.
    public var json: JSONValue {
        var object: JSONObject = ["objectType": "Group"]
        object.write("name", name)
        if let identifier { object[identifier.key] = identifier.value }
        object.write("member", members)
        return .object(object)
    }

    /// The `member` array: Agents only (xAPI Data 2.4.2.2).
    private static func members(_ json: JSONValue, at path: JSONPointer) throws(ModelDecodingError) -> [Agent] {
        let elements = try json.array(expected: "an array of Agent objects", at: path)
        var members: [Agent] = []
        for (index, element) in elements.enumerated() {
            let elementPath = path.appending(index)
            if ObjectReader.peekObjectType(of: element) == "Group" {
                throw ModelDecodingError(
                    path: elementPath.appending("objectType"),
                    reason: "a Group's members must be Agents, not Groups (xAPI Data 2.4.2.2)"
                )
            }
            members.append(try Agent(json: element, path: elementPath))
        }
        return members
    }
}

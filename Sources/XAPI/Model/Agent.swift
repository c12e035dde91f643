/// One person or system, identified by exactly one inverse functional identifier (xAPI Data 2.4.2.1).
///
/// ```swift
/// let learner = Agent(name: "Ada", account: Account(homePage: "https://ent.example.fr", name: "u-4821"))
/// let teacher = try Agent.mailbox("teacher@example.org")
/// let pseudonymous = teacher.withHashedMailbox()  // mbox replaced by mbox_sha1sum
/// ```
///
/// In JSON, `objectType` is optional wherever an Agent is expected, except when the Agent is a
/// statement's object (xAPI Data 2.4.4.2); decoding remembers whether it was written.
public struct Agent: JSONConvertible, JSONField {
    /// The full name of the Agent.
    public var name: String?
    /// The property that identifies the Agent.
    public var identifier: InverseFunctionalIdentifier
    /// Whether `objectType` was written.
    var form = WrittenForm()

    /// Creates an Agent; its JSON carries `"objectType": "Agent"`.
    public init(name: String? = nil, identifier: InverseFunctionalIdentifier) {
        self.name = name
        self.identifier = identifier
    }

    /// Creates an Agent identified by an account.
    public init(name: String? = nil, account: Account) {
        self.init(name: name, identifier: .account(account))
    }

    /// An Agent identified by the mailbox `address`, given without or with its `mailto:` scheme.
    ///
    /// Throws when `address` does not make a `mailto:` IRI with an email address.
    public static func mailbox(_ address: String, name: String? = nil) throws(ValueFormatError) -> Agent {
        let text = address.hasPrefix("mailto:") ? address : "mailto:" + address
        try InverseFunctionalIdentifier.checkMailbox(text)
        return Agent(name: name, identifier: .mbox(try IRI(text)))
    }

    /// This Agent with its `mbox` replaced by the `mbox_sha1sum` of it; other identifiers are kept.
    ///
    /// The hash is the lower-case hex SHA-1 of the whole `mailto:` IRI (xAPI Data 2.4.2.3).
    public func withHashedMailbox() -> Agent {
        guard case .mbox(let mbox) = identifier else { return self }
        var copy = self
        copy.identifier = .hashedMailbox(of: mbox)
        return copy
    }

    /// Decodes an Agent object; `objectType`, when present, must be `"Agent"`.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "an Agent object")
        let objectType = try reader.objectType(["Agent"], required: false)
        name = try reader.optional("name")
        guard let identifier = try InverseFunctionalIdentifier.read(from: &reader) else {
            throw ModelDecodingError(
                path: path,
                reason: "an Agent needs exactly one inverse functional identifier "
                    + "(mbox, mbox_sha1sum, openid or account); found none (xAPI Data 2.4.2.1)"
            )
        }
        self.identifier = identifier
        try reader.reject("member", because: "\"member\" is allowed only on a Group (objectType \"Group\")")
        try reader.finish()
        form.omitsObjectType = objectType == nil
    }

    /// The Agent object, with `objectType` when it was written or the Agent was built in code.
    public var json: JSONValue { json(writingObjectType: false) }

    /// The Agent object; `writingObjectType` forces `objectType`, which a statement's object requires.
    func json(writingObjectType: Bool) -> JSONValue {
        var object = JSONObject()
        if writingObjectType || !form.omitsObjectType { object["objectType"] = "Agent" }
        object.write("name", name)
        object[identifier.key] = identifier.value
        return .object(object)
    }
}

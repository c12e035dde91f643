/// A statement nested as the object of another, for plans, promises and observations (xAPI Data 2.4.4.3).
///
/// ```swift
/// let plan = SubStatement(
///     actor: .agent(try Agent.mailbox("ada@example.org")),
///     verb: Verb(id: "http://example.com/visited", display: ["en-US": "will visit"]),
///     object: .activity(Activity(id: "http://example.com/website"))
/// )
/// ```
///
/// It has no `id`, `stored`, `version` or `authority`, and its object cannot be another
/// SubStatement. In JSON, `objectType` must be `"SubStatement"`.
public struct SubStatement: JSONConvertible, JSONField {
    /// Who would do, or did, it.
    public var actor: Statement.Actor
    /// What was, or will be, done.
    public var verb: Verb
    /// What it is about; never a SubStatement.
    public var object: StatementObject
    /// The outcome.
    public var result: Statement.Result?
    /// The circumstances.
    public var context: Context?
    /// When it happened, or will.
    public var timestamp: Timestamp?
    /// Documents attached to it.
    public var attachments: [Attachment]?

    /// Creates a SubStatement.
    public init(
        actor: Statement.Actor,
        verb: Verb,
        object: StatementObject,
        result: Statement.Result? = nil,
        context: Context? = nil,
        timestamp: Timestamp? = nil,
        attachments: [Attachment]? = nil
    ) {
        self.actor = actor
        self.verb = verb
        self.object = object
        self.result = result
        self.context = context
        self.timestamp = timestamp
        self.attachments = attachments
    }

    /// Decodes a SubStatement object.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a SubStatement object")
        try reader.objectType(["SubStatement"], required: true)
        for key in ["id", "stored", "version", "authority"] {
            try reader.reject(key, because: "a SubStatement cannot have \"\(key)\" (xAPI Data 2.4.4.3)")
        }
        actor = try reader.required("actor")
        verb = try reader.required("verb")
        object = try reader.required("object") { json, path throws(ModelDecodingError) in
            try StatementObject(json: json, path: path, allowingSubStatement: false)
        }
        result = try reader.optional("result")
        context = try reader.optional("context")
        timestamp = try reader.optional("timestamp")
        attachments = try reader.optional("attachments")
        try reader.finish()
    }

    /// The SubStatement object, `objectType` first.
    public var json: JSONValue {
        var object: JSONObject = ["objectType": "SubStatement"]
        object.write("actor", actor)
        object.write("verb", verb)
        object.write("object", self.object)
        object.write("result", result)
        object.write("context", context)
        object.write("timestamp", timestamp)
        object.write("attachments", attachments)
        return .object(object)
    }
}

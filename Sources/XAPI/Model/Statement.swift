import Foundation

/// A record of an experience: an actor, a verb, an object, and optionally its result and context
/// (xAPI Data 2.4).
///
/// ```swift
/// let statement = Statement(
///     actor: .agent(Agent(account: Account(homePage: "https://ent.example.fr", name: "u-4821"))),
///     verb: .completed,
///     object: .activity(Activity(id: "https://ent.example.fr/activities/quiz-42")),
///     result: Statement.Result(score: try Score(scaled: 0.8), completion: true),
///     timestamp: .now()
/// )
/// let bytes = statement.jsonBytes  // compact, deterministic JSON
/// let back = try Statement(jsonBytes: bytes)
/// ```
///
/// Conversion to and from JSON is lossless for every conformant statement: number lexemes,
/// timestamp and duration texts, extension values and optional spellings (`objectType` left
/// out, a single context Activity written as an object) all survive. Decoding checks structure
/// and value formats, not every rule of the specification: that is the validator's job.
public struct Statement: JSONConvertible, JSONField {
    /// The statement's UUID; the LRS assigns one when it is `nil`.
    public var id: StatementID?
    /// Who did it.
    public var actor: Actor
    /// What was done.
    public var verb: Verb
    /// What it was done to.
    public var object: StatementObject
    /// The outcome.
    public var result: Result?
    /// The circumstances.
    public var context: Context?
    /// When the experience happened.
    public var timestamp: Timestamp?
    /// When the LRS stored the statement; set by the LRS.
    public var stored: Timestamp?
    /// Who vouches for the statement; set by the LRS.
    public var authority: Actor?
    /// The xAPI version the statement follows.
    public var version: Version?
    /// Documents attached to the statement.
    public var attachments: [Attachment]?

    /// Creates a statement.
    public init(
        id: StatementID? = nil,
        actor: Actor,
        verb: Verb,
        object: StatementObject,
        result: Result? = nil,
        context: Context? = nil,
        timestamp: Timestamp? = nil,
        stored: Timestamp? = nil,
        authority: Actor? = nil,
        version: Version? = nil,
        attachments: [Attachment]? = nil
    ) {
        self.id = id
        self.actor = actor
        self.verb = verb
        self.object = object
        self.result = result
        self.context = context
        self.timestamp = timestamp
        self.stored = stored
        self.authority = authority
        self.version = version
        self.attachments = attachments
    }

    /// Decodes a statement object; `actor`, `verb` and `object` are required.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a statement object")
        id = try reader.optional("id")
        actor = try reader.required("actor")
        verb = try reader.required("verb")
        object = try reader.required("object")
        result = try reader.optional("result")
        context = try reader.optional("context")
        timestamp = try reader.optional("timestamp")
        stored = try reader.optional("stored")
        authority = try reader.optional("authority")
        version = try reader.optional("version")
        attachments = try reader.optional("attachments")
        try reader.finish()
    }

    /// The statement object, in the order of xAPI Data 2.4's table.
    public var json: JSONValue {
        var object = JSONObject()
        object.write("id", id)
        object.write("actor", actor)
        object.write("verb", verb)
        object.write("object", self.object)
        object.write("result", result)
        object.write("context", context)
        object.write("timestamp", timestamp)
        object.write("stored", stored)
        object.write("authority", authority)
        object.write("version", version)
        object.write("attachments", attachments)
        return .object(object)
    }
}

public import Foundation

/// The circumstances of the experience: registration, instructor, team, related Activities,
/// platform, language... (xAPI Data 2.4.6; `contextAgents` and `contextGroups` are xAPI 2.0).
///
/// ```swift
/// let context = Context(
///     registration: UUID(),
///     contextActivities: ContextActivities(parent: [Activity(id: "https://ent.example.fr/courses/maths-4b")]),
///     platform: "ENT Example",
///     language: "fr-FR"
/// )
/// ```
public struct Context: JSONConvertible, JSONField {
    /// The registration (enrolment, attempt) the statement belongs to.
    public var registration: UUID?
    /// Who taught or guided the experience.
    public var instructor: Statement.Actor?
    /// The team the actor was part of.
    public var team: Group?
    /// Activities that give the statement its setting.
    public var contextActivities: ContextActivities?
    /// Agents that took part, with their roles (xAPI 2.0).
    public var contextAgents: [ContextAgent]?
    /// Groups that took part, with their roles (xAPI 2.0).
    public var contextGroups: [ContextGroup]?
    /// The revision of the Activity; only when the object is an Activity.
    public var revision: String?
    /// The platform used, such as an ENT or an LMS; only when the object is an Activity.
    public var platform: String?
    /// The language the experience took place in.
    public var language: LanguageTag?
    /// Another statement that gives context to this one.
    public var statement: StatementReference?
    /// Extra data about the context.
    public var extensions: Extensions?
    /// The registration's text as written.
    var form = WrittenForm()

    /// Creates a context.
    public init(
        registration: UUID? = nil,
        instructor: Statement.Actor? = nil,
        team: Group? = nil,
        contextActivities: ContextActivities? = nil,
        contextAgents: [ContextAgent]? = nil,
        contextGroups: [ContextGroup]? = nil,
        revision: String? = nil,
        platform: String? = nil,
        language: LanguageTag? = nil,
        statement: StatementReference? = nil,
        extensions: Extensions? = nil
    ) {
        self.registration = registration
        self.instructor = instructor
        self.team = team
        self.contextActivities = contextActivities
        self.contextAgents = contextAgents
        self.contextGroups = contextGroups
        self.revision = revision
        self.platform = platform
        self.language = language
        self.statement = statement
        self.extensions = extensions
    }

    /// Decodes a context object; every property is optional.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a context object")
        registration = try reader.optional("registration")
        instructor = try reader.optional("instructor")
        team = try reader.optional("team")
        contextActivities = try reader.optional("contextActivities")
        contextAgents = try reader.optional("contextAgents")
        contextGroups = try reader.optional("contextGroups")
        revision = try reader.optional("revision")
        platform = try reader.optional("platform")
        language = try reader.optional("language")
        statement = try reader.optional("statement")
        extensions = try reader.optional("extensions")
        try reader.finish()
        form = WrittenForm(uuidText: reader.object["registration"]?.stringValue)
    }

    /// The context object, in the order of xAPI Data 2.4.6's table.
    public var json: JSONValue {
        var object = JSONObject()
        if let registration { object["registration"] = form.json(for: registration) }
        object.write("instructor", instructor)
        object.write("team", team)
        object.write("contextActivities", contextActivities)
        object.write("contextAgents", contextAgents)
        object.write("contextGroups", contextGroups)
        object.write("revision", revision)
        object.write("platform", platform)
        object.write("language", language)
        object.write("statement", statement)
        object.write("extensions", extensions)
        return .object(object)
    }
}

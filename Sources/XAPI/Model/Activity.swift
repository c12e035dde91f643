/// Something the actor interacted with: a course, a lesson, a question, a video... (xAPI Data 2.4.4.1).
///
/// ```swift
/// let quiz = Activity(
///     id: "https://ent.example.fr/activities/quiz-42",
///     definition: ActivityDefinition(name: ["en-US": "Fractions quiz"], type: ActivityType.assessment)
/// )
/// ```
///
/// In JSON, `objectType` is optional (`"Activity"`); decoding remembers whether it was written.
public struct Activity: JSONConvertible, JSONField {
    /// The IRI that identifies the Activity.
    public var id: IRI
    /// What the Activity is.
    public var definition: ActivityDefinition?
    /// Whether `objectType` was written.
    var form = WrittenForm()

    /// Creates an Activity; its JSON carries `"objectType": "Activity"`.
    public init(id: IRI, definition: ActivityDefinition? = nil) {
        self.id = id
        self.definition = definition
    }

    /// Decodes an Activity object; `objectType`, when present, must be `"Activity"`.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "an Activity object")
        let objectType = try reader.objectType(["Activity"], required: false)
        id = try reader.required("id")
        definition = try reader.optional("definition")
        try reader.finish()
        form.omitsObjectType = objectType == nil
    }

    /// The Activity object, with `objectType` when it was written or the Activity was built in code.
    public var json: JSONValue {
        var object = JSONObject()
        if !form.omitsObjectType { object["objectType"] = "Activity" }
        object.write("id", id)
        object.write("definition", definition)
        return .object(object)
    }
}

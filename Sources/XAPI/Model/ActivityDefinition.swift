/// What an Activity is: its name, description, type and, for interactions, the question's shape
/// (xAPI Data 2.4.4.1).
///
/// ```swift
/// let definition = ActivityDefinition(
///     name: ["en-US": "Fractions quiz"],
///     type: ActivityType.assessment,
///     interactionType: .choice,
///     correctResponsesPattern: ["b"],
///     choices: [InteractionComponent(id: "a"), InteractionComponent(id: "b")]
/// )
/// ```
public struct ActivityDefinition: JSONConvertible, JSONField {
    /// The Activity's name, for display.
    public var name: LanguageMap?
    /// A description of the Activity, for display.
    public var description: LanguageMap?
    /// The type of Activity, such as ``ActivityType/course``.
    public var type: IRI?
    /// A page with more information about the Activity, possibly a way to launch it.
    public var moreInfo: IRI?
    /// The kind of interaction, for Activities that are interactions.
    public var interactionType: InteractionType?
    /// The correct responses, each in the response format of the ``interactionType``.
    public var correctResponsesPattern: [String]?
    /// The options of a `choice` or `sequencing` interaction.
    public var choices: [InteractionComponent]?
    /// The options of a `likert` interaction.
    public var scale: [InteractionComponent]?
    /// The left-hand items of a `matching` interaction.
    public var source: [InteractionComponent]?
    /// The right-hand items of a `matching` interaction.
    public var target: [InteractionComponent]?
    /// The steps of a `performance` interaction.
    public var steps: [InteractionComponent]?
    /// Extra data about the Activity.
    public var extensions: Extensions?

    /// Creates a definition.
    public init(
        name: LanguageMap? = nil,
        description: LanguageMap? = nil,
        type: IRI? = nil,
        moreInfo: IRI? = nil,
        interactionType: InteractionType? = nil,
        correctResponsesPattern: [String]? = nil,
        choices: [InteractionComponent]? = nil,
        scale: [InteractionComponent]? = nil,
        source: [InteractionComponent]? = nil,
        target: [InteractionComponent]? = nil,
        steps: [InteractionComponent]? = nil,
        extensions: Extensions? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.moreInfo = moreInfo
        self.interactionType = interactionType
        self.correctResponsesPattern = correctResponsesPattern
        self.choices = choices
        self.scale = scale
        self.source = source
        self.target = target
        self.steps = steps
        self.extensions = extensions
    }

    /// Decodes a definition object; every property is optional.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "an Activity definition object")
        name = try reader.optional("name")
        description = try reader.optional("description")
        type = try reader.optional("type")
        moreInfo = try reader.optional("moreInfo")
        interactionType = try reader.optional("interactionType")
        correctResponsesPattern = try reader.optional("correctResponsesPattern")
        choices = try reader.optional("choices")
        scale = try reader.optional("scale")
        source = try reader.optional("source")
        target = try reader.optional("target")
        steps = try reader.optional("steps")
        extensions = try reader.optional("extensions")
        try reader.finish()
    }

    /// The definition object, in the order of xAPI Data 2.4.4.1's tables.
    public var json: JSONValue {
        var object = JSONObject()
        object.write("name", name)
        object.write("description", description)
        object.write("type", type)
        object.write("moreInfo", moreInfo)
        object.write("interactionType", interactionType)
        object.write("correctResponsesPattern", correctResponsesPattern)
        object.write("choices", choices)
        object.write("scale", scale)
        object.write("source", source)
        object.write("target", target)
        object.write("steps", steps)
        object.write("extensions", extensions)
        return .object(object)
    }
}

/// How well the actor did: a scaled score and/or a raw score with its range (xAPI Data 2.4.5.1).
///
/// ```swift
/// let score = Score(scaled: 0.95, raw: 19, min: 0, max: 20)
/// var exact = Score()
/// exact.raw = JSONNumber(lexeme: "95.50")  // kept as written
/// ```
///
/// Numbers keep their JSON lexeme, so a score is never rounded on its way through the SDK.
public struct Score: JSONConvertible, JSONField {
    /// The score scaled to -1...1.
    public var scaled: JSONNumber?
    /// The score as the Activity counts it, between ``min`` and ``max``.
    public var raw: JSONNumber?
    /// The lowest possible raw score.
    public var min: JSONNumber?
    /// The highest possible raw score.
    public var max: JSONNumber?

    /// Creates a score from exact JSON numbers; every argument is required to tell this from the `Double` form.
    public init(scaled: JSONNumber?, raw: JSONNumber?, min: JSONNumber?, max: JSONNumber?) {
        self.scaled = scaled
        self.raw = raw
        self.min = min
        self.max = max
    }

    /// Creates a score from numbers, each written with the shortest text that reads back to it.
    ///
    /// - Throws: ``ValueFormatError`` for an infinity or NaN, which JSON cannot carry (a scaled score
    ///   computed as `correct / total` with no question at all, for instance).
    public init(
        scaled: Double? = nil,
        raw: Double? = nil,
        min: Double? = nil,
        max: Double? = nil
    ) throws(ValueFormatError) {
        self.init(
            scaled: try scaled.map(Self.number),
            raw: try raw.map(Self.number),
            min: try min.map(Self.number),
            max: try max.map(Self.number)
        )
    }

    /// Decodes a score object; every property is an optional number.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a score object")
        scaled = try reader.optional("scaled")
        raw = try reader.optional("raw")
        min = try reader.optional("min")
        max = try reader.optional("max")
        try reader.finish()
    }

    /// The score object.
    public var json: JSONValue {
        var object = JSONObject()
        object.write("scaled", scaled)
        object.write("raw", raw)
        object.write("min", min)
        object.write("max", max)
        return .object(object)
    }

    private static func number(_ value: Double) throws(ValueFormatError) -> JSONNumber {
        guard let number = JSONNumber(value) else {
            throw ValueFormatError(typeName: "score", text: "\(value)", reason: "a score must be a finite number")
        }
        return number
    }
}

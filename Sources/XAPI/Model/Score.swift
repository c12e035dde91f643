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

    /// Creates a score from finite numbers, each written with the shortest text that reads back to it.
    ///
    /// Infinities and NaN are programming errors: JSON cannot carry them.
    public init(scaled: Double? = nil, raw: Double? = nil, min: Double? = nil, max: Double? = nil) {
        self.init(
            scaled: scaled.map(Self.number),
            raw: raw.map(Self.number),
            min: min.map(Self.number),
            max: max.map(Self.number)
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

    private static func number(_ value: Double) -> JSONNumber {
        guard let number = JSONNumber(value) else { preconditionFailure("a score must be finite, got \(value)") }
        return number
    }
}

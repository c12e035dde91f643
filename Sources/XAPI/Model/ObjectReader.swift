/// Reads the members of one JSON object by key, tracking paths and the members nobody asked for.
///
/// Every model decoder follows the same steps: open the object, read each property it knows
/// (required or optional), then ``finish()``, which rejects any other member. Models must keep
/// what they read, and cannot keep a member they do not know (xAPI Data 2.2: unknown properties
/// are rejected), so an unread member is an error rather than something silently dropped.
///
/// ```swift
/// var reader = try ObjectReader(json, at: path, expecting: "a Verb object")
/// let id: IRI = try reader.required("id")
/// let display: LanguageMap? = try reader.optional("display")
/// try reader.finish()
/// ```
struct ObjectReader {
    /// Where the object is.
    let path: JSONPointer
    /// The object being read.
    let object: JSONObject
    /// What the object is, for messages: "a Verb object".
    let description: String
    /// Which members have been read, by position.
    private var consumed: [Bool]
    /// The keys asked for, present or not, to suggest the right spelling of an unknown key.
    private var known: [String] = []

    /// Opens `json`, which must be an object.
    init(_ json: JSONValue, at path: JSONPointer, expecting description: String) throws(ModelDecodingError) {
        guard case .object(let object) = json else {
            throw .typeMismatch(expected: description, found: json, at: path)
        }
        self.path = path
        self.object = object
        self.description = description
        self.consumed = Array(repeating: false, count: object.count)
    }

    /// The path of the member `key`.
    func path(_ key: String) -> JSONPointer { path.appending(key) }

    /// Whether the object has a member `key`; does not count as reading it.
    func contains(_ key: String) -> Bool { object.index(forKey: key) != nil }

    /// Reads the member `key`: `nil` when absent; `null` is an error (xAPI Data 2.2).
    mutating func value(_ key: String) throws(ModelDecodingError) -> JSONValue? {
        known.append(key)
        guard let index = object.index(forKey: key) else { return nil }
        consumed[index] = true
        let value = object.members[index].value
        if value.isNull {
            throw ModelDecodingError(
                path: path(key),
                reason: "null is not allowed as the value of \"\(key)\" (xAPI Data 2.2)"
            )
        }
        return value
    }

    /// Reads and decodes the member `key`, when present.
    mutating func optional<Value: JSONField>(
        _ key: String,
        as type: Value.Type = Value.self
    ) throws(ModelDecodingError) -> Value? {
        guard let value = try value(key) else { return nil }
        return try Value(json: value, path: path(key))
    }

    /// Reads the member `key` with a decoding function, when present.
    mutating func optional<Value>(
        _ key: String,
        decode: (JSONValue, JSONPointer) throws(ModelDecodingError) -> Value
    ) throws(ModelDecodingError) -> Value? {
        guard let value = try value(key) else { return nil }
        return try decode(value, path(key))
    }

    /// Reads and decodes the member `key`, which must be present.
    mutating func required<Value: JSONField>(
        _ key: String,
        as type: Value.Type = Value.self
    ) throws(ModelDecodingError) -> Value {
        guard let value = try value(key) else { throw missing(key) }
        return try Value(json: value, path: path(key))
    }

    /// Reads the member `key` with a decoding function; it must be present.
    mutating func required<Value>(
        _ key: String,
        decode: (JSONValue, JSONPointer) throws(ModelDecodingError) -> Value
    ) throws(ModelDecodingError) -> Value {
        guard let value = try value(key) else { throw missing(key) }
        return try decode(value, path(key))
    }

    /// Reads `objectType`, which must be one of `allowed` exactly (xAPI Data 2.2: values are case-sensitive).
    ///
    /// Returns `nil` when it is absent and not `required`.
    @discardableResult
    mutating func objectType(_ allowed: [String], required: Bool) throws(ModelDecodingError) -> String? {
        guard let value = try value("objectType") else {
            if required { throw missing("objectType", hint: "it must be \(Self.list(allowed))") }
            return nil
        }
        let text = try value.string(at: path("objectType"))
        guard allowed.contains(where: { $0.hasSameBytes(as: text) }) else {
            throw ModelDecodingError(
                path: path("objectType"),
                reason:
                    "\"\(text)\" is not a valid objectType here: expected \(Self.list(allowed)) (values are case-sensitive)"
            )
        }
        return text
    }

    /// Fails when the member `key` is present: `reason` says why it is not allowed.
    func reject(_ key: String, because reason: String) throws(ModelDecodingError) {
        if contains(key) { throw ModelDecodingError(path: path(key), reason: reason) }
    }

    /// Fails on the first member that was not read (xAPI Data 2.2: no properties beyond the specification's).
    func finish() throws(ModelDecodingError) {
        guard let index = consumed.firstIndex(of: false) else { return }
        let key = object.members[index].key
        var reason = "\"\(key)\" is not a property of \(description)"
        if let spelling = known.first(where: { $0.lowercased() == key.lowercased() }) {
            reason += " (did you mean \"\(spelling)\"? property names are case-sensitive)"
        }
        throw ModelDecodingError(path: path(key), reason: reason)
    }

    /// The error for a required member that is absent, at the object's path.
    func missing(_ key: String, hint: String? = nil) -> ModelDecodingError {
        var reason = "\(description) needs \"\(key)\""
        if let hint { reason += "; \(hint)" }
        if let other = object.keys.first(where: { $0 != key && $0.lowercased() == key.lowercased() }) {
            reason += " (found \"\(other)\": property names are case-sensitive)"
        }
        return ModelDecodingError(path: path, reason: reason)
    }

    /// `"A"`, `"A" or "B"`, `"A", "B" or "C"`.
    static func list(_ values: [String]) -> String {
        let quoted = values.map { "\"\($0)\"" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + last
    }
}

extension ObjectReader {
    /// The `objectType` of `json` without reading it, to choose a decoder: `nil` when absent or not a string.
    static func peekObjectType(of json: JSONValue) -> String? {
        json.objectValue?["objectType"]?.stringValue
    }
}

import Foundation

/// A value that reads itself from one JSON value and writes itself back.
///
/// Models conform with the initializer and property they already have as ``JSONConvertible``;
/// the xAPI value types and Swift scalars conform below, so ``ObjectReader`` reads any member
/// with one generic call.
protocol JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError)
    var json: JSONValue { get }
}

extension ModelDecodingError {
    /// The error for a value of the wrong JSON type; `null` gets its own reason (xAPI Data 2.2).
    static func typeMismatch(expected: String, found value: JSONValue, at path: JSONPointer) -> ModelDecodingError {
        if value.isNull {
            return ModelDecodingError(
                path: path,
                reason: "null is not allowed here (xAPI Data 2.2); expected \(expected)"
            )
        }
        return ModelDecodingError(path: path, reason: "expected \(expected), found \(article(value.typeName))")
    }

    /// The error for a string that is not a valid value of an xAPI data type.
    init(_ error: ValueFormatError, at path: JSONPointer) {
        self.init(path: path, reason: error.description)
    }

    private static func article(_ typeName: String) -> String {
        switch typeName {
        case "null": return "null"
        case "array", "object": return "an \(typeName)"
        default: return "a \(typeName)"
        }
    }
}

extension JSONValue {
    /// The string, or an error naming what was expected.
    func string(expected: String = "a string", at path: JSONPointer) throws(ModelDecodingError) -> String {
        guard case .string(let string) = self else {
            throw .typeMismatch(expected: expected, found: self, at: path)
        }
        return string
    }

    /// The elements, or an error naming what was expected.
    func array(expected: String, at path: JSONPointer) throws(ModelDecodingError) -> [JSONValue] {
        guard case .array(let elements) = self else {
            throw .typeMismatch(expected: expected, found: self, at: path)
        }
        return elements
    }
}

extension String: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        self = try json.string(at: path)
    }

    var json: JSONValue { .string(self) }
}

extension Bool: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        guard case .bool(let bool) = json else { throw .typeMismatch(expected: "true or false", found: json, at: path) }
        self = bool
    }

    var json: JSONValue { .bool(self) }
}

extension JSONNumber: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        guard case .number(let number) = json else { throw .typeMismatch(expected: "a number", found: json, at: path) }
        self = number
    }

    var json: JSONValue { .number(self) }
}

extension Int: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        guard case .number(let number) = json else {
            throw .typeMismatch(expected: "an integer", found: json, at: path)
        }
        guard number.isInteger, let value = number.int64Value, let integer = Int(exactly: value) else {
            throw ModelDecodingError(path: path, reason: "expected an integer, found \(number.lexeme)")
        }
        self = integer
    }

    var json: JSONValue { .number(JSONNumber(self)) }
}

extension StatementID: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let text = try json.string(expected: "a UUID string", at: path)
        do { self = try StatementID(text) } catch { throw ModelDecodingError(error, at: path) }
    }

    var json: JSONValue { .string(text) }
}

extension UUID: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        self = try StatementID(json: json, path: path).uuid
    }

    var json: JSONValue { .string(uuidString.lowercased()) }
}

extension IRI: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let text = try json.string(expected: "an IRI string", at: path)
        do { self = try IRI(text) } catch { throw ModelDecodingError(error, at: path) }
    }

    var json: JSONValue { .string(text) }
}

extension LanguageTag: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let text = try json.string(expected: "a language tag string", at: path)
        do { self = try LanguageTag(text) } catch { throw ModelDecodingError(error, at: path) }
    }

    var json: JSONValue { .string(text) }
}

extension ISO8601Duration: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let text = try json.string(expected: "an ISO 8601 duration string", at: path)
        do { self = try ISO8601Duration(text) } catch { throw ModelDecodingError(error, at: path) }
    }

    var json: JSONValue { .string(text) }
}

extension Timestamp: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let text = try json.string(expected: "an ISO 8601 timestamp string", at: path)
        do { self = try Timestamp(text) } catch { throw ModelDecodingError(error, at: path) }
    }

    var json: JSONValue { .string(text) }
}

extension Version: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let text = try json.string(expected: "a version string", at: path)
        do { self = try Version(text) } catch { throw ModelDecodingError(error, at: path) }
    }

    var json: JSONValue { .string(text) }
}

extension Array: JSONField where Element: JSONField {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let elements = try json.array(expected: "an array", at: path)
        var decoded: [Element] = []
        decoded.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            decoded.append(try Element(json: element, path: path.appending(index)))
        }
        self = decoded
    }

    var json: JSONValue { .array(map(\.json)) }
}

extension JSONObject {
    /// Sets the member `key` to the JSON of `value`, when there is a value.
    mutating func write(_ key: String, _ value: (some JSONField)?) {
        if let value { self[key] = value.json }
    }
}

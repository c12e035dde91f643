import Foundation
import Testing
import XAPI

/// Small inputs shared by the model tests.
enum ModelFixtures {
    /// Parses JSON text written in a test.
    static func json(_ text: String) throws -> JSONValue {
        try JSONParser().parse(text)
    }

    /// A statement with only the required properties, as JSON text.
    static let minimalStatementText = #"""
        {"actor":{"mbox":"mailto:ada@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
        "object":{"id":"https://ent.example.fr/activities/quiz-42"}}
        """#

    /// ``minimalStatementText`` with the member `key` of the object at `pointer` set to `value`.
    static func minimalStatement(setting key: String, to value: JSONValue, at pointer: String = "") throws -> JSONValue
    {
        try json(minimalStatementText).setting(key, to: value, at: pointer)
    }

    /// The error that decoding `value` as `Model` throws, or `nil` when it decodes.
    static func decodingError<Model: JSONConvertible>(_ type: Model.Type, from value: JSONValue) -> ModelDecodingError?
    {
        do {
            _ = try Model(json: value)
            return nil
        } catch {
            return error
        }
    }

    /// Decodes `value` as `Model` and writes it back.
    static func roundTrip<Model: JSONConvertible>(_ type: Model.Type, _ value: JSONValue) throws -> JSONValue {
        try Model(json: value).json
    }
}

extension JSONValue {
    /// This value with the member `key` of the object at `pointer` set to `value`.
    func setting(_ key: String, to value: JSONValue, at pointer: String = "") throws -> JSONValue {
        guard let path = JSONPointer(pointer) else { throw FixtureError("bad pointer \(pointer)") }
        return try setting(key, to: value, along: path.tokens[...])
    }

    private func setting(
        _ key: String,
        to value: JSONValue,
        along tokens: ArraySlice<JSONPointer.Token>
    )
        throws -> JSONValue
    {
        guard case .object(var object) = self else { throw FixtureError("not an object") }
        guard let first = tokens.first else {
            object[key] = value
            return .object(object)
        }
        guard case .key(let step) = first, let child = object[step] else { throw FixtureError("no member \(first)") }
        object[step] = try child.setting(key, to: value, along: tokens.dropFirst())
        return .object(object)
    }
}

/// A fixture that cannot be built.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

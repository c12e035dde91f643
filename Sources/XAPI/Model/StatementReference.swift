import Foundation

/// A pointer to another statement by its id (xAPI Data 2.4.4.3), as an object or a context's `statement`.
///
/// ```swift
/// let voided = StatementReference(id: try StatementID("e05aa883-acaf-40ad-bf54-02c8ce485fb0"))
/// ```
///
/// In JSON, `objectType` is required: `{"objectType": "StatementRef", "id": "…"}`.
public struct StatementReference: JSONConvertible, JSONField {
    /// The id of the statement referred to.
    public var id: StatementID

    /// Creates a reference.
    public init(id: StatementID) {
        self.id = id
    }

    /// Decodes a StatementRef object; `objectType` must be `"StatementRef"` and `id` a UUID.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a StatementRef object")
        try reader.objectType(["StatementRef"], required: true)
        id = try reader.required("id")
        try reader.finish()
    }

    /// The StatementRef object.
    public var json: JSONValue {
        ["objectType": "StatementRef", "id": id.json]
    }
}

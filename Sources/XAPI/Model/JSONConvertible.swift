/// A model that converts losslessly to and from a ``JSONValue``.
///
/// Every xAPI model type conforms, and gets `Codable` from this conversion, so that
/// `JSONDecoder` and `JSONEncoder` work with the same rules as ``JSONParser`` and ``JSONWriter``.
public protocol JSONConvertible: Codable, Sendable, Hashable {
    /// Decodes the value found at `path` of a document; `path` only serves error messages.
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError)

    /// The JSON value of this model.
    var json: JSONValue { get }
}

extension JSONConvertible {
    /// Decodes a value that is the whole document.
    public init(json: JSONValue) throws(ModelDecodingError) {
        try self.init(json: json, path: .root)
    }

    /// Decodes UTF-8 JSON text with ``JSONParser``.
    ///
    /// Syntax errors are reported as a ``ModelDecodingError`` at the document's root with their position.
    public init(jsonBytes: some Collection<UInt8>) throws(ModelDecodingError) {
        let value: JSONValue
        do {
            value = try JSONParser().parse(jsonBytes)
        } catch {
            throw ModelDecodingError(path: .root, reason: error.description)
        }
        try self.init(json: value, path: .root)
    }

    /// The compact, deterministic JSON text of this model as UTF-8 bytes.
    public var jsonBytes: [UInt8] { JSONWriter.bytes(from: json) }

    /// Decodes through the decoder's JSON value, so Codable follows the same rules as ``init(json:path:)``.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            try self.init(json: value, path: .root)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description)
            )
        }
    }

    /// Encodes this model's JSON value.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}

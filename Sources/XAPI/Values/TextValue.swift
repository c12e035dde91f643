/// An xAPI value written as one JSON string, such as an IRI, a language tag or a timestamp.
///
/// Conforming types keep the text exactly as written and check it when they are made; from that,
/// they get their `description`, `Codable` as a single string, and (when they ask for it) string
/// literals.
public protocol TextValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The text exactly as written.
    var text: String { get }

    /// Checks `text` and keeps it as written.
    init(_ text: String) throws(ValueFormatError)
}

extension TextValue {
    /// The text as written.
    public var description: String { text }

    /// Decodes the value from a JSON string, failing with `DecodingError.dataCorrupted` when the text is not valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the value as the JSON string it was written as.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension TextValue where Self: ExpressibleByStringLiteral {
    /// Creates the value from a literal such as `"http://adlnet.gov/expapi/verbs/completed"` or `"fr-FR"`.
    ///
    /// A literal is written by a programmer, so an invalid one is a bug rather than bad input: it stops
    /// the program with `preconditionFailure`. Use ``init(_:)`` for text from outside.
    public init(stringLiteral value: String) {
        do {
            try self.init(value)
        } catch {
            preconditionFailure("Invalid literal: \(error)")
        }
    }
}

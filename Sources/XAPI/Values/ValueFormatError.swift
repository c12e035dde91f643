/// Why a text is not a valid value of an xAPI data type (IRI, language tag, duration, timestamp, version).
///
/// ```swift
/// do { _ = try IRI("example.com/verbs/x") } catch let error as ValueFormatError {
///     print(error.reason)  // "an IRI needs a scheme followed by ':'"
/// }
/// ```
public struct ValueFormatError: Error, Sendable, Hashable {
    /// The data type that was expected, as people say it: `"IRI"`, `"language tag"`, `"duration"`...
    public let typeName: String
    /// The text that was rejected.
    public let text: String
    /// What is wrong with it, in one sentence without the text itself.
    public let reason: String

    /// Creates an error.
    public init(typeName: String, text: String, reason: String) {
        self.typeName = typeName
        self.text = text
        self.reason = reason
    }
}

extension ValueFormatError: CustomStringConvertible {
    /// A sentence such as `"abc" is not a valid IRI: an IRI needs a scheme followed by ':'`.
    public var description: String {
        "\"\(text)\" is not a valid \(typeName): \(reason)"
    }
}

/// Why a JSON value could not become a typed model, and where.
///
/// ```swift
/// do { _ = try Statement(json: value) } catch {
///     print(error)  // "/actor: an agent needs exactly one of mbox, mbox_sha1sum, openid, account"
/// }
/// ```
public struct ModelDecodingError: Error, Sendable, Hashable {
    /// Where the offending value is.
    public let path: JSONPointer
    /// What is wrong with it.
    public let reason: String

    /// Creates an error.
    public init(path: JSONPointer, reason: String) {
        self.path = path
        self.reason = reason
    }
}

extension ModelDecodingError: CustomStringConvertible {
    /// The JSON Pointer and the reason, e.g. `/verb/id: "x" is not a valid IRI: ...`.
    public var description: String {
        "\(path.description.isEmpty ? "/" : path.description): \(reason)"
    }
}

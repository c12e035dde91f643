/// Why a statement left the delivery queue without reaching the LRS, as the vendor reads it later.
///
/// ```swift
/// for item in try await uploader.setAsideStatements() where item.reason.kind == .conflict {
///     print(item.id?.text ?? "?", item.reason)   // "409 conflict: Differing statements already exist…"
/// }
/// ```
public struct SetAsideReason: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of reasons.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The LRS holds another statement with the same id (409).
        case conflict
        /// The LRS refused the statement as invalid (400 or 422), with its explanation.
        case refused
        /// The LRS refused the statement alone as too large (413).
        case tooLarge
        /// The journal's copy failed its checksum: the bytes are kept for inspection, never sent.
        case corrupt
    }

    /// The kind.
    public let kind: Kind
    /// The HTTP status that caused it, `nil` for ``Kind/corrupt``.
    public let status: Int?
    /// The LRS's explanation (shortened to 1,000 characters) or the journal's finding.
    public let message: String

    /// Creates a reason.
    public init(kind: Kind, status: Int?, message: String) {
        self.kind = kind
        self.status = status
        self.message = String(message.prefix(1_000))
    }

    /// `409 conflict: message`, or `corrupt: message`.
    public var description: String {
        (status.map { "\($0) " } ?? "") + kind.rawValue + (message.isEmpty ? "" : ": " + message)
    }
}

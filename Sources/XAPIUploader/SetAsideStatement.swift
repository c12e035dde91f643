public import Foundation
public import XAPI

/// A statement that the uploader set aside with its reason: kept on disk until the vendor retries,
/// exports or purges it; nothing leaves the set-aside store without such a call.
///
/// ```swift
/// let items = try await uploader.setAsideStatements()
/// try await uploader.retrySetAside(items.filter { $0.reason.kind == .refused }.map(\.key))
/// ```
public struct SetAsideStatement: Sendable, Hashable {
    /// The name of this item in the store: the statement id, or `corrupt-SEGMENT-OFFSET` for damaged bytes.
    public let key: String
    /// The statement's id, `nil` when the journal could not read one.
    public let id: StatementID?
    /// Why it was set aside.
    public let reason: SetAsideReason
    /// When it was set aside.
    public let setAsideAt: Date
    /// The statement's bytes as stored (for a corrupt item: the damaged bytes).
    public let bytes: [UInt8]

    /// Creates an item.
    public init(key: String, id: StatementID?, reason: SetAsideReason, setAsideAt: Date, bytes: [UInt8]) {
        self.key = key
        self.id = id
        self.reason = reason
        self.setAsideAt = setAsideAt
        self.bytes = bytes
    }
}

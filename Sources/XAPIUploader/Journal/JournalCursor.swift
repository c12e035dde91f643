import Foundation

/// How far delivery has got, saved atomically after every batch (write a temporary file, `fsync`, rename).
///
/// Everything before `position` is resolved: delivered, set aside or dropped. Records after it that were
/// resolved out of order (the first half of a bisected batch, a statement dropped while an older batch was
/// in flight) are listed in `resolvedAhead`, so that a restart neither resends nor loses them.
struct JournalCursor: Codable, Sendable, Equatable {
    /// The first record not yet resolved, or the end of the last resolved one.
    var position = RecordLocation(segment: 0, offset: 0)
    /// Resolved records after `position`.
    var resolvedAhead: [RecordLocation] = []
    /// An LRS's Retry-After, as milliseconds since 1970: no request before then, even after a restart.
    var notBefore: Int64?

    static let fileName = "cursor.json"

    /// Reads the cursor of `directory`; a missing or unreadable one starts from the beginning, which only
    /// costs resending statements that the LRS then recognises by id.
    static func load(from directory: String) -> (cursor: JournalCursor, damaged: Bool) {
        let path = directory + "/" + fileName
        guard let bytes = try? FileSystem.contents(of: path) else { return (JournalCursor(), false) }
        guard let cursor = try? JSONDecoder().decode(JournalCursor.self, from: Data(bytes)) else {
            return (JournalCursor(), true)
        }
        return (cursor, false)
    }

    /// Saves the cursor atomically in `directory`.
    func save(in directory: String) throws(JournalError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let bytes: [UInt8]
        do {
            bytes = Array(try encoder.encode(self))
        } catch {
            throw JournalError(operation: "encode cursor", path: directory, code: 0)
        }
        try FileSystem.replaceAtomically(directory + "/" + Self.fileName, with: bytes, directory: directory)
    }
}

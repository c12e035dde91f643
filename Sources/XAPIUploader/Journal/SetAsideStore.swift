import Foundation
import XAPI

/// The `set-aside/` folder of a journal: one file per statement, its metadata on the first line and its
/// bytes after, each written atomically so that a crash leaves the old item or the new one.
struct SetAsideStore: Sendable {
    let directory: String

    /// What the first line of an item holds.
    private struct Metadata: Codable {
        var key: String
        var id: String?
        var kind: SetAsideReason.Kind
        var status: Int?
        var message: String
        var setAsideAt: Double
    }

    init(directory: String) throws(JournalError) {
        self.directory = directory
        try FileSystem.makeDirectory(directory)
    }

    /// Stores an item, replacing any item with the same key.
    func store(_ item: SetAsideStatement) throws(JournalError) {
        let metadata = Metadata(
            key: item.key,
            id: item.id?.text,
            kind: item.reason.kind,
            status: item.reason.status,
            message: item.reason.message,
            setAsideAt: item.setAsideAt.timeIntervalSince1970
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let header = try? encoder.encode(metadata) else {
            throw JournalError(operation: "encode set-aside item", path: directory, code: 0)
        }
        try FileSystem.replaceAtomically(
            path(of: item.key),
            with: Array(header) + [0x0A] + item.bytes,
            directory: directory
        )
    }

    /// Every item, oldest first; unreadable files are reported as corrupt items rather than hidden.
    func items() throws(JournalError) -> [SetAsideStatement] {
        var items: [SetAsideStatement] = []
        for name in try FileSystem.names(in: directory) where name.hasSuffix(".item") {
            let key = String(name.dropLast(5))
            guard let bytes = try FileSystem.contents(of: directory + "/" + name) else { continue }
            items.append(Self.decode(bytes, key: key))
        }
        return items.sorted { ($0.setAsideAt, $0.key) < ($1.setAsideAt, $1.key) }
    }

    /// Removes the items with these keys; unknown keys are ignored.
    func remove(_ keys: some Sequence<String>) throws(JournalError) {
        for key in keys { try FileSystem.remove(path(of: key)) }
        try FileSystem.synchronizeDirectory(directory)
    }

    private func path(of key: String) -> String {
        directory + "/" + key + ".item"
    }

    private static func decode(_ bytes: [UInt8], key: String) -> SetAsideStatement {
        if let newline = bytes.firstIndex(of: 0x0A),
            let metadata = try? JSONDecoder().decode(Metadata.self, from: Data(bytes[..<newline]))
        {
            return SetAsideStatement(
                key: key,
                id: metadata.id.flatMap { try? StatementID($0) },
                reason: SetAsideReason(kind: metadata.kind, status: metadata.status, message: metadata.message),
                setAsideAt: Date(timeIntervalSince1970: metadata.setAsideAt),
                bytes: Array(bytes[(newline + 1)...])
            )
        }
        return SetAsideStatement(
            key: key,
            id: nil,
            reason: SetAsideReason(kind: .corrupt, status: nil, message: "the set-aside item's header is unreadable"),
            setAsideAt: Date(timeIntervalSince1970: 0),
            bytes: bytes
        )
    }
}

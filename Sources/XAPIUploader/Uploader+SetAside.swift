public import Foundation
import XAPI

/// The set-aside store: statements the LRS refused, kept with the reason until the vendor acts.
extension Uploader {
    /// Every set-aside statement, oldest first.
    ///
    /// ```swift
    /// for item in try await uploader.setAsideStatements() { print(item.key, item.reason) }
    /// ```
    public func setAsideStatements() throws(UploaderError) -> [SetAsideStatement] {
        do {
            return try journal.setAside.items()
        } catch {
            throw .journal(error)
        }
    }

    /// Writes the set-aside statements (all, or those with these keys) to `file` as NDJSON, one statement
    /// per line as stored; damaged journal bytes, which are not statements, are left out.
    ///
    /// ```swift
    /// try await uploader.exportSetAside(to: URL(fileURLWithPath: "refused.ndjson"))
    /// ```
    public func exportSetAside(to file: URL, keys: [String]? = nil) throws(UploaderError) {
        let wanted = keys.map(Set.init)
        var output: [UInt8] = []
        for item in try setAsideStatements() where item.reason.kind != .corrupt && wanted?.contains(item.key) ?? true {
            output += item.bytes
            output.append(0x0A)
        }
        do {
            try Data(output).write(to: file, options: .atomic)
        } catch {
            throw .journal(JournalError(operation: "export set-aside statements to", path: file.path, code: 0))
        }
    }

    /// Enqueues set-aside statements again (all, or those with these keys), byte for byte, and removes them
    /// from the store once they are durable in the queue. Stages do not run again.
    ///
    /// ```swift
    /// try await uploader.retrySetAside(keys: [item.key])
    /// ```
    ///
    /// - Throws: ``UploaderError/notRetryable(key:)`` for damaged journal bytes; ``UploaderError/refused(_:)``
    ///   (`uploader.statement.size`) for a statement larger than a batch may now carry, which stays set aside;
    ///   the bounds' errors.
    public func retrySetAside(keys: [String]? = nil) async throws(UploaderError) {
        let wanted = keys.map(Set.init)
        for item in try setAsideStatements() where wanted?.contains(item.key) ?? true {
            guard item.reason.kind != .corrupt, let id = item.id, !item.bytes.isEmpty else {
                throw .notRetryable(key: item.key)
            }
            try await store(JournalRecord(id: id, enqueuedAt: Self.milliseconds(clock.now()), statement: item.bytes))
            try purgeSetAside(keys: [item.key])
        }
    }

    /// Deletes set-aside statements (all, or those with these keys) for good.
    ///
    /// ```swift
    /// try await uploader.purgeSetAside()
    /// ```
    public func purgeSetAside(keys: [String]? = nil) throws(UploaderError) {
        do throws(JournalError) {
            if let keys {
                try journal.setAside.remove(keys)
            } else {
                try journal.setAside.remove(journal.setAside.items().map(\.key))
            }
        } catch {
            throw .journal(error)
        }
    }
}

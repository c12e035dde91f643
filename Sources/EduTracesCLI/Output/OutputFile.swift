import Foundation

/// A file written whole or not at all: bytes go to a temporary file beside it, renamed over it on
/// ``commit()``; ``abandon()`` (or dropping the value) removes the temporary file and leaves any earlier
/// file in place.
///
/// ```swift
/// let file = try OutputFile(path: "shared.ndjson")
/// try file.write(bytes)
/// try file.commit()
/// ```
final class OutputFile {
    /// The file to write.
    let path: String
    private let temporaryURL: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var isOpen = true

    /// Creates the temporary file in the destination's folder (so that the rename stays on one file system
    /// and is atomic), with `permissions`: readable by its owner only unless asked otherwise.
    init(path: String, permissions: Int = 0o600) throws(InputError) {
        self.path = path
        let destination = URL(fileURLWithPath: path)
        let name = ".\(destination.lastPathComponent).\(UUID().uuidString).partial"
        temporaryURL = destination.deletingLastPathComponent().appendingPathComponent(name)
        guard
            FileManager.default.createFile(
                atPath: temporaryURL.path,
                contents: nil,
                attributes: [.posixPermissions: permissions]
            ),
            let handle = FileHandle(forWritingAtPath: temporaryURL.path)
        else {
            throw InputError(path: path, reason: "cannot create a file in its folder")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 18)
    }

    deinit {
        abandon()
    }

    /// Appends bytes.
    func write(_ bytes: some Collection<UInt8>) throws(InputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 18 { try flush() }
    }

    /// Writes out what remains, then renames the temporary file over the destination.
    func commit() throws(InputError) {
        try flush()
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            abandon()
            throw InputError(path: path, reason: "cannot finish writing: \(error.localizedDescription)")
        }
        isOpen = false
        guard rename(temporaryURL.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporaryURL)
            throw InputError(path: path, reason: reason)
        }
    }

    /// Removes the temporary file; the destination is left as it was.
    func abandon() {
        guard isOpen else { return }
        isOpen = false
        try? handle.close()
        try? FileManager.default.removeItem(at: temporaryURL)
    }

    private func flush() throws(InputError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            abandon()
            throw InputError(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

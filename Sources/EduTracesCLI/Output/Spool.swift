import Foundation

/// A temporary file that holds report parts until their header can be written, so memory stays constant.
final class Spool {
    private let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("edutraces-\(UUID().uuidString).spool")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        else {
            throw InputError(path: url.path, reason: "cannot create a temporary file")
        }
        handle = try FileHandle(forUpdating: url)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    /// Appends text.
    func write(_ text: String) throws {
        try write(bytes: text.utf8)
    }

    /// Appends bytes.
    func write(bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Copies everything written to `output`, in chunks.
    func copy(to output: Output) throws {
        try forEachChunk { output.write(bytes: $0) }
    }

    /// Copies everything written to another spool, in chunks.
    func copy(to spool: Spool) throws {
        try forEachChunk { try spool.write(bytes: $0) }
    }

    /// Reads back everything written, a megabyte at a time.
    private func forEachChunk(_ body: (Data) throws -> Void) throws {
        try flush()
        try handle.seek(toOffset: 0)
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try body(chunk)
        }
    }
}

import Foundation

/// A buffered output: standard output or error, a file, or memory (for tests).
package final class Output {
    private enum Destination {
        case descriptor(Int32)
        case memory
    }

    private let destination: Destination
    private var buffer: [UInt8] = []
    private var stored: [UInt8] = []
    /// Whether the output is a terminal (progress is shown only there).
    package let isTerminal: Bool

    /// An output writing to a file descriptor (1 for standard output, 2 for standard error).
    package init(fileDescriptor: Int32) {
        destination = .descriptor(fileDescriptor)
        isTerminal = isatty(fileDescriptor) == 1
        buffer.reserveCapacity(1 << 16)
    }

    /// An output kept in memory; read it with ``text``.
    package init(isTerminal: Bool = false) {
        destination = .memory
        self.isTerminal = isTerminal
    }

    deinit { flush() }

    /// Appends text.
    package func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes.
    package func write(bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered.
    package func flush() {
        guard !buffer.isEmpty else { return }
        switch destination {
        case .memory:
            stored.append(contentsOf: buffer)
        case .descriptor(let descriptor):
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count, let base = bytes.baseAddress {
                    let written = systemWrite(descriptor, base + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return
                    }
                    offset += written
                }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Everything written so far, for an output kept in memory.
    package var text: String {
        flush()
        return String(decoding: stored, as: UTF8.self)
    }
}

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

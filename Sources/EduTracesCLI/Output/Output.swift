import Foundation

/// A buffered output: standard output or error, a file written whole or not at all, or memory (for tests).
package final class Output {
    private enum Destination {
        case descriptor(Int32)
        case file(OutputFile)
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

    /// An output to `file`, which holds nothing until ``commit()``.
    init(file: OutputFile) {
        destination = .file(file)
        isTerminal = false
        buffer.reserveCapacity(1 << 16)
    }

    /// An output kept in memory; read it with ``text``.
    package init(isTerminal: Bool = false) {
        destination = .memory
        self.isTerminal = isTerminal
    }

    deinit { flush() }

    /// The first write to a file that failed; ``commit()`` reports it.
    private var failure: InputError?

    /// For an output to a file: writes out what is buffered and puts the file in place, or throws the
    /// first write error (then the destination is left as it was). Other outputs are only flushed.
    func commit() throws(InputError) {
        flush()
        guard case .file(let file) = destination else { return }
        if let failure {
            file.abandon()
            throw failure
        }
        try file.commit()
    }

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
        case .file(let file):
            guard failure == nil else { break }
            do throws(InputError) {
                try file.write(buffer)
            } catch {
                failure = error
            }
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

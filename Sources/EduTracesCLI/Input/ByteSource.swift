import Foundation

/// An input read in chunks: a file or standard input.
///
/// Reads go straight into byte arrays with `read(2)`, so a large export is never held whole in memory.
package final class ByteSource: ByteStream {
    /// The name shown in reports: the path, or `-` for standard input.
    package let name: String
    /// The size in bytes when the input is a regular file (for progress), else `nil`.
    package let size: Int?
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens the file at `path`, or standard input for `-`.
    package init(path: String) throws(InputError) {
        if path == "-" {
            name = "-"
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            size = nil
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputError(path: path, reason: Self.lastErrorReason()) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw InputError(path: path, reason: "is a directory") }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw InputError(path: path, reason: Self.lastErrorReason()) }
        name = path
        descriptor = opened
        ownsDescriptor = true
        size = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends up to `count` bytes to `buffer`; returns how many were read, 0 at the end of the input.
    package func read(upTo count: Int, appendingTo buffer: inout [UInt8]) throws(InputError) -> Int {
        guard count > 0 else { return 0 }
        // Read into scratch memory and copy only what came: zero-filling `count` bytes first costs a whole
        // chunk per call (pipes deliver 64 KB or less a read) and is slow element by element in debug builds.
        let (readCount, failure) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { scratch in
            var readCount = 0
            repeat {
                readCount = systemRead(descriptor, scratch.baseAddress, count)
            } while readCount < 0 && errno == EINTR
            if readCount > 0 { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<readCount])) }
            return (readCount, readCount < 0 ? errno : 0)
        }
        guard readCount >= 0 else { throw InputError(path: name, reason: String(cString: strerror(failure))) }
        return readCount
    }

    private static func lastErrorReason() -> String {
        String(cString: strerror(errno))
    }
}

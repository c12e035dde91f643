#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the journal needs, with `EINTR` retried and failures turned into ``JournalError``.
///
/// Foundation's file APIs cannot `fsync` a directory or promise owner-only permissions at creation,
/// and durability rests on both: a new file is only durable once its directory entry is.
enum FileSystem {
    /// Owner read and write: statements may identify pupils until they are pseudonymized.
    static let fileMode: mode_t = 0o600
    /// Owner read, write and search.
    static let directoryMode: mode_t = 0o700

    /// Creates `path` and its missing parents, owner-only.
    static func makeDirectory(_ path: String) throws(JournalError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, directoryMode) != 0 && errno != EEXIST {
                throw JournalError(operation: "create directory", path: prefix, code: errno)
            }
        }
    }

    /// Opens `path` with `flags`, creating it owner-only when `O_CREAT` is among them.
    static func open(_ path: String, _ flags: Int32) throws(JournalError) -> Int32 {
        while true {
            let descriptor = systemOpen(path, flags | O_CLOEXEC, fileMode)
            if descriptor >= 0 { return descriptor }
            if errno != EINTR { throw JournalError(operation: "open", path: path, code: errno) }
        }
    }

    /// Closes a descriptor; a failed close of a file already synchronized loses nothing.
    static func release(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    /// Writes every byte of `bytes` at `offset`.
    static func write(
        _ descriptor: Int32,
        _ bytes: UnsafeRawBufferPointer,
        at offset: Int,
        path: String
    )
        throws(JournalError)
    {
        var written = 0
        while written < bytes.count {
            let result = pwrite(
                descriptor,
                bytes.baseAddress! + written,
                bytes.count - written,
                off_t(offset + written)
            )
            if result < 0 {
                if errno == EINTR { continue }
                throw JournalError(operation: "write", path: path, code: errno)
            }
            written += result
        }
    }

    /// Writes every byte of an array at `offset`.
    static func write(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(JournalError) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JournalError) in try write(descriptor, buffer, at: offset, path: path) }
        }
        try result.get()
    }

    /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
    static func read(_ descriptor: Int32, count: Int, at offset: Int, path: String) throws(JournalError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw JournalError(operation: "read", path: path, code: errno)
            }
            if result == 0 { break }
            filled += result
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Reads a whole file; `nil` when it does not exist.
    static func contents(of path: String) throws(JournalError) -> [UInt8]? {
        let descriptor: Int32
        do {
            descriptor = try open(path, O_RDONLY)
        } catch  where error.code == ENOENT {
            return nil
        }
        defer { close(descriptor) }
        let size = try self.size(of: descriptor, path: path)
        return try read(descriptor, count: size, at: 0, path: path)
    }

    /// The size of an open file.
    static func size(of descriptor: Int32, path: String) throws(JournalError) -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw JournalError(operation: "stat", path: path, code: errno) }
        return Int(status.st_size)
    }

    /// Forces the file's data and size to stable storage.
    static func synchronize(_ descriptor: Int32, path: String) throws(JournalError) {
        #if canImport(Darwin)
        // On Apple platforms fsync only reaches the drive's cache; F_FULLFSYNC reaches the medium.
        if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw JournalError(operation: "fsync", path: path, code: errno) }
        }
    }

    /// Makes the entries of a directory (files created, renamed or removed in it) durable.
    static func synchronizeDirectory(_ path: String) throws(JournalError) {
        let descriptor = try open(path, O_RDONLY)
        defer { close(descriptor) }
        try synchronize(descriptor, path: path)
    }

    /// Cuts a file to `size` bytes.
    static func truncate(_ descriptor: Int32, to size: Int, path: String) throws(JournalError) {
        guard ftruncate(descriptor, off_t(size)) == 0 else {
            throw JournalError(operation: "truncate", path: path, code: errno)
        }
    }

    /// Replaces `path` by `bytes` atomically: a reader sees the old file or the new one, never a mix.
    static func replaceAtomically(_ path: String, with bytes: [UInt8], directory: String) throws(JournalError) {
        let temporary = path + ".tmp"
        let descriptor = try open(temporary, O_WRONLY | O_CREAT | O_TRUNC)
        do {
            try write(descriptor, bytes, at: 0, path: temporary)
            try synchronize(descriptor, path: temporary)
        } catch {
            close(descriptor)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else { throw JournalError(operation: "rename", path: path, code: errno) }
        try synchronizeDirectory(directory)
    }

    /// Removes a file; a missing file is not an error.
    static func remove(_ path: String) throws(JournalError) {
        if unlink(path) != 0 && errno != ENOENT { throw JournalError(operation: "remove", path: path, code: errno) }
    }

    /// The names in a directory, unordered.
    static func names(in path: String) throws(JournalError) -> [String] {
        guard let directory = opendir(path) else { throw JournalError(operation: "list", path: path, code: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Takes an exclusive advisory lock on an open file, failing at once if another process holds it.
    static func lockExclusively(_ descriptor: Int32, path: String) throws(JournalError) {
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw JournalError(operation: "lock (another uploader has this journal open)", path: path, code: errno)
        }
    }
}

#if canImport(Glibc)
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
#elseif canImport(Musl)
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Musl.open(path, flags, mode) }
#elseif canImport(Darwin)
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Darwin.open(path, flags, mode) }
#endif

import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a record lives: its segment's number and its byte offset there; ordered as the journal is.
struct RecordLocation: Sendable, Hashable, Comparable, Codable {
    var segment: UInt64
    var offset: Int

    static func < (lhs: RecordLocation, rhs: RecordLocation) -> Bool {
        (lhs.segment, lhs.offset) < (rhs.segment, rhs.offset)
    }
}

/// Appends group commits to the active segment file on a queue of its own, so that the uploader's actor
/// keeps accepting statements while a `fsync` is under way: those statements form the next commit.
///
/// All mutable state is touched only on `queue`, which makes the class safe to share.
final class SegmentWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "edutraces.journal.writer")
    private let directory: String
    private let segmentLimit: Int
    private var descriptor: Int32 = -1
    private var segment: UInt64
    private var size = 0

    /// Starts writing a new segment numbered `segment`.
    init(directory: String, segment: UInt64, segmentLimit: Int) throws(JournalError) {
        self.directory = directory
        self.segment = segment
        self.segmentLimit = segmentLimit
        try openSegment()
    }

    deinit {
        if descriptor >= 0 { FileSystem.release(descriptor) }
    }

    /// The file name of segment `number`, sorting in number order.
    static func fileName(of number: UInt64) -> String {
        let digits = String(number)
        return "segment-" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits + ".log"
    }

    /// The number of a segment file name, `nil` for other names.
    static func number(ofFileName name: String) -> UInt64? {
        guard name.hasPrefix("segment-"), name.hasSuffix(".log") else { return nil }
        return UInt64(name.dropFirst(8).dropLast(4))
    }

    /// Writes `bytes` at the end of the active segment and makes them durable; returns where they start.
    ///
    /// A commit never spans two segments: when the active one has reached its limit, a new one is started
    /// first. A failed write is cut back, so the segment never keeps the half of a commit nobody was told of.
    func append(_ bytes: [UInt8]) async -> Result<RecordLocation, JournalError> {
        await perform { writer throws(JournalError) in try writer.appendNow(bytes) }
    }

    /// Closes the active segment and starts the next one; returns the new segment's number.
    func rotate() async -> Result<UInt64, JournalError> {
        await perform { writer throws(JournalError) in
            try writer.startNextSegment()
            return writer.segment
        }
    }

    /// Closes the active segment's file.
    func close() async {
        _ = await perform { writer throws(JournalError) in
            if writer.descriptor >= 0 {
                FileSystem.release(writer.descriptor)
                writer.descriptor = -1
            }
        }
    }

    private func perform<Value: Sendable>(
        _ work: @escaping @Sendable (SegmentWriter) throws(JournalError) -> Value
    ) async -> Result<Value, JournalError> {
        await withCheckedContinuation { continuation in
            queue.async {
                do throws(JournalError) {
                    continuation.resume(returning: .success(try work(self)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
    }

    private func appendNow(_ bytes: [UInt8]) throws(JournalError) -> RecordLocation {
        if descriptor < 0 { throw JournalError(operation: "append to closed segment", path: directory, code: 0) }
        if size > 0 && size + bytes.count > segmentLimit { try startNextSegment() }
        let path = currentPath
        let start = size
        do {
            try FileSystem.write(descriptor, bytes, at: start, path: path)
            try FileSystem.synchronize(descriptor, path: path)
        } catch {
            try? FileSystem.truncate(descriptor, to: start, path: path)
            throw error
        }
        size += bytes.count
        return RecordLocation(segment: segment, offset: start)
    }

    private func startNextSegment() throws(JournalError) {
        if descriptor >= 0 {
            FileSystem.release(descriptor)
            descriptor = -1
        }
        segment += 1
        try openSegment()
    }

    private func openSegment() throws(JournalError) {
        descriptor = try FileSystem.open(currentPath, O_WRONLY | O_CREAT | O_TRUNC)
        size = 0
        try FileSystem.synchronizeDirectory(directory)
    }

    private var currentPath: String { directory + "/" + Self.fileName(of: segment) }
}

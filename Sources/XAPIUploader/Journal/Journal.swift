import Foundation
import XAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A statement in the journal that is not yet resolved, as the delivery queue knows it (no bytes: those
/// stay on disk and are read when a batch is sent).
struct QueuedStatement: Sendable {
    let id: StatementID
    let location: RecordLocation
    /// The record's size on disk, header included.
    let size: Int
    let enqueuedAt: Int64
    var inFlight = false
    var resolved = false
}

/// What recovery found when the journal was opened.
struct RecoveryReport: Sendable {
    var queued: [QueuedStatement] = []
    /// Damaged byte ranges, already moved to the set-aside store.
    var corrupt: [SetAsideStatement] = []
    /// Bytes cut from the end of the last segment: an interrupted write nobody was told of.
    var tornTailBytes = 0
    var cursorDamaged = false
}

/// The journal's folder: `segments/` (append-only record files), `cursor.json`, `set-aside/` and a lock.
///
/// The uploader owns one; only the actor touches it, except its ``SegmentWriter``, which has its own queue.
final class Journal {
    let directory: String
    let segmentsDirectory: String
    let setAside: SetAsideStore
    let writer: SegmentWriter
    var cursor: JournalCursor
    /// Where this run's first record goes: the start of the segment opened after recovery.
    let firstWriteLocation: RecordLocation
    private var lockDescriptor: Int32

    private init(
        directory: String,
        setAside: SetAsideStore,
        writer: SegmentWriter,
        cursor: JournalCursor,
        firstWriteLocation: RecordLocation,
        lockDescriptor: Int32
    ) {
        self.directory = directory
        self.firstWriteLocation = firstWriteLocation
        segmentsDirectory = directory + "/segments"
        self.setAside = setAside
        self.writer = writer
        self.cursor = cursor
        self.lockDescriptor = lockDescriptor
    }

    deinit {
        if lockDescriptor >= 0 { FileSystem.release(lockDescriptor) }
    }

    /// Opens (creating if needed) the journal in `directory`, recovers what it holds and starts a new segment.
    static func open(directory: String, segmentLimit: Int, now: Date) throws(JournalError) -> (Journal, RecoveryReport)
    {
        try FileSystem.makeDirectory(directory)
        let lockPath = directory + "/lock"
        let lockDescriptor = try FileSystem.open(lockPath, O_RDWR | O_CREAT)
        do {
            try FileSystem.lockExclusively(lockDescriptor, path: lockPath)
            let segments = directory + "/segments"
            try FileSystem.makeDirectory(segments)
            let setAside = try SetAsideStore(directory: directory + "/set-aside")
            let loaded = JournalCursor.load(from: directory)
            var cursor = loaded.cursor
            var report = RecoveryReport(cursorDamaged: loaded.damaged)
            let numbers = try FileSystem.names(in: segments).compactMap(SegmentWriter.number(ofFileName:)).sorted()
            for number in numbers {
                let path = segments + "/" + SegmentWriter.fileName(of: number)
                if number < cursor.position.segment {
                    try FileSystem.remove(path)
                    continue
                }
                try recover(
                    segment: number,
                    path: path,
                    isLast: number == numbers.last,
                    cursor: cursor,
                    now: now,
                    into: &report
                )
            }
            for item in report.corrupt { try setAside.store(item) }
            let next = max(numbers.last ?? 0, cursor.position.segment) + 1
            let writer = try SegmentWriter(directory: segments, segment: next, segmentLimit: segmentLimit)
            cursor.position = report.queued.first?.location ?? RecordLocation(segment: next, offset: 0)
            cursor.resolvedAhead = cursor.resolvedAhead.filter { $0 > cursor.position }
            try cursor.save(in: directory)
            let journal = Journal(
                directory: directory,
                setAside: setAside,
                writer: writer,
                cursor: cursor,
                firstWriteLocation: RecordLocation(segment: next, offset: 0),
                lockDescriptor: lockDescriptor
            )
            return (journal, report)
        } catch {
            FileSystem.release(lockDescriptor)
            throw error
        }
    }

    /// Scans one segment: queues the unresolved records, sets damaged ranges aside, cuts a torn tail.
    private static func recover(
        segment: UInt64,
        path: String,
        isLast: Bool,
        cursor: JournalCursor,
        now: Date,
        into report: inout RecoveryReport
    ) throws(JournalError) {
        guard let bytes = try FileSystem.contents(of: path) else { return }
        let resolvedAhead = Set(cursor.resolvedAhead)
        var offset = 0
        while offset < bytes.count {
            let location = RecordLocation(segment: segment, offset: offset)
            let reading = JournalRecord.read(bytes, at: offset)
            if case .record(let record, let size) = reading {
                if location >= cursor.position && !resolvedAhead.contains(location) {
                    report.queued.append(
                        QueuedStatement(id: record.id, location: location, size: size, enqueuedAt: record.enqueuedAt)
                    )
                }
                offset += size
                continue
            }
            // Damage: find the next record that reads whole; what lies between is set aside. A header that
            // claims more bytes than follow is damage too when a whole record follows it: only what no whole
            // record follows can be a torn tail, so a damaged length never cuts the records after it.
            var next = JournalRecord.nextMagic(in: bytes, after: offset)
            while let candidate = next {
                if case .record = JournalRecord.read(bytes, at: candidate) { break }
                next = JournalRecord.nextMagic(in: bytes, after: candidate)
            }
            let end = next ?? bytes.count
            let region = Array(bytes[offset..<end])
            let tornTail = next == nil && isLast && (reading == .truncated || region.allSatisfy { $0 == 0 })
            if tornTail {
                report.tornTailBytes += region.count
            } else if location >= cursor.position {
                report.corrupt.append(
                    SetAsideStatement(
                        key: "corrupt-\(segment)-\(offset)",
                        id: nil,
                        reason: SetAsideReason(
                            kind: .corrupt,
                            status: nil,
                            message:
                                "\(region.count) bytes at offset \(offset) of segment \(segment) failed their checksum"
                        ),
                        setAsideAt: now,
                        bytes: region
                    )
                )
            }
            if next == nil && isLast {
                let descriptor = try FileSystem.open(path, O_WRONLY)
                defer { FileSystem.release(descriptor) }
                try FileSystem.truncate(descriptor, to: offset, path: path)
                try FileSystem.synchronize(descriptor, path: path)
            }
            offset = end
        }
    }

    /// Reads the records of queued statements again, opening each segment once; `nil` for a record whose
    /// bytes no longer pass their checksum.
    func records(of statements: [QueuedStatement]) throws(JournalError) -> [JournalRecord?] {
        var records: [JournalRecord?] = []
        var openSegment: (number: UInt64, descriptor: Int32)?
        defer { if let openSegment { FileSystem.release(openSegment.descriptor) } }
        for statement in statements {
            let path = segmentsDirectory + "/" + SegmentWriter.fileName(of: statement.location.segment)
            if openSegment?.number != statement.location.segment {
                if let openSegment { FileSystem.release(openSegment.descriptor) }
                openSegment = nil
                openSegment = (statement.location.segment, try FileSystem.open(path, O_RDONLY))
            }
            guard let descriptor = openSegment?.descriptor else { continue }
            let bytes = try FileSystem.read(
                descriptor,
                count: statement.size,
                at: statement.location.offset,
                path: path
            )
            if case .record(let record, _) = JournalRecord.read(bytes, at: 0), record.id == statement.id {
                records.append(record)
            } else {
                records.append(nil)
            }
        }
        return records
    }

    /// Saves the cursor, then deletes the segments wholly before it.
    func saveCursor() throws(JournalError) {
        try cursor.save(in: directory)
        for name in try FileSystem.names(in: segmentsDirectory) {
            if let number = SegmentWriter.number(ofFileName: name), number < cursor.position.segment {
                try FileSystem.remove(segmentsDirectory + "/" + name)
            }
        }
    }

    /// Releases the lock so that another uploader may open the journal.
    func releaseLock() {
        if lockDescriptor >= 0 {
            FileSystem.release(lockDescriptor)
            lockDescriptor = -1
        }
    }
}

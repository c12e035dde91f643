import Foundation
import TestSupport
import Testing
import XAPI

@testable import XAPIUploader

/// The journal on disk: records, recovery from damage, the cursor, permissions, deletion of delivered data.
@Suite("Journal")
struct JournalTests {
    /// Enqueues `count` statements with delivery held back, closes, and returns the journal folder and ids.
    private func journalWithWaitingStatements(_ count: Int) async throws -> (URL, [StatementID]) {
        let journal = Fixtures.temporaryDirectory()
        let clock = VirtualClock()
        clock.isFrozen = true
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: MemoryLRS(faults: Array(repeating: .status(500), count: 1_000)),
            clock: clock
        )
        var ids: [StatementID] = []
        for index in 0..<count { ids.append(try await uploader.enqueue(Fixtures.statement(index))) }
        await uploader.close()
        return (journal, ids)
    }

    private func reopenAndDeliver(
        _ journal: URL,
        lrs: MemoryLRS = MemoryLRS()
    ) async throws -> (UploaderCounters, [UploaderEvent], [SetAsideStatement]) {
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: lrs,
            clock: VirtualClock()
        )
        try await uploader.flush()
        let counters = await uploader.counters
        let setAside = try await uploader.setAsideStatements()
        await uploader.close()
        return (counters, await Fixtures.events(of: uploader), setAside)
    }

    @Test func recordRoundTripsItsIDTimeAndBytes() {
        let record = JournalRecord(id: StatementID(), enqueuedAt: 1_800_000_000_123, statement: Array("{\"a\":1}".utf8))
        let encoded = record.encoded()
        #expect(encoded.count == record.size)
        #expect(JournalRecord.read(encoded, at: 0) == .record(record, size: encoded.count))
    }

    @Test func recordWithAFlippedByteIsDamaged() {
        let record = JournalRecord(id: StatementID(), enqueuedAt: 1, statement: Array("{\"a\":1}".utf8))
        for position in 0..<record.size {
            var encoded = record.encoded()
            encoded[position] ^= 0x10
            #expect(JournalRecord.read(encoded, at: 0) != .record(record, size: record.size), "byte \(position)")
        }
    }

    @Test func recordCutShortIsTruncated() {
        let encoded = JournalRecord(id: StatementID(), enqueuedAt: 1, statement: Array("{}".utf8)).encoded()
        for length in 0..<encoded.count {
            #expect(JournalRecord.read(Array(encoded.prefix(length)), at: 0) == .truncated)
        }
    }

    @Test func recoversEveryStatementAfterAClose() async throws {
        let (journal, ids) = try await journalWithWaitingStatements(40)
        let lrs = MemoryLRS()
        let (counters, _, _) = try await reopenAndDeliver(journal, lrs: lrs)
        #expect(counters.delivered == 40)
        #expect(Set(await lrs.stored.keys) == Set(ids))
    }

    @Test func forgetsRecoveredStatementsOnceDelivered() async throws {
        let (journal, _) = try await journalWithWaitingStatements(5)
        _ = try await reopenAndDeliver(journal)
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: MemoryLRS(),
            clock: VirtualClock()
        )
        #expect(await uploader.counters.queued == 0)
        await uploader.close()
        #expect(await Fixtures.events(of: uploader).first == .recovered(queued: 0, corrupt: 0, tornTailBytes: 0))
    }

    @Test func cutsATornTailAndKeepsTheRecordsBeforeIt() async throws {
        let (journal, ids) = try await journalWithWaitingStatements(10)
        let segment = try #require(
            try Fixtures.segments(in: journal).last { (try? Data(contentsOf: $0).count) ?? 0 > 0 }
        )
        var bytes = try Data(contentsOf: segment)
        bytes.removeLast(17)  // the last record loses its end, as after a crash in the middle of a write
        try bytes.write(to: segment)
        let lrs = MemoryLRS()
        let (counters, events, setAside) = try await reopenAndDeliver(journal, lrs: lrs)
        #expect(counters.delivered == 9)
        #expect(counters.tornTailBytes > 0)
        #expect(setAside.isEmpty)
        #expect(Set(await lrs.stored.keys) == Set(ids.prefix(9)))
        #expect(events.contains { if case .recovered(9, 0, let torn) = $0 { return torn > 0 } else { return false } })
    }

    @Test func cutsAZeroFilledTail() async throws {
        let (journal, _) = try await journalWithWaitingStatements(5)
        let segment = try #require(
            try Fixtures.segments(in: journal).last { (try? Data(contentsOf: $0).count) ?? 0 > 0 }
        )
        var bytes = try Data(contentsOf: segment)
        bytes.append(Data(count: 4_096))
        try bytes.write(to: segment)
        let (counters, _, setAside) = try await reopenAndDeliver(journal)
        #expect(counters.delivered == 5)
        #expect(counters.tornTailBytes == 4_096)
        #expect(setAside.isEmpty)
    }

    @Test func setsAsideAFlippedRecordAndDeliversTheOthers() async throws {
        let (journal, ids) = try await journalWithWaitingStatements(10)
        let segment = try #require(
            try Fixtures.segments(in: journal).last { (try? Data(contentsOf: $0).count) ?? 0 > 0 }
        )
        var bytes = try Data(contentsOf: segment)
        let recordSize = bytes.count / 10
        bytes[recordSize * 4 + 60] ^= 0xFF  // inside the fifth statement's JSON
        try bytes.write(to: segment)
        let lrs = MemoryLRS()
        let (counters, events, setAside) = try await reopenAndDeliver(journal, lrs: lrs)
        #expect(counters.delivered == 9)
        #expect(counters.corruptRecords == 1)
        #expect(setAside.count == 1)
        #expect(setAside.first?.reason.kind == .corrupt)
        #expect(Set(await lrs.stored.keys) == Set(ids).subtracting([ids[4]]))
        #expect(events.contains(.recovered(queued: 9, corrupt: 1, tornTailBytes: 0)))
    }

    /// Twelve bytes flipped anywhere in a segment of thirty records, two hundred times: every record left
    /// whole is delivered, whatever the damage before it (a length made larger than what follows included),
    /// and the damaged ones are set aside or, at the very end only, cut as a torn tail.
    @Test(arguments: 0..<200)
    func deliversEveryWholeRecordWhateverTheDamageAroundIt(seed: UInt64) async throws {
        let (journal, _) = try await journalWithWaitingStatements(30)
        let segment = try #require(
            try Fixtures.segments(in: journal).last { (try? Data(contentsOf: $0).count) ?? 0 > 0 }
        )
        var bytes = [UInt8](try Data(contentsOf: segment))
        var records: [Range<Int>] = []
        while case .record(_, let size) = JournalRecord.read(bytes, at: records.last?.upperBound ?? 0) {
            let start = records.last?.upperBound ?? 0
            records.append(start..<(start + size))
        }
        try #require(records.last?.upperBound == bytes.count)
        var generator = SplitMix64(seed: seed)
        var flipped = Set<Int>()
        while flipped.count < 12 { flipped.insert(generator.below(bytes.count)) }
        for position in flipped { bytes[position] ^= 0x5A }
        try Data(bytes).write(to: segment)
        let whole = records.filter { record in !flipped.contains { record.contains($0) } }
        let (counters, _, setAside) = try await reopenAndDeliver(journal)
        #expect(counters.delivered == whole.count, "seed \(seed): flipped \(flipped.sorted()): \(counters)")
        #expect(counters.queued == 0)
        let accountedFor = setAside.reduce(0) { $0 + $1.bytes.count } + counters.tornTailBytes
        #expect(accountedFor == bytes.count - whole.reduce(0) { $0 + $1.count })
    }

    @Test func createsFilesForTheOwnerOnly() async throws {
        let (journal, _) = try await journalWithWaitingStatements(3)
        let manager = FileManager.default
        let folderMode = try #require(try manager.attributesOfItem(atPath: journal.path)[.posixPermissions] as? Int)
        #expect(folderMode & 0o077 == 0)
        for file in try Fixtures.segments(in: journal) + [journal.appendingPathComponent("cursor.json")] {
            let mode = try #require(try manager.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
            #expect(mode & 0o077 == 0, "\(file.lastPathComponent) has mode \(String(mode, radix: 8))")
        }
    }

    @Test func deletesDeliveredSegments() async throws {
        let journal = Fixtures.temporaryDirectory()
        var configuration = Fixtures.configuration(journal: journal)
        configuration.segmentBytes = 2_000
        let uploader = try await Uploader(configuration: configuration, transport: MemoryLRS(), clock: VirtualClock())
        for index in 0..<60 { try await uploader.enqueue(Fixtures.statement(index)) }
        try await uploader.flush()
        // The delivery loop starts an empty segment once everything is delivered.
        while try Fixtures.segments(in: journal).count > 1 { await Task.yield() }
        await uploader.close()
        let remaining = try Fixtures.segments(in: journal)
        #expect(remaining.count == 1)
        #expect(try remaining.allSatisfy { try Data(contentsOf: $0).isEmpty })
    }

    @Test func refusesASecondUploaderOnTheSameJournal() async throws {
        let journal = Fixtures.temporaryDirectory()
        let first = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: MemoryLRS(),
            clock: VirtualClock()
        )
        await #expect(throws: UploaderError.self) {
            _ = try await Uploader(
                configuration: Fixtures.configuration(journal: journal),
                transport: MemoryLRS(),
                clock: VirtualClock()
            )
        }
        await first.close()
        let second = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: MemoryLRS(),
            clock: VirtualClock()
        )
        await second.close()
    }

    @Test func sharesOneFsyncAmongConcurrentEnqueues() async throws {
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: MemoryLRS(),
            clock: VirtualClock()
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<400 { group.addTask { try await uploader.enqueue(Fixtures.statement(index)) } }
            try await group.waitForAll()
        }
        let counters = await uploader.counters
        await uploader.close()
        #expect(counters.enqueued == 400)
        #expect(counters.commits < 400)
    }
}

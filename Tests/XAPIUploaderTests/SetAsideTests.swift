import Foundation
import Testing
import XAPI

@testable import XAPIUploader

/// The set-aside store: list, export, retry and purge; nothing leaves it without a call.
@Suite("Set-aside store")
struct SetAsideTests {
    private func uploaderWithOneConflict() async throws -> (Uploader, MemoryLRS, StatementID) {
        let lrs = MemoryLRS()
        let id = StatementID()
        try await lrs.preload(Fixtures.statement(500, id: id))
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: VirtualClock()
        )
        try await uploader.enqueue(Fixtures.statement(1, id: id))
        try await uploader.enqueue(Fixtures.statement(2))
        try await uploader.flush()
        return (uploader, lrs, id)
    }

    @Test func listsTheStatementWithItsBytesAndReason() async throws {
        let (uploader, _, id) = try await uploaderWithOneConflict()
        let items = try await uploader.setAsideStatements()
        await uploader.close()
        #expect(items.count == 1)
        #expect(items.first?.id == id)
        #expect(items.first?.bytes == JSONWriter.bytes(from: Fixtures.statement(1, id: id)))
        #expect(items.first?.reason.message.contains("Differing statements") == true)
    }

    @Test func exportsStatementsAsNDJSON() async throws {
        let (uploader, _, id) = try await uploaderWithOneConflict()
        let file = Fixtures.temporaryDirectory().appendingPathExtension("ndjson")
        try await uploader.exportSetAside(to: file)
        await uploader.close()
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(try JSONParser().parse(String(lines[0]))["id"]?.stringValue == id.text)
    }

    @Test func retrySendsTheSameBytesAgain() async throws {
        let (uploader, lrs, id) = try await uploaderWithOneConflict()
        try await lrs.preload(Fixtures.statement(1, id: id))  // the LRS's copy now matches
        try await uploader.retrySetAside()
        try await uploader.flush()
        let remaining = try await uploader.setAsideStatements()
        await uploader.close()
        #expect(remaining.isEmpty)
        #expect(await lrs.postSizes.last == 1)
    }

    @Test func purgeDeletesForGood() async throws {
        let (uploader, _, _) = try await uploaderWithOneConflict()
        try await uploader.purgeSetAside()
        #expect(try await uploader.setAsideStatements().isEmpty)
        await uploader.close()
    }

    @Test func keepsItemsAcrossRestarts() async throws {
        let journal = Fixtures.temporaryDirectory()
        let lrs = MemoryLRS()
        let id = StatementID()
        try await lrs.preload(Fixtures.statement(500, id: id))
        let first = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: lrs,
            clock: VirtualClock()
        )
        try await first.enqueue(Fixtures.statement(1, id: id))
        try await first.flush()
        await first.close()
        let second = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: lrs,
            clock: VirtualClock()
        )
        #expect(try await second.setAsideStatements().map(\.id) == [id])
        await second.close()
    }
}

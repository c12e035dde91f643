import Foundation
import XAPI
import XAPIUploader

/// What a journal holds, read without sending anything: the statements waiting for delivery, those set
/// aside with their reasons, and the date before which the LRS asked not to be called again.
///
/// The journal is opened as `send` opens it (so a damaged record is set aside and a torn tail cut, as any
/// opening does), through an ``OfflineTransport`` and with a batching that never starts a delivery.
///
/// ```swift
/// let snapshot = try await JournalSnapshot.read(URL(fileURLWithPath: ".edutraces/journal"))
/// print(snapshot.queued, snapshot.setAside.count)
/// ```
struct JournalSnapshot: Sendable {
    /// Statements waiting for delivery.
    let queued: Int
    /// Their size on disk.
    let queuedBytes: Int
    /// Statements set aside, oldest first.
    let setAside: [SetAsideStatement]
    /// The date before which delivery waits, when the LRS answered 429 or 503 with `Retry-After`.
    let waitsUntil: Date?

    /// Opens the journal in `directory`, reads it and closes it.
    ///
    /// - Throws: ``UploaderError/journal(_:)`` when it cannot be read, or another process has it open.
    static func read(_ directory: URL) async throws(UploaderError) -> JournalSnapshot {
        var configuration = Uploader.Configuration(
            endpoint: URL(fileURLWithPath: "/"),
            credentials: nil,
            journalDirectory: directory
        )
        // Never old enough to send, never old enough to drop: opening to look changes nothing waiting.
        let never: Duration = .seconds(Int64(1) << 40)
        configuration.version = .fixed(.v1_0_3)
        configuration.batchSize = Int.max
        configuration.flushInterval = never
        configuration.maximumAge = never
        let uploader = try await Uploader(configuration: configuration, transport: OfflineTransport())
        let counters = await uploader.counters
        let setAside: Result<[SetAsideStatement], UploaderError>
        do {
            setAside = .success(try await uploader.setAsideStatements())
        } catch {
            setAside = .failure(error)
        }
        await uploader.close()
        var waitsUntil: Date?
        for await event in uploader.events {
            if case .paused(.rateLimited(let seconds)) = event { waitsUntil = Date(timeIntervalSince1970: seconds) }
        }
        return JournalSnapshot(
            queued: counters.queued,
            queuedBytes: counters.queuedBytes,
            setAside: try setAside.get(),
            waitsUntil: waitsUntil
        )
    }

    /// The snapshot for people: counts, then one line per set-aside statement.
    func text(journal: String) -> String {
        var text = "journal: \(journal)\n"
        text += "queued: \(SendSummary.count(queued, "statement")) (\(queuedBytes) bytes)\n"
        text += "set aside: \(SendSummary.count(setAside.count, "statement"))\n"
        for item in setAside {
            text += "  \(item.id?.canonicalText ?? item.key) at \(Self.text(item.setAsideAt)): \(item.reason)\n"
        }
        if let waitsUntil {
            text += "delivery waits until \(Self.text(waitsUntil)) (the LRS asked to wait)\n"
        }
        return text
    }

    /// The snapshot for scripts: one JSON document.
    func json(journal: String) -> JSONValue {
        let items: [JSONValue] = setAside.map { item in
            [
                "key": .string(item.key),
                "id": item.id.map { .string($0.canonicalText) } ?? .null,
                "kind": .string(item.reason.kind.rawValue),
                "status": item.reason.status.map { .number(JSONNumber($0)) } ?? .null,
                "message": .string(item.reason.message),
                "setAsideAt": .string(Self.text(item.setAsideAt)),
            ]
        }
        return [
            "journal": .string(journal),
            "queued": ["statements": .number(JSONNumber(queued)), "bytes": .number(JSONNumber(queuedBytes))],
            "setAside": .array(items),
            "waitsUntil": waitsUntil.map { .string(Self.text($0)) } ?? .null,
        ]
    }

    /// A date as an xAPI timestamp: `2026-12-01T10:30:00.000Z`.
    private static func text(_ date: Date) -> String {
        (try? Timestamp(date))?.text ?? "\(date)"
    }
}

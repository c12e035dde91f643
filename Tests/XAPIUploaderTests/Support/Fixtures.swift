import Foundation
import Testing
import XAPI
import XAPIUploader

/// Statements, folders and uploaders for the tests.
enum Fixtures {
    static let endpoint = URL(string: "http://lrs.invalid/xAPI/")!

    /// A small valid statement; `mbox` lets a test make it invalid for the LRS.
    static func statement(_ index: Int, id: StatementID? = nil, mbox: String = "mailto:pupil@example.fr") -> JSONValue {
        var object: JSONObject = [
            "actor": ["objectType": "Agent", "mbox": .string(mbox)],
            "verb": ["id": "http://adlnet.gov/expapi/verbs/answered"],
            "object": ["id": .string("https://exercices.example.fr/item/\(index)")],
            "timestamp": "2026-12-01T08:00:00.000Z",
        ]
        if let id { object["id"] = .string(id.text) }
        return .object(object)
    }

    /// A fresh folder under the temporary directory.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "edutraces-uploader-\(UUID().uuidString)"
        )
        return url
    }

    /// A configuration for in-memory tests: no version negotiation, immediate retries are virtual.
    static func configuration(journal: URL, endpoint: URL = endpoint) -> Uploader.Configuration {
        var configuration = Uploader.Configuration(
            endpoint: endpoint,
            credentials: .basic(username: "tester", password: "secret"),
            journalDirectory: journal
        )
        configuration.version = .fixed(.v1_0_3)
        configuration.flushInterval = .seconds(3_600)
        configuration.retryBase = .seconds(1)
        configuration.retryCap = .seconds(60)
        return configuration
    }

    /// Every event the uploader emitted, once it is closed.
    static func events(of uploader: Uploader) async -> [UploaderEvent] {
        var events: [UploaderEvent] = []
        for await event in uploader.events { events.append(event) }
        return events
    }

    /// The segment files of a journal folder, oldest first.
    static func segments(in journal: URL) throws -> [URL] {
        let folder = journal.appendingPathComponent("segments")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".log") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}

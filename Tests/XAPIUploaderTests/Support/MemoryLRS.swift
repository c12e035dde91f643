import Foundation
import XAPI
import XAPIUploader

/// An in-memory LRS behind a ``Transport``, answering as Ralph does (200 with new ids, 204 when all are
/// known with the same content, 409 for an id with other content, 422 for a statement whose actor mbox lacks
/// `mailto:`, 400 for an id repeated in a batch), with scripted faults served first.
actor MemoryLRS: Transport {
    /// One scripted answer or failure for the next POST.
    enum Fault: Sendable {
        case status(Int, headers: [String: String] = [:])
        case failure(TransportError)
    }

    private(set) var stored: [StatementID: JSONValue] = [:]
    private(set) var storeCount = 0
    /// The number of statements in each POST received, faults included.
    private(set) var postSizes: [Int] = []
    private(set) var versionsSent: [String] = []
    private var faults: [Fault]
    private let aboutVersions: [String]

    init(faults: [Fault] = [], aboutVersions: [String] = ["1.0.3"]) {
        self.faults = faults
        self.aboutVersions = aboutVersions
    }

    func add(faults more: [Fault]) {
        faults += more
    }

    func preload(_ statement: JSONValue) throws {
        let id = try StatementID(statement["id"]?.stringValue ?? "")
        stored[id] = statement
    }

    nonisolated func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        try await answer(request)
    }

    private func answer(_ request: HTTPRequest) throws(TransportError) -> HTTPResponse {
        if request.url.path.hasSuffix("/about") {
            return HTTPResponse(
                status: 200,
                headers: [:],
                body: JSONWriter.bytes(from: ["version": .array(aboutVersions.map { .string($0) })])
            )
        }
        versionsSent.append(request.headers["X-Experience-API-Version"] ?? "")
        guard request.method == "POST", case .array(let statements)? = try? JSONParser().parse(request.body) else {
            return HTTPResponse(status: 400, headers: [:], body: Array("unexpected request".utf8))
        }
        postSizes.append(statements.count)
        if !faults.isEmpty {
            switch faults.removeFirst() {
            case .status(let status, let headers):
                return HTTPResponse(
                    status: status,
                    headers: headers,
                    body: Array("{\"detail\":\"scripted \(status)\"}".utf8)
                )
            case .failure(let error):
                throw error
            }
        }
        var ids: [StatementID] = []
        for statement in statements {
            guard let id = statement["id"]?.stringValue.flatMap({ try? StatementID($0) }) else {
                return HTTPResponse(status: 400, headers: [:], body: Array("{\"detail\":\"no id\"}".utf8))
            }
            if ids.contains(id) {
                return HTTPResponse(status: 400, headers: [:], body: Array("{\"detail\":\"duplicate id\"}".utf8))
            }
            ids.append(id)
            if let mbox = statement["actor"]?["mbox"]?.stringValue, !mbox.hasPrefix("mailto:") {
                return HTTPResponse(
                    status: 422,
                    headers: [:],
                    body: Array("{\"detail\":[{\"msg\":\"Invalid `mailto:email` value\"}]}".utf8)
                )
            }
            if let existing = stored[id], existing != statement {
                return HTTPResponse(
                    status: 409,
                    headers: [:],
                    body: Array("{\"detail\":\"Differing statements already exist with the same ID: \(id.text)\"}".utf8)
                )
            }
        }
        let new = zip(ids, statements).filter { stored[$0.0] == nil }
        for (id, statement) in new {
            stored[id] = statement
            storeCount += 1
        }
        if new.isEmpty { return HTTPResponse(status: 204, headers: [:], body: []) }
        return HTTPResponse(
            status: 200,
            headers: [:],
            body: JSONWriter.bytes(from: .array(new.map { .string($0.0.text) }))
        )
    }
}

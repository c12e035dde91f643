public import Foundation
public import XAPI

/// The xAPI resources the uploader speaks to: `/about` and `/statements` (POST, PUT, GET by id and with
/// filters, following `more`), over any ``Transport``.
///
/// ```swift
/// var client = LRSClient(endpoint: endpoint, credentials: .basic(username: "u", password: "p"))
/// client.version = try await client.negotiateVersion()
/// let ids = try await client.post(statements: [statement.json])
/// let stored = try await client.statement(id: ids[0])
/// ```
public struct LRSClient: Sendable {
    /// The xAPI endpoint, ending in `/` or not.
    public var endpoint: URL
    /// The credentials sent with every request but `/about`.
    public var credentials: Credentials?
    /// The `X-Experience-API-Version` header's value.
    public var version: LRSVersion = .v1_0_3
    /// How long one request may take.
    public var timeout: Duration = .seconds(30)
    /// How requests travel.
    public var transport: any Transport

    /// Creates a client; the default transport is ``URLSessionTransport``.
    public init(endpoint: URL, credentials: Credentials?, transport: any Transport = URLSessionTransport()) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.transport = transport
    }

    /// The versions the LRS announces in its `/about` resource (xAPI Communication §2.8).
    public func aboutVersions() async throws(LRSError) -> [String] {
        let response = try await send(HTTPRequest(method: "GET", url: resource("about")), authenticated: false)
        try Self.expectSuccess(response)
        guard case .object(let about)? = try? JSONParser().parse(response.body),
            case .array(let versions)? = about["version"]
        else { throw .invalidResponse("/about has no version list") }
        return versions.compactMap(\.stringValue)
    }

    /// The highest version both sides speak; 1.0.3 when `/about` is missing or names none the SDK knows.
    public func negotiateVersion() async -> LRSVersion {
        guard let versions = try? await aboutVersions() else { return .v1_0_3 }
        return LRSVersion(announced: versions) ?? .v1_0_3
    }

    /// Posts statements as one JSON array; returns the ids the LRS stored (none when all were already there).
    public func post(statements: [JSONValue]) async throws(LRSError) -> [StatementID] {
        let response = try await postStatements(body: JSONWriter.bytes(from: .array(statements)))
        try Self.expectSuccess(response)
        guard !response.body.isEmpty, case .array(let ids)? = try? JSONParser().parse(response.body) else { return [] }
        return ids.compactMap { $0.stringValue.flatMap { try? StatementID($0) } }
    }

    /// Puts one statement under its id (`PUT /statements?statementId=`).
    public func put(statement: JSONValue, id: StatementID) async throws(LRSError) {
        var request = HTTPRequest(
            method: "PUT",
            url: resource("statements", query: [("statementId", id.text)]),
            body: JSONWriter.bytes(from: statement)
        )
        request.headers["Content-Type"] = "application/json"
        try Self.expectSuccess(try await send(request))
    }

    /// The stored statement with this id, `nil` when the LRS has none.
    public func statement(id: StatementID) async throws(LRSError) -> JSONValue? {
        let response = try await send(
            HTTPRequest(method: "GET", url: resource("statements", query: [("statementId", id.text)]))
        )
        if response.status == 404 { return nil }
        try Self.expectSuccess(response)
        guard let value = try? JSONParser().parse(response.body) else {
            throw .invalidResponse("the statement is not JSON")
        }
        // Some LRSs (Ralph among them) wrap a single statement in a StatementResult.
        if case .array(let statements)? = value["statements"] { return statements.first }
        return value
    }

    /// One page of the statements matching `query`.
    public func statements(matching query: StatementQuery) async throws(LRSError) -> StatementPage {
        try await page(at: resource("statements", query: query.parameters))
    }

    /// The page a previous page's `more` link names.
    public func nextPage(after page: StatementPage) async throws(LRSError) -> StatementPage? {
        guard let more = page.more, !more.isEmpty else { return nil }
        guard let url = URL(string: more, relativeTo: endpoint)?.absoluteURL else {
            throw .invalidResponse("unreadable more link \(more)")
        }
        return try await self.page(at: url)
    }

    /// Every statement matching `query`, following `more` links to the end.
    public func allStatements(matching query: StatementQuery) async throws(LRSError) -> [JSONValue] {
        var page = try await statements(matching: query)
        var statements = page.statements
        while let next = try await nextPage(after: page) {
            statements += next.statements
            page = next
        }
        return statements
    }

    /// Posts a prepared JSON array and returns the answer whatever its status: the uploader decides.
    func postStatements(body: [UInt8]) async throws(LRSError) -> HTTPResponse {
        var request = HTTPRequest(method: "POST", url: resource("statements"), body: body)
        request.headers["Content-Type"] = "application/json"
        return try await send(request)
    }

    private func page(at url: URL) async throws(LRSError) -> StatementPage {
        let response = try await send(HTTPRequest(method: "GET", url: url))
        try Self.expectSuccess(response)
        guard case .object(let result)? = try? JSONParser().parse(response.body),
            case .array(let statements)? = result["statements"]
        else { throw .invalidResponse("not a StatementResult") }
        return StatementPage(
            statements: statements,
            more: result["more"]?.stringValue,
            consistentThrough: response.header("X-Experience-API-Consistent-Through").flatMap { try? Timestamp($0) }
        )
    }

    private func send(_ request: HTTPRequest, authenticated: Bool = true) async throws(LRSError) -> HTTPResponse {
        var request = request
        request.timeout = timeout
        request.headers["X-Experience-API-Version"] = version.rawValue
        if authenticated, let credentials { request.headers["Authorization"] = credentials.authorizationHeader }
        do {
            return try await transport.send(request)
        } catch {
            throw .transport(error)
        }
    }

    private func resource(_ name: String, query: [(String, String)] = []) -> URL {
        var base = endpoint.absoluteString
        if !base.hasSuffix("/") { base += "/" }
        var components = URLComponents(string: base + name)
        if !query.isEmpty {
            components?.percentEncodedQuery = query.map { "\($0.0)=\(Self.percentEncoded($0.1))" }.joined(
                separator: "&"
            )
        }
        return components?.url ?? endpoint.appendingPathComponent(name)
    }

    /// Encodes everything but RFC 3986 unreserved characters, so `+`, `&` and `=` in values survive.
    private static func percentEncoded(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    private static func expectSuccess(_ response: HTTPResponse) throws(LRSError) {
        guard (200..<300).contains(response.status) else {
            throw .status(response.status, message: String(decoding: response.body.prefix(1_000), as: UTF8.self))
        }
    }
}

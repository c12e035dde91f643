public import XAPI

/// The filters of a GET on the Statements resource (xAPI Communication §2.1.3).
///
/// ```swift
/// var query = StatementQuery()
/// query.agent = .object(["mbox": "mailto:pupil@example.fr"])
/// query.verb = "http://adlnet.gov/expapi/verbs/completed"
/// query.limit = 100
/// let statements = try await client.allStatements(matching: query)
/// ```
public struct StatementQuery: Sendable, Hashable {
    /// An Agent or identified Group object: statements where it is the actor or object.
    public var agent: JSONValue?
    /// A verb IRI.
    public var verb: String?
    /// An activity IRI: statements whose object it is.
    public var activity: String?
    /// Only statements stored after this instant (exclusive).
    public var since: Timestamp?
    /// Only statements stored at or before this instant.
    public var until: Timestamp?
    /// The page size; 0 lets the LRS choose.
    public var limit: Int?
    /// Oldest first when true.
    public var ascending: Bool?

    /// A query without filters.
    public init() {}

    /// The query's parameters, in a fixed order.
    var parameters: [(String, String)] {
        var parameters: [(String, String)] = []
        if let agent { parameters.append(("agent", JSONWriter.string(from: agent))) }
        if let verb { parameters.append(("verb", verb)) }
        if let activity { parameters.append(("activity", activity)) }
        if let since { parameters.append(("since", since.text)) }
        if let until { parameters.append(("until", until.text)) }
        if let limit { parameters.append(("limit", String(limit))) }
        if let ascending { parameters.append(("ascending", ascending ? "true" : "false")) }
        return parameters
    }
}

/// One page of a Statements GET: the statements, the `more` link and the LRS's consistency horizon.
///
/// ```swift
/// let page = try await client.statements(matching: query)
/// if let horizon = page.consistentThrough { print("complete up to \(horizon.text)") }
/// ```
public struct StatementPage: Sendable, Hashable {
    /// The statements of this page.
    public var statements: [JSONValue]
    /// The relative or absolute URL of the next page, `nil` on the last one.
    public var more: String?
    /// `X-Experience-API-Consistent-Through`: statements stored before it are all visible to queries.
    public var consistentThrough: Timestamp?

    /// Creates a page.
    public init(statements: [JSONValue], more: String?, consistentThrough: Timestamp?) {
        self.statements = statements
        self.more = more
        self.consistentThrough = consistentThrough
    }
}

/// Why an LRS call failed.
///
/// ```swift
/// do { _ = try await client.statement(id: id) } catch .status(let status, _) where status == 401 { relogin() }
/// ```
public enum LRSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The LRS answered with an error status and this body (shortened).
    case status(Int, message: String)
    /// No answer came back.
    case transport(TransportError)
    /// The answer could not be read.
    case invalidResponse(String)

    /// One sentence.
    public var description: String {
        switch self {
        case .status(let status, let message): return "LRS answered \(status): \(message)"
        case .transport(let error): return "no answer from the LRS: \(error)"
        case .invalidResponse(let reason): return "unreadable answer from the LRS: \(reason)"
        }
    }
}

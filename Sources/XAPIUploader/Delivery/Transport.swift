public import Foundation

/// Sends one HTTP request and returns the answer: the uploader's only way to the network, so that tests
/// and vendors can put their own (a fault injector, a pinned-certificate session) in its place.
///
/// ```swift
/// struct Recording: Transport {
///     func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
///         HTTPResponse(status: 204, headers: [:], body: [])
///     }
/// }
/// ```
public protocol Transport: Sendable {
    /// Sends `request`; any HTTP status is an answer, only a failure to get one throws.
    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}

/// An HTTP request as the LRS client builds it.
///
/// ```swift
/// let request = HTTPRequest(method: "GET", url: URL(string: "https://lrs.example.fr/xAPI/about")!)
/// ```
public struct HTTPRequest: Sendable, Hashable {
    /// `GET`, `POST`, `PUT`...
    public var method: String
    /// The full URL with its query.
    public var url: URL
    /// Header names and values.
    public var headers: [String: String]
    /// The body, empty for none.
    public var body: [UInt8]
    /// How long to wait for the answer.
    public var timeout: Duration

    /// Creates a request.
    public init(
        method: String,
        url: URL,
        headers: [String: String] = [:],
        body: [UInt8] = [],
        timeout: Duration = .seconds(30)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// An HTTP answer.
///
/// ```swift
/// let response = HTTPResponse(status: 429, headers: ["Retry-After": "30"], body: [])
/// response.header("retry-after")   // "30"
/// ```
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// Header names and values as received.
    public var headers: [String: String]
    /// The body.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of a header, whatever the case of its name (RFC 9110 §5.1).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }
}

/// Why no HTTP answer came back.
///
/// ```swift
/// throw TransportError.timeout
/// ```
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No answer within the request's timeout.
    case timeout
    /// The connection could not be made, or broke (refused, reset, DNS failure, no network...).
    case connection(String)
    /// The task was cancelled.
    case cancelled

    /// A short phrase.
    public var description: String {
        switch self {
        case .timeout: return "timeout"
        case .connection(let message): return message
        case .cancelled: return "cancelled"
        }
    }
}

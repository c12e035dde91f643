import Foundation

/// How the uploader proves who it is to the LRS: HTTP Basic (xAPI Communication §4.1) or a bearer token.
///
/// The description never shows the secret, so credentials can be logged or printed safely.
///
/// ```swift
/// let credentials = Credentials.basic(username: "vendor-app", password: keychainPassword)
/// print(credentials)   // "Basic vendor-app:•••"
/// ```
public enum Credentials: Sendable, Hashable, CustomStringConvertible {
    /// HTTP Basic authentication.
    case basic(username: String, password: String)
    /// An OAuth 2.0 bearer token (RFC 6750).
    case bearer(token: String)

    /// The `Authorization` header's value.
    public var authorizationHeader: String {
        switch self {
        case .basic(let username, let password):
            // RFC 7617 §2: the user-id, a colon and the password in UTF-8, in standard Base64 (RFC 4648 §4).
            return "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        case .bearer(let token):
            return "Bearer " + token
        }
    }

    /// The kind and user name, never the secret.
    public var description: String {
        switch self {
        case .basic(let username, _): return "Basic \(username):•••"
        case .bearer: return "Bearer •••"
        }
    }
}

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
            return "Basic " + Base64.encode(Array("\(username):\(password)".utf8))
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

/// Standard Base64 (RFC 4648 §4) for the Basic header, without Foundation's `Data` round trip.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let first = bytes[index]
            let second = remaining > 1 ? bytes[index + 1] : 0
            let third = remaining > 2 ? bytes[index + 2] : 0
            output.append(alphabet[Int(first >> 2)])
            output.append(alphabet[Int((first & 0x03) << 4 | second >> 4)])
            output.append(remaining > 1 ? alphabet[Int((second & 0x0F) << 2 | third >> 6)] : UInt8(ascii: "="))
            output.append(remaining > 2 ? alphabet[Int(third & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}

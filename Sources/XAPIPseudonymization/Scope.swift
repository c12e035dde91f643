import Foundation
import XAPI

/// One pseudonymization domain: vendor × project × recipient × period, such as `acme/maths-5e/research/2026`.
///
/// Each scope derives its own key from the master key, so a person has one stable pseudonym within a scope
/// and unlinkable pseudonyms across scopes: give each recipient, and each period, its own scope.
///
/// A scope is written into the `homePage` of every pseudonymous account, so its text is restricted to what
/// an IRI path carries without escaping: segments separated by `/`, each made of letters and digits (any
/// script), `-`, `.`, `_` and `~`, 1 to 200 UTF-8 bytes in all. It must be in Unicode NFC, so that its
/// UTF-8 bytes, which the key derivation reads, are the same wherever the scope is typed.
///
/// ```swift
/// let scope = try Scope("acme/maths-5e/research/2026")
/// print(scope)  // acme/maths-5e/research/2026
/// ```
public struct Scope: Sendable, Hashable, CustomStringConvertible {
    /// The longest scope, in UTF-8 bytes.
    public static let maximumByteCount = 200

    /// The scope as written.
    public let text: String

    /// Checks and keeps a scope.
    ///
    /// - Throws: `pseudonym.scope` when the text is empty, too long, not NFC, has an empty segment, or has a
    ///   character other than letters, digits, `-`, `.`, `_`, `~` and `/`.
    public init(_ text: String) throws(PseudonymizationError) {
        func refuse(_ message: String) -> PseudonymizationError {
            PseudonymizationError(rule: "pseudonym.scope", path: .root, message: message)
        }
        guard !text.isEmpty, text.utf8.count <= Self.maximumByteCount else {
            throw refuse("a scope has 1 to \(Self.maximumByteCount) UTF-8 bytes")
        }
        guard text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8) else {
            throw refuse("a scope must be written in Unicode NFC (precomposed characters)")
        }
        guard !text.split(separator: "/", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            throw refuse("a scope's segments, separated by '/', must not be empty")
        }
        guard text.unicodeScalars.allSatisfy(Self.isAllowed) else {
            throw refuse("a scope is made of letters, digits, '-', '.', '_', '~' and '/' only")
        }
        self.text = text
    }

    /// The scope as written.
    public var description: String { text }

    /// Whether a scalar may appear in a scope: ASCII unreserved characters of RFC 3986 and `/`, or a
    /// letter or digit beyond ASCII (RFC 3987 `ucschar`s that need no escaping).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~", "/": return true
            default: return false
            }
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .decimalNumber
    }
}

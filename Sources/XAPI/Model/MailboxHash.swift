import Digest
import Foundation

/// The two SHA-1 hashes of a `mailto:` IRI, named apart because they answer different questions.
///
/// - ``asWritten(_:)`` is xAPI's `mbox_sha1sum` (Data 2.4.2.3): the SHA-1 of the IRI exactly as
///   written, so it matches what other producers send for the same text.
/// - ``canonical(_:)`` hashes one spelling per mailbox (scheme and domain in lower case, Unicode NFC),
///   so that `mailto:Eleve@Example.FR` and `mailto:Eleve@example.fr` are one person: pseudonyms use it.
///
/// ```swift
/// MailboxHash.asWritten("mailto:Ada@Example.org")   // SHA-1 of "mailto:Ada@Example.org"
/// MailboxHash.canonical("mailto:Ada@Example.org")   // SHA-1 of "mailto:Ada@example.org"
/// ```
public enum MailboxHash {
    /// The lower-case hex SHA-1 of the whole IRI as written: the `mbox_sha1sum` of xAPI Data 2.4.2.3.
    public static func asWritten(_ mbox: IRI) -> String {
        Hex.encode(SHA1.hash(Array(mbox.text.utf8)))
    }

    /// The lower-case hex SHA-1 of the IRI's canonical spelling (see ``canonicalForm(of:)``).
    public static func canonical(_ mbox: IRI) -> String {
        Hex.encode(SHA1.hash(Array(canonicalForm(of: mbox).utf8)))
    }

    /// The spelling that ``canonical(_:)`` hashes: Unicode NFC, the scheme written `mailto:`, and the
    /// domain (after the last `@`) in lower case; the local part keeps its case, which RFC 5321 leaves
    /// to the receiving host.
    public static func canonicalForm(of mbox: IRI) -> String {
        let text = mbox.text.precomposedStringWithCanonicalMapping
        guard text.utf8.count >= 7, text.prefix(7).lowercased() == "mailto:" else { return text }
        let address = text.dropFirst(7)
        guard let at = address.lastIndex(of: "@") else { return "mailto:" + address }
        return "mailto:" + address[...at] + address[address.index(after: at)...].lowercased()
    }
}

import Digest

/// The one property that identifies an Agent or an identified Group (xAPI Data 2.4.2.3).
///
/// ```swift
/// let identifier = InverseFunctionalIdentifier.account(Account(homePage: "https://ent.example.fr", name: "u-4821"))
/// let hashed = InverseFunctionalIdentifier.hashedMailbox(of: "mailto:ada@example.org")  // .mboxSHA1Sum("…")
/// ```
public enum InverseFunctionalIdentifier: Sendable, Hashable {
    /// A `mailto:` IRI with an email address, written `mbox`.
    case mbox(IRI)
    /// The hex SHA-1 of a `mailto:` IRI, written `mbox_sha1sum`; the text is kept as written.
    case mboxSHA1Sum(String)
    /// An OpenID URI, written `openid`.
    case openID(IRI)
    /// An account on an existing system, written `account`.
    case account(Account)

    /// The `mbox_sha1sum` identifier of a mailbox: the lower-case hex SHA-1 of the whole `mailto:` IRI as
    /// written (``MailboxHash/asWritten(_:)``).
    ///
    /// xAPI Data 2.4.2.3 hashes the IRI including its `mailto:` scheme.
    public static func hashedMailbox(of mbox: IRI) -> InverseFunctionalIdentifier {
        .mboxSHA1Sum(MailboxHash.asWritten(mbox))
    }

    /// The `mbox_sha1sum` this identifier stands for: its own for `.mboxSHA1Sum`, the hash of the
    /// mailbox for `.mbox`, `nil` for the others.
    ///
    /// Lets an application compare a hashed and a plain mailbox: both give the same sum (compare
    /// case-insensitively, since a written sum keeps its case).
    public var mboxSHA1Sum: String? {
        switch self {
        case .mbox(let mbox):
            return MailboxHash.asWritten(mbox)
        case .mboxSHA1Sum(let sum): return sum
        case .openID, .account: return nil
        }
    }

    /// The JSON key of this identifier.
    var key: String {
        switch self {
        case .mbox: return "mbox"
        case .mboxSHA1Sum: return "mbox_sha1sum"
        case .openID: return "openid"
        case .account: return "account"
        }
    }

    /// The JSON value of this identifier.
    var value: JSONValue {
        switch self {
        case .mbox(let mbox): return mbox.json
        case .mboxSHA1Sum(let sum): return .string(sum)
        case .openID(let openID): return openID.json
        case .account(let account): return account.json
        }
    }
}

extension InverseFunctionalIdentifier {
    /// The JSON keys of the four identifiers, in the order of xAPI Data 2.4.2.3.
    static let keys = ["mbox", "mbox_sha1sum", "openid", "account"]

    /// Reads the identifier of an Agent or Group: `nil` when there is none; more than one is an error.
    static func read(from reader: inout ObjectReader) throws(ModelDecodingError) -> InverseFunctionalIdentifier? {
        var found: [InverseFunctionalIdentifier] = []
        if let mbox = try reader.optional("mbox", decode: mailbox) { found.append(.mbox(mbox)) }
        if let sum = try reader.optional("mbox_sha1sum", decode: sha1Sum) { found.append(.mboxSHA1Sum(sum)) }
        if let openID: IRI = try reader.optional("openid") { found.append(.openID(openID)) }
        if let account: Account = try reader.optional("account") { found.append(.account(account)) }
        guard found.count <= 1 else {
            throw ModelDecodingError(
                path: reader.path,
                reason: "\(reader.description) has \(found.count) inverse functional identifiers "
                    + "(\(found.map(\.key).joined(separator: ", "))); it needs exactly one (xAPI Data 2.4.2.3)"
            )
        }
        return found.first
    }

    /// A `mailto:` IRI with an address (xAPI Data 2.4.2.3).
    static func mailbox(_ json: JSONValue, at path: JSONPointer) throws(ModelDecodingError) -> IRI {
        let iri = try IRI(json: json, path: path)
        do { try checkMailbox(iri.text) } catch { throw ModelDecodingError(error, at: path) }
        return iri
    }

    /// Checks that `text` is `mailto:` followed by an address `local@domain`.
    static func checkMailbox(_ text: String) throws(ValueFormatError) {
        if let problem = IdentifierSyntax.mailboxProblem(text) {
            throw ValueFormatError(typeName: "mbox", text: text, reason: problem)
        }
    }

    /// A SHA-1 sum: 40 hexadecimal digits of either case, kept as written.
    static func sha1Sum(_ json: JSONValue, at path: JSONPointer) throws(ModelDecodingError) -> String {
        let text = try json.string(expected: "a hex SHA-1 string", at: path)
        guard Hex.isHexadecimal(text, length: 40) else {
            throw ModelDecodingError(
                path: path,
                reason: "\"\(text)\" is not a valid mbox_sha1sum: expected 40 hexadecimal digits (xAPI Data 2.4.2.3)"
            )
        }
        return text
    }
}

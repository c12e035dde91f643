/// The syntax of xAPI's mailbox identifiers, shared by the models and the validator so that a statement
/// one accepts the other accepts too (xAPI Data §2.4.2.3), and of the SDK's pseudonyms, shared by the
/// pseudonymizer that writes them and the French profile that recognises them.
package enum IdentifierSyntax {
    /// The length of a pseudonym: 160 bits in base 32.
    package static let pseudonymLength = 32

    /// Whether `text` has the form of the SDK's pseudonyms: 32 characters of lower-case RFC 4648 base 32.
    package static func isPseudonym(_ text: String) -> Bool {
        text.utf8.count == pseudonymLength
            && text.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "2")...UInt8(ascii: "7")).contains(byte)
            }
    }

    /// Why `text` is not a `mailto:` IRI of one e-mail address, or `nil` when it is one.
    ///
    /// The scheme is matched without regard to case (RFC 3986 §3.1); the address needs a local part, one
    /// `@` and a domain, with no whitespace, controls or delimiters that would make it several addresses.
    /// The IRI syntax itself is ``IRI``'s to check.
    package static func mailboxProblem(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.count >= 7, text.prefix(7).lowercased() == "mailto:" else {
            return "an mbox must start with \"mailto:\""
        }
        let address = utf8.dropFirst(7)
        guard let at = address.firstIndex(of: UInt8(ascii: "@")) else {
            return "\"mailto:\" must be followed by an e-mail address such as name@example.org"
        }
        let local = address[..<at]
        let domain = address[address.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else {
            return "\"mailto:\" must be followed by an e-mail address such as name@example.org"
        }
        guard !local.contains(where: isForbidden),
            !domain.contains(where: { isForbidden($0) || $0 == UInt8(ascii: "@") })
        else {
            return "an mbox holds one e-mail address, without spaces, controls or the characters , < > ?"
        }
        return nil
    }

    /// Spaces, controls and the delimiters that would make the IRI hold more than one address.
    private static func isForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x21, UInt8(ascii: ","), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "?"), 0x7F: return true
        default: return false
        }
    }
}

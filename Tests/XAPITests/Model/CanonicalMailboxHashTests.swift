import Testing
import XAPI

@Suite("Canonical mailbox hashes")
struct CanonicalMailboxHashTests {
    /// SHA-1 of "mailto:Eleve.Test@example.fr", computed independently (Python's hashlib).
    static let canonicalSum = "9d497da9e405a8b9b6c3e9ddae318db40199d156"

    @Test func lowerCasesTheDomainButNotTheLocalPart() {
        #expect(MailboxHash.canonicalForm(of: "mailto:Eleve.Test@Example.FR") == "mailto:Eleve.Test@example.fr")
        #expect(MailboxHash.canonical("mailto:Eleve.Test@Example.FR") == Self.canonicalSum)
        #expect(MailboxHash.canonical("mailto:Eleve.Test@example.fr") == Self.canonicalSum)
    }

    @Test func differsFromTheHashAsWrittenWhenTheSpellingDiffers() {
        #expect(MailboxHash.asWritten("mailto:Eleve.Test@Example.FR") == "c3be1b18d8468d303055ad683b35258e4117591b")
        #expect(MailboxHash.asWritten("mailto:Eleve.Test@example.fr") == Self.canonicalSum)
    }

    @Test func writesTheSchemeInLowerCase() {
        #expect(MailboxHash.canonicalForm(of: "MAILTO:Eleve.Test@example.fr") == "mailto:Eleve.Test@example.fr")
    }

    @Test func normalizesToNFC() throws {
        let decomposed = "mailto:e\u{301}le\u{300}ve@example.fr"
        #expect(MailboxHash.canonicalForm(of: try IRI(decomposed)) == "mailto:\u{E9}l\u{E8}ve@example.fr")
        #expect(MailboxHash.canonical(try IRI(decomposed)) == "d42d86307f31fe35b745c655fd877b6feb5b31d0")
    }
}

import Testing
import XAPI

@Suite("Hashed mailboxes")
struct MailboxHashTests {
    /// SHA-1 of "mailto:test@example.com", computed independently (Python's hashlib).
    static let testSum = "53d04bc579b8b4d082ca4a530642845e2c0bfe74"

    @Test func hashesTheWholeMailtoIRI() {
        #expect(InverseFunctionalIdentifier.hashedMailbox(of: "mailto:test@example.com") == .mboxSHA1Sum(Self.testSum))
    }

    @Test func replacesTheMailboxOfAnAgentAndKeepsItsName() throws {
        let agent = try Agent.mailbox("test@example.com", name: "Test")
        let hashed = agent.withHashedMailbox()
        #expect(hashed.identifier == .mboxSHA1Sum(Self.testSum))
        #expect(hashed.name == "Test")
        #expect(hashed.json == ["objectType": "Agent", "name": "Test", "mbox_sha1sum": .string(Self.testSum)])
    }

    @Test func leavesOtherIdentifiersAlone() {
        let agent = Agent(account: Account(homePage: "https://ent.example.fr", name: "u-4821"))
        #expect(agent.withHashedMailbox() == agent)
    }

    @Test func givesTheSameSumForPlainAndHashedMailboxes() throws {
        let plain = InverseFunctionalIdentifier.mbox("mailto:test@example.com")
        #expect(plain.mboxSHA1Sum == Self.testSum)
        #expect(InverseFunctionalIdentifier.hashedMailbox(of: "mailto:test@example.com").mboxSHA1Sum == Self.testSum)
        #expect(InverseFunctionalIdentifier.openID("https://openid.example.org/ada").mboxSHA1Sum == nil)
    }

    @Test func buildsMailboxesWithOrWithoutTheScheme() throws {
        #expect(try Agent.mailbox("test@example.com") == Agent.mailbox("mailto:test@example.com"))
        #expect(try Agent.mailbox("test@example.com").identifier == .mbox("mailto:test@example.com"))
        #expect(throws: ValueFormatError.self) { try Agent.mailbox("not an address") }
    }
}

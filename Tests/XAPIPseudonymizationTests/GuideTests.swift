import Digest
import Foundation
import TestSupport
import Testing
import XAPI
import XAPIPseudonymization

/// The worked examples of the "Pseudonymizing for research" guide are what the code computes.
@Suite("Guide")
struct GuideTests {
    static func guide() throws -> String {
        let url = ConformanceCorpus.packageRoot.appendingPathComponent("Documentation/PseudonymizingForResearch.md")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func mailboxExampleGivesTheFrozenPseudonym() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let fromMailbox = try pseudonymizer.pseudonymousAgent(["mbox": "mailto:Eleve.Test@Example.FR"])
        let fromSum = try pseudonymizer.pseudonymousAgent(["mbox_sha1sum": "9D497DA9E405A8B9B6C3E9DDAE318DB40199D156"])
        #expect(fromMailbox["account"]?["name"] == "qre4hkiijvobenhmvxj2hxrgzqi6pmm2")
        #expect(fromSum == fromMailbox)
    }

    @Test func guideShowsTheIntermediateValuesOfTheWorkedExample() throws {
        let guide = try Self.guide()
        let scopeKey = ReferencePseudonym.scopeKey(master: Fixtures.keyBytes, scope: Fixtures.scopeText)
        let encoded = ReferencePseudonym.encode(["agent/v1", "account", "https://gar.education.fr", "IDO-0001"])
        let mac = HMAC.sha256(key: scopeKey, message: encoded)
        let agent = try Fixtures.pseudonymizer().pseudonymousAgent(
            ["account": ["homePage": "https://gar.education.fr", "name": "IDO-0001"]]
        )
        for value in [Hex.encode(scopeKey), Hex.encode(mac), JSONWriter.string(from: agent)] {
            #expect(guide.contains(value), "\(value)")
        }
        #expect(guide.replacingOccurrences(of: " ", with: "").contains(Hex.encode(encoded)))
        #expect(guide.contains(MailboxHash.canonical("mailto:Eleve.Test@Example.FR")))
    }

    @Test func guideListsEveryPolicyKeyAndDefaultExtension() throws {
        let guide = try Self.guide()
        for key in PseudonymizationPolicy.documentKeys { #expect(guide.contains("| `\(key)` |"), "\(key)") }
        for iri in PseudonymizationPolicy.defaultAllowedExtensions { #expect(guide.contains("- `\(iri)`"), "\(iri)") }
    }
}

import Digest
import Foundation
import TestSupport
import Testing
import XAPI
import XAPIPseudonymization

@Suite("Algorithm v1")
struct AlgorithmTests {
    let garAgent: JSONValue = ["account": ["homePage": "https://gar.education.fr", "name": "IDO-0001"]]

    @Test func reproducesTheWorkedExampleOfTheDesign() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let agent = try pseudonymizer.pseudonymousAgent(garAgent)
        #expect(agent["account"]?["name"] == "6jfjzstbmqg7p5qfltzlv7a5u74q65hu")
    }

    @Test func writesTheDesignsAgentShape() throws {
        let agent = try Fixtures.pseudonymizer().pseudonymousAgent(garAgent)
        let expected: JSONValue = [
            "objectType": "Agent",
            "account": ["homePage": .string(Fixtures.homePage), "name": "6jfjzstbmqg7p5qfltzlv7a5u74q65hu"],
        ]
        #expect(agent == expected)
        #expect(JSONWriter.string(from: agent).hasPrefix(#"{"objectType":"Agent","account":{"homePage":"#))
    }

    @Test func referenceImplementationAgreesOnTheWorkedExample() {
        let parts = ReferencePseudonym.parts(key: "account", value: "https://gar.education.fr", accountName: "IDO-0001")
        #expect(
            ReferencePseudonym.pseudonym(master: Fixtures.keyBytes, scope: Fixtures.scopeText, parts: parts)
                == "6jfjzstbmqg7p5qfltzlv7a5u74q65hu"
        )
    }

    @Test func isDeterministicAcrossPseudonymizers() throws {
        let first = try Fixtures.pseudonymizer().pseudonymousAgent(garAgent)
        let second = try Fixtures.pseudonymizer().pseudonymousAgent(garAgent)
        #expect(first == second)
    }

    @Test func differentScopesGiveDifferentPseudonyms() throws {
        let research = try Fixtures.pseudonymizer(scope: "acme/maths-5e/research/2026").pseudonymousAgent(garAgent)
        let ministry = try Fixtures.pseudonymizer(scope: "acme/maths-5e/ministry/2026").pseudonymousAgent(garAgent)
        #expect(research["account"]?["name"] != ministry["account"]?["name"])
    }

    @Test func differentKeyIDsGiveDifferentHomePages() throws {
        let first = try Fixtures.pseudonymizer(keyID: "2026a").pseudonymousAgent(garAgent)
        let second = try Fixtures.pseudonymizer(keyID: "2026b").pseudonymousAgent(garAgent)
        #expect(first["account"]?["homePage"] != second["account"]?["homePage"])
    }

    @Test func differentKeysGiveDifferentPseudonyms() throws {
        let other = Fixtures.keyBytes.map { $0 ^ 0xFF }
        let first = try Fixtures.pseudonymizer().pseudonymousAgent(garAgent)
        let second = try Fixtures.pseudonymizer(key: other).pseudonymousAgent(garAgent)
        #expect(first["account"]?["name"] != second["account"]?["name"])
    }

    @Test func accountsSplitDifferentlyDoNotCollide() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let first = try pseudonymizer.pseudonymousAgent(["account": ["homePage": "https://a@b", "name": "c"]])
        let second = try pseudonymizer.pseudonymousAgent(["account": ["homePage": "https://a", "name": "b@c"]])
        #expect(first["account"]?["name"] != second["account"]?["name"])
    }

    @Test func composedAndDecomposedNamesGiveOnePseudonym() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let composed = try pseudonymizer.pseudonymousAgent([
            "account": ["homePage": "https://ent.example", "name": "Chlo\u{E9}"]
        ])
        let decomposed = try pseudonymizer.pseudonymousAgent([
            "account": ["homePage": "https://ent.example", "name": "Chloe\u{301}"]
        ])
        #expect(composed == decomposed)
    }

    @Test func composedAndDecomposedMailboxesGiveOnePseudonym() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let composed = try pseudonymizer.pseudonymousAgent(["mbox": "mailto:chlo\u{E9}@example.fr"])
        let decomposed = try pseudonymizer.pseudonymousAgent(["mbox": "mailto:chloe\u{301}@example.fr"])
        #expect(composed == decomposed)
    }

    @Test func domainCaseDoesNotChangeThePseudonym() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let upper = try pseudonymizer.pseudonymousAgent(["mbox": "mailto:Eleve.Test@Example.FR"])
        let lower = try pseudonymizer.pseudonymousAgent(["mbox": "mailto:Eleve.Test@example.fr"])
        #expect(upper == lower)
    }

    @Test func localPartCaseChangesThePseudonym() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let upper = try pseudonymizer.pseudonymousAgent(["mbox": "mailto:Eleve.Test@example.fr"])
        let lower = try pseudonymizer.pseudonymousAgent(["mbox": "mailto:eleve.test@example.fr"])
        #expect(upper != lower)
    }

    @Test func mailboxAndItsCanonicalSumGiveOnePseudonym() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let mbox = "mailto:Eleve.Test@Example.FR"
        let sum = Hex.encode(SHA1.hash(Array("mailto:Eleve.Test@example.fr".utf8))).uppercased()
        let fromMailbox = try pseudonymizer.pseudonymousAgent(["mbox": .string(mbox)])
        let fromSum = try pseudonymizer.pseudonymousAgent(["mbox_sha1sum": .string(sum)])
        #expect(fromMailbox == fromSum)
    }

    @Test func typedIdentifierGivesTheSamePseudonymAsJSON() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let typed = pseudonymizer.pseudonym(
            for: .account(Account(homePage: "https://gar.education.fr", name: "IDO-0001"))
        )
        #expect(typed == "6jfjzstbmqg7p5qfltzlv7a5u74q65hu")
    }

    /// 10,000 random agents (mbox, mbox_sha1sum, openid, account; mixed case, composed and decomposed
    /// characters; random keys and scopes), each checked against the reference implementation.
    @Test func agreesWithTheReferenceImplementationOnRandomAgents() throws {
        var random = SplitMix64(seed: 0x5EED_2026)
        var pseudonymizer = try Fixtures.pseudonymizer()
        var master = Fixtures.keyBytes
        var scope = Fixtures.scopeText
        var mismatches = 0
        for index in 0..<10_000 {
            if index % 100 == 0 {
                master = (0..<Int.random(in: 32...64, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }
                scope = "vendor-\(Int.random(in: 0...99, using: &random))/proj\u{E9}t/\(2000 + index / 100)"
                pseudonymizer = try Fixtures.pseudonymizer(key: master, scope: scope)
            }
            let (agent, parts) = Self.randomAgent(using: &random)
            let expected = ReferencePseudonym.pseudonym(master: master, scope: scope, parts: parts)
            let actual = try pseudonymizer.pseudonymousAgent(agent)["account"]?["name"]?.stringValue
            if actual != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    static func randomAgent(using random: inout SplitMix64) -> (JSONValue, [String]) {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+")
        let accented = ["\u{E9}", "e\u{301}", "\u{C7}", "C\u{327}", "\u{DF}", "\u{6F22}", "\u{1F600}"]
        func text(_ count: ClosedRange<Int>, extra: [String] = []) -> String {
            (0..<Int.random(in: count, using: &random)).map { _ -> String in
                Int.random(in: 0..<5, using: &random) == 0
                    ? (accented + extra).randomElement(using: &random) ?? "x"
                    : String(plain.randomElement(using: &random) ?? "x")
            }.joined()
        }
        func mixedCase(_ text: String) -> String {
            text.map { Bool.random(using: &random) ? $0.uppercased() : $0.lowercased() }.joined()
        }
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            let mbox = "mailto:" + text(1...12) + "@" + mixedCase("ecole-\(Int.random(in: 0...999, using: &random)).fr")
            return (["mbox": .string(mbox)], ReferencePseudonym.parts(key: "mbox", value: mbox))
        case 1:
            let bytes = (0..<20).map { _ in UInt8.random(in: 0...255, using: &random) }
            let sum = mixedCase(ReferencePseudonym.hex(bytes))
            return (["mbox_sha1sum": .string(sum)], ReferencePseudonym.parts(key: "mbox_sha1sum", value: sum))
        case 2:
            let openID = "https://openid.example/" + text(1...16)
            return (["openid": .string(openID)], ReferencePseudonym.parts(key: "openid", value: openID))
        default:
            let homePage = "https://ent-\(Int.random(in: 0...9, using: &random)).example/" + text(0...6)
            let name = text(1...20, extra: [" ", "@", "/", "\u{0}"])
            let parts = ReferencePseudonym.parts(key: "account", value: homePage, accountName: name)
            return (["account": ["homePage": .string(homePage), "name": .string(name)]], parts)
        }
    }
}

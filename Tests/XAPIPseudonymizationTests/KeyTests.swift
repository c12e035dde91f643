import Digest
import Foundation
import Testing
import XAPI
import XAPIPseudonymization

@Suite("Keys")
struct KeyTests {
    /// A key made of printable bytes, so that a leak of the raw bytes would show as text.
    static let secret = Array("correct horse battery staple 0123456789".utf8)

    /// The forms in which the key could leak: raw, hex in either case, and the scope key in hex.
    static var secretForms: [String] {
        let scopeKey = ReferencePseudonym.scopeKey(master: secret, scope: Fixtures.scopeText)
        return [
            String(decoding: secret, as: UTF8.self), "correct horse", Hex.encode(secret),
            Hex.encode(secret).uppercased(),
            Hex.encode(scopeKey), Hex.encode(scopeKey).uppercased(), "\(secret)", "\(scopeKey)",
        ]
    }

    static func leaks(_ text: String) -> [String] {
        secretForms.filter { text.contains($0) }
    }

    @Test func refusesKeysShorterThan32Bytes() {
        #expect(throws: PseudonymizationError.self) {
            try PseudonymizationKey(bytes: [UInt8](repeating: 7, count: 31), id: "k")
        }
        #expect(throws: PseudonymizationError.self) {
            try PseudonymizationKey(hex: String(repeating: "ab", count: 31), id: "k")
        }
    }

    @Test func acceptsA32ByteKey() throws {
        let key = try PseudonymizationKey(bytes: [UInt8](repeating: 7, count: 32), id: "k")
        #expect(key.id == "k")
    }

    @Test func readsHexWithSurroundingWhitespace() throws {
        let hex = "\n  " + Hex.encode(Fixtures.keyBytes).uppercased() + "  \n"
        let key = try PseudonymizationKey(hex: hex, id: Fixtures.keyID)
        let pseudonymizer = try Pseudonymizer(key: key, scope: Scope(Fixtures.scopeText), homePageBase: Fixtures.base)
        let agent = try pseudonymizer.pseudonymousAgent([
            "account": ["homePage": "https://gar.education.fr", "name": "IDO-0001"]
        ])
        #expect(agent["account"]?["name"] == "6jfjzstbmqg7p5qfltzlv7a5u74q65hu")
    }

    @Test func readsAHexKeyFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edutraces-key-\(UUID().uuidString)")
        try Data((Hex.encode(Self.secret) + "\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let key = try PseudonymizationKey(contentsOfHexFile: url, id: "file")
        #expect(key.id == "file")
    }

    @Test func refusesHexWithOtherCharacters() {
        #expect {
            try PseudonymizationKey(hex: Hex.encode(Self.secret) + "zz", id: "k")
        } throws: { error in
            (error as? PseudonymizationError)?.rule == "pseudonym.key.format" && Self.leaks("\(error)").isEmpty
        }
    }

    @Test func refusesKeyIDsThatAreNotPlainASCII() {
        for id in ["", "2026 a", "clé", String(repeating: "a", count: 33), "a/b"] {
            #expect(throws: PseudonymizationError.self) { try PseudonymizationKey(bytes: Self.secret, id: id) }
        }
    }

    @Test func keyDescriptionsRedactTheBytes() throws {
        let key = try PseudonymizationKey(bytes: Self.secret, id: "2026a")
        var dumped = ""
        dump(key, to: &dumped)
        for text in [key.description, key.debugDescription, String(describing: key), String(reflecting: key), dumped] {
            #expect(Self.leaks(text).isEmpty, "\(text)")
            #expect(text.contains("2026a"))
        }
    }

    @Test func pseudonymizerDescriptionsRedactTheKeys() throws {
        let pseudonymizer = try Fixtures.pseudonymizer(key: Self.secret)
        var dumped = ""
        dump(pseudonymizer, to: &dumped)
        for text in [pseudonymizer.description, String(reflecting: pseudonymizer), dumped, "\(pseudonymizer)"] {
            #expect(Self.leaks(text).isEmpty, "\(text)")
        }
    }

    @Test func errorsNeverCarryKeyBytes() throws {
        let pseudonymizer = try Fixtures.pseudonymizer(key: Self.secret)
        var texts: [String] = []
        do { _ = try pseudonymizer.pseudonymize(Fixtures.statement(actor: ["name": "Ada"])) } catch {
            texts += ["\(error)", String(reflecting: error)]
        }
        do { _ = try Pseudonymizer(key: Fixtures.key(Self.secret), scope: Scope("a"), homePageBase: "http://x") } catch
        {
            texts += ["\(error)", String(reflecting: error)]
        }
        do { _ = try PseudonymizationKey(bytes: Self.secret.prefix(31), id: "k") } catch {
            texts += ["\(error)", String(reflecting: error)]
        }
        do { _ = try PseudonymizationKey(bytes: Self.secret, id: "bad id") } catch {
            texts += ["\(error)", String(reflecting: error)]
        }
        #expect(texts.count == 8)
        for text in texts { #expect(Self.leaks(text).isEmpty, "\(text)") }
    }
}

import Foundation
import TestSupport
import Testing
import XAPI

@testable import XAPIValidation

/// A statement read from text gets the profile's findings it gets as a value: the text only lets the
/// profile skip the search for GAR attributes when none can be there.
@Suite("French education profile on statements read from text")
struct FrenchStatementTextTests {
    typealias F = FrenchFixture

    /// The findings without their positions (a value has none).
    static func unplaced(_ findings: [Finding]) -> [Finding] {
        findings.map { finding in
            var finding = finding
            finding.position = nil
            return finding
        }
    }

    /// The findings of `text` read as text and as the value it parses to.
    static func findings(of text: String) throws -> (fromText: [Finding], fromValue: [Finding]) {
        let value = try JSONParser().parse(Array(text.utf8))
        return (unplaced(F.validator.validate(bytes: Array(text.utf8)).findings), F.validator.validate(value).findings)
    }

    @Test(arguments: [
        #""result":{"response":"GARPersonMail"}"#,
        #""result":{"response":"\u0047ARPersonMail"}"#,
        #""result":{"response":"GAR\u0050ersonDateNaissance = 2012"}"#,
        #""context":{"extensions":{"https://ent.example.fr/GAR\u0050ersonNom":"L"}}"#,
        #""context":{"extensions":{"https://ent.example.fr/ext":["a",{"GARPersonPrenom":"Ada"}]}}"#,
        #""result":{"response":"GARPerso\u006eMail"}"#,
        #""result":{"response":"\"GARPerson\" \\ GARPersonNom"}"#,
    ])
    func findsGARAttributesWrittenPlainOrEscaped(_ member: String) throws {
        let text =
            #"{"actor":{"mbox":"mailto:a@example.fr"},"verb":{"id":"http://adlnet.gov/expapi/verbs/answered"},"#
            + #""object":{"id":"https://example.fr/q"},"# + member + "}"
        let (fromText, fromValue) = try Self.findings(of: text)
        #expect(fromText.contains { $0.rule == Rule.frPIIGAR.id })
        #expect(fromText == fromValue)
    }

    @Test(arguments: [
        #""result":{"response":"GARPerso n"}"#,
        #""result":{"response":"G\"ARPersonNom"}"#,
        #""result":{"response":"GAR\nPersonNom"}"#,
        #""context":{"extensions":{"https://ent.example.fr/GARStructureUAI":"0750654D"}}"#,
    ])
    func findsNoGARAttributeWhereNoneIsSpelled(_ member: String) throws {
        let text =
            #"{"actor":{"mbox":"mailto:a@example.fr"},"verb":{"id":"http://adlnet.gov/expapi/verbs/answered"},"#
            + #""object":{"id":"https://example.fr/q"},"# + member + "}"
        let (fromText, fromValue) = try Self.findings(of: text)
        #expect(!fromText.contains { $0.rule == Rule.frPIIGAR.id })
        #expect(fromText == fromValue)
    }

    /// The fixture with one value changed at random, many times over: the same findings either way.
    @Test func findsWhatTheValueGetsOnManyVariedStatements() throws {
        let pointers = [
            "/actor/name", "/actor/account/name", "/actor/account/homePage", "/result/response",
            "/context/extensions/https:~1~1edutraces.org~1xapi~1extensions~1school-uai", "/object/id",
            "/context/contextActivities/parent", "/context/instructor", "/timestamp", "/verb/id",
            "/context/extensions/http:~1~1id.tincanapi.com~1extension~1ip-address", "/result/extensions",
        ]
        let values: [JSONValue] = [
            "GARPersonNom", "Ada Lovelace", "ada@example.fr", "1234567890A", "https://ent.example.fr/?u=1",
            "0750654E", "0750654d", "2026-03-02T10:15:00+01:00", "https://adlnet.gov/expapi/verbs/answered",
            ["x GARPersonMail": 1], [["id": "https://example.fr/c"]], ["mbox": "mailto:t@example.fr", "name": "T"],
            ["objectType": "Group", "member": [["account": ["homePage": "http://x", "name": "u 1"]]]],
        ]
        var random = SplitMix64(seed: 0xF2)
        for round in 0..<300 {
            var statement = F.statement()
            for _ in 0..<random.within(1...4) {
                let pointer = try #require(JSONPointer(random.element(of: pointers)))
                try? pointer.set(random.element(of: values), in: &statement)
            }
            let text = String(decoding: JSONWriter.bytes(from: statement), as: UTF8.self)
            let (fromText, fromValue) = try Self.findings(of: text)
            #expect(fromText == fromValue, "round \(round): \(text)")
        }
    }

    @Test func seesAWordWrittenAnywhereOrSpelledWithAnEscape() {
        func mayContain(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer {
                StatementText(bytes: $0).mayContain(letters: Array("GARPerson".utf8))
            }
        }
        var random = SplitMix64(seed: 9)
        for _ in 0..<500 {
            // The word at every offset, so that it straddles the eight-byte words of the scan.
            let padding = String(repeating: random.element(of: ["a", "G", "é", " ", "GAR"]), count: random.below(20))
            #expect(mayContain(padding + "GARPerson" + padding))
            #expect(mayContain(padding + "GAR\\u0050erson" + padding))
            #expect(!mayContain(padding + "GARPerso" + padding))
            #expect(!mayContain(padding + "GAR\\nPerson\\\\" + padding))
        }
        #expect(!mayContain(""))
        #expect(!mayContain("GARPerso\\"))
    }
}

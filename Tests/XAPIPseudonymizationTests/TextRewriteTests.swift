import Foundation
import TestSupport
import Testing
import XAPI

@testable import XAPIPseudonymization

/// `pseudonymize(json:appendingTo:)` rewrites a statement as it reads it: its output and its errors must be
/// those of the tree's way (parse, `pseudonymize(_:)`, write), byte for byte, whatever the text.
@Suite("Pseudonymizing JSON text as it is read")
struct TextRewriteTests {
    /// The default policy, and one that keeps, truncates, re-maps and replaces everything it can.
    static let policies: [PseudonymizationPolicy] = [
        PseudonymizationPolicy(),
        PseudonymizationPolicy(
            freeTextResponses: .keep,
            allowedExtensions: PseudonymizationPolicy.defaultAllowedExtensions.union([
                "https://acme.example/ext/author", "https://acme.example/ext/kept",
            ]),
            keepsAttachments: true,
            timestampTruncation: .hour,
            authority: .replace(["account": ["homePage": "https://acme.example", "name": "vendor"]]),
            remapsIdentifiers: true
        ),
    ]

    @Test(arguments: policies)
    func writesWhatTheTreeWritesForRichStatements(policy: PseudonymizationPolicy) throws {
        let pseudonymizer = try Fixtures.pseudonymizer(policy: policy)
        for text in Self.richTexts() {
            #expect(Self.asRead(text, with: pseudonymizer) == Self.throughTree(text, with: pseudonymizer))
        }
    }

    @Test(arguments: policies)
    func rewritesRichStatementsWithoutTheTree(policy: PseudonymizationPolicy) throws {
        let pseudonymizer = try Fixtures.pseudonymizer(policy: policy)
        for text in Self.richTexts() {
            #expect(Self.isRewrittenAsRead(text, with: pseudonymizer), "\(String(decoding: text, as: UTF8.self))")
        }
    }

    @Test(arguments: policies)
    func agreesWithTheTreeOnTextsItDoesNotRewrite(policy: PseudonymizationPolicy) throws {
        let pseudonymizer = try Fixtures.pseudonymizer(policy: policy)
        let agent = #"{"mbox":"mailto:a@example.fr"}"#
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let wide = (0..<70).map { #""https://acme.example/ext/\#($0)":\#($0)"# }.joined(separator: ",")
        let texts = [
            // The result before the object it depends on.
            #"{"actor":\#(agent),"result":{"response":"x"},"object":{"id":"https://a.example/q"}}"#,
            // Deeper than the cursor reads, and an object wider than it checks.
            #"{"actor":\#(agent),"context":{"extensions":{"https://acme.example/ext/kept":\#(deep)}}}"#,
            #"{"actor":\#(agent),"context":{"extensions":{\#(wide)}}}"#,
            // Repeated names, written plainly, escaped, and outside the member-name table.
            #"{"actor":\#(agent),"actor":\#(agent)}"#,
            #"{"actor":\#(agent),"\u0061ctor":\#(agent)}"#,
            #"{"actor":\#(agent),"context":{"extensions":{"https://x.example/a":1,"https://x.example/a":2}}}"#,
            #"{"actor":\#(agent),"object":{"id":"https://a.example/q","definition":{"name":{"x-y":"a","x-y":"b"}}}}"#,
            // Not JSON, in places the cursor only steps over.
            #"{"actor":\#(agent),"verb":{"id":"http://a.example/v","display":{"fr":"é\#u{0001}"}}}"#,
            #"{"actor":\#(agent),"verb":{"id":"http://a.example/v","display":{"fr":"\ud800"}}}"#,
            #"{"actor":\#(agent),"result":{"score":{"raw":01}}}"#,
            #"{"actor":\#(agent),"object":{"id":"https://a.example/q","definition":{"choices":[1,]}}}"#,
            #"{"actor":\#(agent)} x"#,
            "",
            // Refused by the policy, or not a statement at all.
            #"{"actor":{"name":"No identifier"}}"#,
            #"{"actor":\#(agent),"tracker":1}"#,
            #"[1]"#,
            // Members, agents and groups in every shape the tree takes.
            #"{"actor":{"objectType":"Group","member":[\#(agent)]},"object":\#(agent)}"#,
            #"{"actor":{"objectType":"Group","account":{"homePage":"https://a.example","name":"g"}}}"#,
            #"{"actor":\#(agent),"context":{"extensions":{}},"result":{"extensions":{"https://x.example/a":1}}}"#,
            #"{"actor":\#(agent),"object":{"objectType":"StatementRef","id":"6fbd600f-d17c-4c74-801a-2ec2e53231f7"}}"#,
            #"{"actor":\#(agent),"timestamp":"2026-03-05T11:42:17+01:00"}"#,
            #"{"actor":\#(agent),"timestamp":"2026-03-05T10:42:17.123Z","stored":"2026-03-05T10:42:17.123Z"}"#,
            #"{ "actor" : \#(agent) , "verb" : { "id" : "http:\/\/a.example\/v" } }"#,
        ]
        for text in texts.map({ Array($0.utf8) }) {
            #expect(
                Self.asRead(text, with: pseudonymizer) == Self.throughTree(text, with: pseudonymizer),
                "\(String(decoding: text, as: UTF8.self))"
            )
        }
    }

    @Test(arguments: policies)
    func rewritesEveryKindOfObjectWhereverItsObjectTypeIs(policy: PseudonymizationPolicy) throws {
        let pseudonymizer = try Fixtures.pseudonymizer(policy: policy)
        let agent = #"{"mbox":"mailto:a@example.fr"}"#
        let verb = #"{"id":"http://adlnet.gov/expapi/verbs/answered"}"#
        let definition = #"{"interactionType":"fill-in"}"#
        let objects = [
            #"{"id":"https://a.example/q","definition":\#(definition)}"#,
            #"{"id":"https://a.example/q","definition":\#(definition),"objectType":"Activity"}"#,
            #"{"mbox":"mailto:b@example.fr","objectType":"Agent"}"#,
            #"{"member":[\#(agent)],"objectType":"Group"}"#,
            #"{"id":"6fbd600f-d17c-4c74-801a-2ec2e53231f7","objectType":"StatementRef"}"#,
            #"{"actor":\#(agent),"verb":\#(verb),"object":{"id":"https://a.example/q"},"objectType":"SubStatement"}"#,
        ]
        for object in objects {
            let text = Array(#"{"actor":\#(agent),"verb":\#(verb),"object":\#(object),"result":{"response":"x"}}"#.utf8)
            #expect(Self.isRewrittenAsRead(text, with: pseudonymizer), "\(object)")
            #expect(Self.asRead(text, with: pseudonymizer) == Self.throughTree(text, with: pseudonymizer), "\(object)")
        }
    }

    @Test(arguments: policies)
    func agreesWithTheTreeOnMutatedStatements(policy: PseudonymizationPolicy) throws {
        let pseudonymizer = try Fixtures.pseudonymizer(policy: policy)
        let texts = Self.richTexts()
        var random = SplitMix64(seed: 0x7E57_7E47)
        let inserted: [UInt8] = Array(#" "\{}[],:0-e/u"#.utf8) + [0x80, 0xC3, 0xFF, 0x0A]
        var rewritten = 0
        for _ in 0..<3_000 {
            var text = random.element(of: texts)
            for _ in 0..<random.within(1...3) {
                let position = random.below(text.count)
                switch random.below(4) {
                case 0: text.remove(at: position)
                case 1: text.insert(random.element(of: inserted), at: position)
                case 2: text[position] = random.element(of: inserted)
                default:
                    let end = min(text.count, position + random.within(1...40))
                    text.insert(contentsOf: text[position..<end], at: random.below(text.count))
                }
            }
            if Self.isRewrittenAsRead(text, with: pseudonymizer) { rewritten += 1 }
            #expect(
                Self.asRead(text, with: pseudonymizer) == Self.throughTree(text, with: pseudonymizer),
                "\(String(decoding: text, as: UTF8.self))"
            )
        }
        // Mutations that keep the text a statement must have gone through the rewriter, not only the tree.
        #expect(rewritten > 100)
    }

    @Test(ConformanceCorpus.required(by: "pseudonymization of the conformance statements"), arguments: policies)
    func agreesWithTheTreeOnEveryConformanceStatement(policy: PseudonymizationPolicy) throws {
        let pseudonymizer = try Fixtures.pseudonymizer(policy: policy)
        var texts = try ConformanceCorpus.suiteVersions.flatMap { version in
            try ConformanceCorpus.suiteCases(version: version).map { JSONWriter.bytes(from: $0.statement) }
        }
        texts += try ConformanceCorpus.specExampleStatements().map(\.bytes)
        var rewritten = 0
        for text in texts {
            if Self.isRewrittenAsRead(text, with: pseudonymizer) { rewritten += 1 }
            #expect(Self.asRead(text, with: pseudonymizer) == Self.throughTree(text, with: pseudonymizer))
        }
        let documented = ConformanceCorpus.documentedCaseCounts.values.map(\.cases).reduce(0, +)
        #expect(texts.count > documented, "\(texts.count) statements, \(rewritten) rewritten as read")
        #expect(rewritten > 0)
    }

    @Test func appendsToWhatTheOutputAlreadyHolds() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        var output = Array("earlier\n".utf8)
        let text = Array(JSONWriter.string(from: Fixtures.statement(actor: ["mbox": "mailto:a@example.fr"])).utf8)
        try text.withUnsafeBufferPointer { try pseudonymizer.pseudonymize(json: $0, appendingTo: &output) }
        #expect(Array(output.prefix(8)) == Array("earlier\n".utf8))
        #expect(Array(output.dropFirst(8)) == (try Self.throughTree(text, with: pseudonymizer).get()))
    }

    @Test func appendsNothingWhenItRefuses() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        var output = Array("earlier\n".utf8)
        let text = Array(#"{"actor":{"name":"No identifier"},"verb":{"id":"http://a.example/v"}}"#.utf8)
        #expect(throws: PseudonymizationError.self) {
            try text.withUnsafeBufferPointer { try pseudonymizer.pseudonymize(json: $0, appendingTo: &output) }
        }
        #expect(output == Array("earlier\n".utf8))
    }

    @Test func refusesTextThatIsNotJSONAsASyntaxError() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        var output: [UInt8] = []
        let error = #expect(throws: PseudonymizationError.self) {
            try Array(#"{"actor":"#.utf8).withUnsafeBufferPointer {
                try pseudonymizer.pseudonymize(json: $0, appendingTo: &output)
            }
        }
        #expect(error?.rule == "json.syntax")
        #expect(error?.path == .root)
    }

    // MARK: The two ways

    /// Parse, pseudonymize and write: the reference.
    static func throughTree(
        _ text: [UInt8],
        with pseudonymizer: Pseudonymizer
    ) -> Result<[UInt8], PseudonymizationError> {
        let statement: JSONValue
        do {
            statement = try JSONParser().parse(text)
        } catch {
            return .failure(
                PseudonymizationError(rule: "json.syntax", path: .root, message: "not valid JSON at \(error)")
            )
        }
        return Result { () throws(PseudonymizationError) -> [UInt8] in
            JSONWriter.bytes(from: try pseudonymizer.pseudonymize(statement))
        }
    }

    static func asRead(_ text: [UInt8], with pseudonymizer: Pseudonymizer) -> Result<[UInt8], PseudonymizationError> {
        Result { () throws(PseudonymizationError) -> [UInt8] in
            var output: [UInt8] = []
            try text.withUnsafeBufferPointer { bytes throws(PseudonymizationError) in
                try pseudonymizer.pseudonymize(json: bytes, appendingTo: &output)
            }
            return output
        }
    }

    /// Whether the rewriter takes the text on its own, without the tree.
    static func isRewrittenAsRead(_ text: [UInt8], with pseudonymizer: Pseudonymizer) -> Bool {
        var output: [UInt8] = []
        return text.withUnsafeBufferPointer { bytes in
            (try? StatementTextRewriter(bytes, with: pseudonymizer).rewrite(appendingTo: &output)) != nil
        }
    }

    // MARK: Texts

    /// The rich statements, compact, pretty-printed and with every `/` escaped.
    static func richTexts() -> [[UInt8]] {
        let statements: [JSONValue] = [
            RichStatements.withCanary(),
            Fixtures.statement(actor: ["mbox": "mailto:Eleve.Test@Example.FR", "name": "Élève"]),
            Fixtures.statement(actor: ["account": ["homePage": "https://gar.education.fr", "name": "IDO-0001"]]),
            Fixtures.statement(actor: ["objectType": "Agent", "openid": "https://openid.example/élève"]),
        ]
        return statements.flatMap { statement in
            let compact = JSONWriter.bytes(from: statement)
            return [
                compact, prettyPrinted(compact),
                compact.flatMap { $0 == UInt8(ascii: "/") ? Array(#"\/"#.utf8) : [$0] },
            ]
        }
    }

    /// `compact` with a line break after each `{`, `[` and `,` and a space after each `:`, outside strings.
    static func prettyPrinted(_ compact: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var strings = JSONStringTracker()
        for byte in compact {
            output.append(byte)
            guard strings.role(of: byte) == .structure else { continue }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","): output += Array("\n  ".utf8)
            case UInt8(ascii: ":"): output.append(UInt8(ascii: " "))
            default: break
            }
        }
        return output
    }
}

import TestSupport
import Testing
import XAPI

/// The cursor steps over exactly the texts the parser accepts, and calls compact only bytes the writer would
/// write as they are.
@Suite("JSON cursor")
struct JSONCursorTests {
    static let seeds = [
        #"{"id":"6fbd600f-d17c-4c74-801a-2ec2e53231f7","actor":{"mbox":"mailto:a@example.fr","name":"Élève"},"#
            + #""verb":{"id":"http://adlnet.gov/expapi/verbs/answered","display":{"fr-FR":"a répondu"}},"#
            + #""result":{"score":{"scaled":-0.5,"raw":1e2},"success":true,"response":null},"#
            + #""context":{"extensions":{"https://x.example/a":[1,2,{"b":"c\"d"}],"https://x.example/b":{}}}}"#,
        #"[{"a":[]},{"\u0061":"\ud83d\ude00"},"tab\tnewline\n",-0,0.25E-3,false]"#,
        #"{"a":[1,true,null,{"b":"élève 😀"}],"https://x.example/c":-1.5e3,"d":{}}"#,
    ]

    @Test func stepsOverWhatTheParserAccepts() {
        var random = SplitMix64(seed: 0xC0_850A)
        let inserted: [UInt8] = Array(#" "\{}[],:0-e.Eu/"#.utf8) + [0x09, 0x0A, 0x01, 0x80, 0xC3, 0xED, 0xFF]
        var accepted = 0
        var compact = 0
        for round in 0..<6_000 {
            var text = Array(random.element(of: Self.seeds).utf8)
            for _ in 0..<(round < 100 ? 0 : random.within(1...2)) {
                let position = random.below(text.count)
                switch random.below(3) {
                case 0: text.remove(at: position)
                case 1: text.insert(random.element(of: inserted), at: position)
                default: text[position] = random.element(of: inserted)
                }
            }
            let parsed = try? JSONParser().parse(text)
            let span = Self.skim(text)
            #expect((span != nil) == (parsed != nil), "\(String(decoding: text, as: UTF8.self))")
            guard let span, let parsed else { continue }
            accepted += 1
            // Compact means no whitespace and no escape: bytes the writer writes as they are. (An escape the
            // writer would write the same, such as \", is not told apart: such a value is only written again.)
            if span.isCompact {
                #expect(
                    JSONWriter.bytes(from: parsed) == Array(text[span.range]),
                    "\(String(decoding: text, as: UTF8.self))"
                )
                compact += 1
            }
        }
        #expect(accepted > 200)
        #expect(compact > 50)
    }

    @Test func walksMembersAndRefusesARepeatedName() throws {
        let names = try Self.memberNames(#"{ "actor" : 1 , "https://x.example/a" : 2 , "\u0076erb" : 3 }"#)
        #expect(names.map(\.key) == ["actor", "https://x.example/a", "verb"])
        #expect(names.map(\.isCompact) == [true, true, false])
        for text in [#"{"actor":1,"actor":2}"#, #"{"actor":1,"\u0061ctor":2}"#, #"{"x-a":1,"x-a":2}"#] {
            #expect(throws: JSONCursor.Stop.self) { try Self.memberNames(text) }
        }
    }

    @Test func readsAValueAgainFromAMark() throws {
        let text = Array(#"{"object":{"id":"x","objectType":"Activity"}}"#.utf8)
        try text.withUnsafeBufferPointer { bytes throws(JSONCursor.Stop) in
            var cursor = JSONCursor(bytes)
            try cursor.enterObject()
            _ = try cursor.nextMember()
            let mark = cursor.mark()
            try cursor.enterObject()
            while try cursor.nextMember() != nil { _ = try cursor.skimValue() }
            cursor.rewind(to: mark)
            // Read again, the same names are not taken for repetitions.
            let span = try cursor.skimValue()
            #expect(span.range == 10..<(text.count - 1))
            #expect(try cursor.nextMember()?.key == nil)
            try cursor.finish()
        }
    }

    @Test func leavesDeepAndWideTextsToTheParser() {
        let deep = String(repeating: "[", count: 33) + String(repeating: "]", count: 33)
        let wide = "{" + (0..<65).map { #""x-\#($0)":0"# }.joined(separator: ",") + "}"
        for text in [deep, wide] {
            #expect((try? JSONParser().parse(text)) != nil)
            #expect(Self.skim(Array(text.utf8)) == nil)
        }
    }

    /// The span of the one value of `text`, or nil when the cursor stops.
    static func skim(_ text: [UInt8]) -> JSONCursor.Span? {
        text.withUnsafeBufferPointer { bytes in
            var cursor = JSONCursor(bytes)
            guard let span = try? cursor.skimValue(), (try? cursor.finish()) != nil else { return nil }
            return span
        }
    }

    static func memberNames(_ text: String) throws(JSONCursor.Stop) -> [JSONCursor.MemberName] {
        try Array(text.utf8).withUnsafeBufferPointer { bytes throws(JSONCursor.Stop) in
            var cursor = JSONCursor(bytes)
            var names: [JSONCursor.MemberName] = []
            try cursor.enterObject()
            while let name = try cursor.nextMember() {
                names.append(name)
                _ = try cursor.skimValue()
            }
            try cursor.finish()
            return names
        }
    }
}

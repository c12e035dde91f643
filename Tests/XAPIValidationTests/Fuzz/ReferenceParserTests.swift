import Testing
import XAPI

/// The fuzz campaign's independent judge tells agreement, the known differences, and anything else apart.
@Suite("Reference parser")
struct ReferenceParserTests {
    static func compare(_ text: String) -> ReferenceParser.Comparison {
        compare(Array(text.utf8))
    }

    static func compare(_ bytes: [UInt8]) -> ReferenceParser.Comparison {
        ReferenceParser.compare(bytes, parsed: Result { () throws(JSONSyntaxError) in try JSONParser().parse(bytes) })
    }

    @Test(arguments: [#"{"a":[1,true,null,"x"]}"#, "[1 2]", "[01]", #"["\x"]"#, "", "[1] x", "{'a':1}", "1", #""s""#])
    func bothJudgeMostTextsAlike(text: String) {
        #expect(Self.compare(text) == .agree)
    }

    @Test(arguments: [
        (#"{"a":1,"a":2}"#, "repeated key"), ("[1,]", "trailing comma"), (#"{"a":1,}"#, "trailing comma"),
        (String(repeating: "[", count: 300) + String(repeating: "]", count: 300), "nesting past the limit"),
        ("\u{FEFF}[1]", "byte order mark"), ("[1e400]", "number beyond Double"),
    ])
    func namesEachKnownDifference(text: String, difference: String) {
        #expect(Self.compare(text) == .documented(difference))
    }

    @Test func namesTextThatIsNotUTF8() {
        // "[1]" in UTF-16LE, which JSONSerialization recognizes.
        #expect(Self.compare([0x5B, 0x00, 0x31, 0x00, 0x5D, 0x00]) == .documented("not UTF-8"))
    }

    @Test func reportsAnyOtherDifference() throws {
        let accepted = try JSONParser().parse("[1]")
        guard case .disagree = ReferenceParser.compare(Array("[1 2]".utf8), parsed: .success(accepted)) else {
            Issue.record("a text JSONSerialization refuses, claimed accepted, was not reported")
            return
        }
        let refused = JSONSyntaxError(kind: .unexpectedByte(0x31), offset: 1, line: 1, column: 2)
        guard case .disagree = ReferenceParser.compare(Array("[1]".utf8), parsed: .failure(refused)) else {
            Issue.record("a text JSONSerialization accepts, claimed refused, was not reported")
            return
        }
    }
}

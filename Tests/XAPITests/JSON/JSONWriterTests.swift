import Foundation
import TestSupport
import Testing
import XAPI

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func writesCompactText() {
        let value: JSONValue = ["a": [1, true, nil], "b": ["c": "d"]]
        #expect(JSONWriter.string(from: value) == #"{"a":[1,true,null],"b":{"c":"d"}}"#)
    }

    @Test func escapesOnlyWhatRFC8259Requires() {
        let value: JSONValue = ["quote \" backslash \\ slash / tab \t newline \n bell \u{07} é 😀"]
        #expect(
            JSONWriter.string(from: value) == #"["quote \" backslash \\ slash / tab \t newline \n bell \u0007 é 😀"]"#
        )
    }

    @Test func isDeterministicForTheSameTree() throws {
        let text = #"{"z":1,"a":{"y":[1.50,"x"],"b":null}}"#
        let value = try JSONParser().parse(text)
        #expect(JSONWriter.string(from: value) == text)
        #expect(JSONWriter.bytes(from: value) == JSONWriter.bytes(from: try JSONParser().parse(text)))
    }

    @Test func roundTripsThroughTheParser() throws {
        let value: JSONValue = [
            "s": "\u{0}\u{1F}\u{7F}\u{2028}", "n": .number(JSONNumber(lexeme: "-0.0e-0")!), "e": [], "o": [:],
        ]
        expectIdentical(try JSONParser().parse(JSONWriter.bytes(from: value)), value)
    }

    @Test func agreesWithFoundationOnEveryStringItEscapes() throws {
        // Every control character and a few specials, decoded by JSONSerialization.
        let characters = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", "/", "é"]
        let value = JSONValue.array(characters.map(JSONValue.string))
        let decoded = try JSONSerialization.jsonObject(with: Data(JSONWriter.bytes(from: value))) as? [String]
        #expect(decoded == characters)
    }
}

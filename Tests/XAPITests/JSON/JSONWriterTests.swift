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

    @Test func escapesEachSpecialByteWhereverItFallsAmongPlainOnes() {
        // The writer scans eight bytes at a time: put specials at every offset of strings of every length
        // up to 40, alone and two at a time, next to plain ASCII and multi-byte characters.
        for length in 1...40 {
            for position in 0..<length {
                for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}"] {
                    var characters = Array(repeating: position % 3 == 0 ? "é" : "a", count: length)
                    characters[position] = special
                    if position + 3 < length { characters[position + 3] = "\"" }
                    let string = characters.joined()
                    #expect(JSONWriter.string(from: .string(string)) == Self.quoted(string), "\(length) \(position)")
                }
            }
        }
    }

    /// `string` quoted with the escapes of RFC 8259 §7 written one character at a time.
    private static func quoted(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u00" + (hex.count == 1 ? "0" + hex : hex)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}

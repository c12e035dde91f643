import Foundation
import Testing
import XAPI

@Suite("JSON parser")
struct JSONParserTests {
    let parser = JSONParser()

    @Test func parsesEveryKindOfValue() throws {
        let value = try parser.parse(#" {"a": [true, false, null, -1.5e3, "x\u00e9\n"], "b": {}} "#)
        let expected: JSONValue = [
            "a": [true, false, nil, .number(JSONNumber(lexeme: "-1.5e3")!), "x\u{e9}\n"], "b": [:],
        ]
        #expect(value == expected)
    }

    @Test func keepsNumberLexemesExactly() throws {
        let lexemes = ["0", "-0", "0.950", "1E+2", "1e-05", "123456789012345678901234567890", "3.14159265358979323846"]
        for lexeme in lexemes {
            let value = try parser.parse("[\(lexeme)]")
            #expect(value[0]?.numberValue?.lexeme == lexeme)
            #expect(JSONWriter.string(from: value) == "[\(lexeme)]")
        }
    }

    @Test func keepsMemberOrder() throws {
        let value = try parser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try parser.parse(#"["\"\\\/\b\f\n\r\t", "\ud83d\ude00", "\u00E9"]"#)
        #expect(value == ["\"\\/\u{08}\u{0C}\n\r\t", "\u{1F600}", "\u{E9}"])
    }

    @Test func acceptsMultibyteUTF8() throws {
        let value = try parser.parse(Array("[\"élève 学生 😀\"]".utf8))
        #expect(value[0]?.stringValue == "élève 学生 😀")
    }

    @Test func distinguishesKeysByBytesNotCanonicalEquivalence() throws {
        // "é" precomposed and "e" + combining acute are different JSON keys.
        let value = try parser.parse("{\"\u{E9}\":1,\"e\u{301}\":2}")
        #expect(value.objectValue?.count == 2)
        #expect(value["\u{E9}"] == 1)
        #expect(value["e\u{301}"] == 2)
    }

    @Test func acceptsManyMembersWithDistinctKeys() throws {
        let members = (0..<100).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let value = try parser.parse("{\(members)}")
        #expect(value.objectValue?.count == 100)
        #expect(value["k99"] == 99)
    }

    @Test func nestsUpToTheLimit() throws {
        let depth = JSONParser.defaultMaxDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try parser.parse(text) }
    }

    @Test func parsesFromData() throws {
        let value = try parser.parse(Data(#"{"a":1}"#.utf8))
        #expect(value == ["a": 1])
    }
}

@Suite("JSON parser rejections")
struct JSONParserRejectionTests {
    /// Parses `text`, expecting a syntax error, and returns it.
    func rejection(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONSyntaxError? {
        rejection(Array(text.utf8), maxDepth: maxDepth)
    }

    func rejection(_ bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONSyntaxError? {
        do {
            _ = try JSONParser(maxDepth: maxDepth).parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("[1,]", JSONSyntaxError.Kind.trailingComma, 3),
        (#"{"a":1,}"#, .trailingComma, 7),
        ("[1] // comment", .trailingContent, 4),
        ("/* c */ [1]", .unexpectedByte(UInt8(ascii: "/")), 0),
        ("[NaN]", .unexpectedByte(UInt8(ascii: "N")), 1),
        ("[Infinity]", .unexpectedByte(UInt8(ascii: "I")), 1),
        ("[-Infinity]", .invalidNumber, 1),
        ("[01]", .invalidNumber, 1),
        ("[-01.5]", .invalidNumber, 1),
        ("[1.]", .invalidNumber, 1),
        ("[.5]", .unexpectedByte(UInt8(ascii: ".")), 1),
        ("[+1]", .unexpectedByte(UInt8(ascii: "+")), 1),
        ("[1e]", .invalidNumber, 1),
        ("[\"a\tb\"]", .controlCharacter(0x09), 3),
        ("[\"a\nb\"]", .controlCharacter(0x0A), 3),
        (#"["\x"]"#, .invalidEscape, 2),
        (#"["\u12G4"]"#, .invalidEscape, 2),
        (#"["\ud800"]"#, .loneSurrogate, 2),
        (#"["\udc00"]"#, .loneSurrogate, 2),
        (#"["\ud800\u0041"]"#, .loneSurrogate, 2),
        (#"{"a":1,"a":2}"#, .duplicateKey("a"), 7),
        ("{\"a\":1} x", .trailingContent, 8),
        ("[1] [2]", .trailingContent, 4),
        ("", .empty, 0),
        ("  \n ", .empty, 4),
        ("[1", .unexpectedEnd, 2),
        (#"{"a""#, .unexpectedEnd, 4),
        (#"["abc"#, .unexpectedEnd, 5),
        ("[tru]", .unexpectedByte(UInt8(ascii: "]")), 4),
        ("{'a':1}", .unexpectedByte(UInt8(ascii: "'")), 1),
        ("{a:1}", .unexpectedByte(UInt8(ascii: "a")), 1),
        ("[1 2]", .unexpectedByte(UInt8(ascii: "2")), 3),
    ])
    func rejectsMalformedTextAtItsPosition(text: String, kind: JSONSyntaxError.Kind, offset: Int) throws {
        let error = try #require(rejection(text), "\(text) was accepted")
        #expect(error.kind == kind, "\(text)")
        #expect(error.offset == offset, "\(text)")
    }

    @Test(
        arguments: [
            [0x5B, 0x22, 0xFF, 0x22, 0x5D],  // byte that never appears in UTF-8
            [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D],  // overlong "/"
            [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D],  // encoded surrogate U+D800
            [0x5B, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D],  // beyond U+10FFFF
            [0x5B, 0x22, 0xE2, 0x82, 0x22, 0x5D],  // truncated sequence
            [0x5B, 0x22, 0x80, 0x22, 0x5D],  // lone continuation byte
        ] as [[UInt8]]
    )
    func rejectsInvalidUTF8(bytes: [UInt8]) throws {
        let error = try #require(rejection(bytes))
        #expect(error.kind == .invalidUTF8)
        #expect(error.offset == 2)
    }

    @Test func reportsLineAndColumn() throws {
        let error = try #require(rejection("{\n  \"a\": 1,\n  \"b\": tru\n}"))
        #expect(error.line == 3)
        #expect(error.column == 11)
        #expect(error.description.hasPrefix("line 3, column 11 (byte"))
    }

    @Test func countsColumnsInCharacters() throws {
        let error = try #require(rejection("[\"é\", x]"))
        #expect(error.line == 1)
        #expect(error.column == 7)
        #expect(error.offset == 7)
    }

    @Test func rejectsAMillionNestedArraysWithoutCrashing() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        let error = try #require(rejection(bytes))
        #expect(error.kind == .tooDeep(limit: JSONParser.defaultMaxDepth))
        #expect(error.offset == JSONParser.defaultMaxDepth)
    }

    @Test func rejectsAMillionNestedObjectsWithoutCrashing() throws {
        let bytes = Array(String(repeating: #"{"a":"#, count: 1_000_000).utf8)
        let error = try #require(rejection(bytes))
        #expect(error.kind == .tooDeep(limit: JSONParser.defaultMaxDepth))
    }

    @Test func honoursASmallerDepthLimit() throws {
        let error = try #require(rejection("[[[1]]]", maxDepth: 2))
        #expect(error.kind == .tooDeep(limit: 2))
        #expect(error.offset == 2)
    }

    @Test func rejectsDuplicateKeysInLargeObjects() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let error = try #require(rejection("{\(members),\"k17\":0}"))
        #expect(error.kind == .duplicateKey("k17"))
    }

    @Test func rejectsDuplicateKeysInNestedObjects() throws {
        let error = try #require(rejection(#"{"actor":{"mbox":"mailto:a@b.c","mbox":"mailto:d@e.f"}}"#))
        #expect(error.kind == .duplicateKey("mbox"))
        #expect(error.offset == 32)
    }
}

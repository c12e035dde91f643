import Testing
import XAPI

/// Repeated keys: rejected by `parse`, recorded with their paths by `parseRecordingDuplicateKeys`, at
/// every depth (the first levels are read by recursion, deeper ones with an explicit stack) and however
/// the key is written (well-known names are taken from a table, escaped ones are built).
@Suite("JSON parser duplicate keys")
struct JSONParserDuplicateKeyTests {
    /// Depths to wrap a text in: none, a few, and past the levels read by recursion (32).
    static let wrappingDepths = [0, 5, 40, 300]

    /// `text` as the only element of `levels` nested arrays.
    static func wrapped(text: String, levels: Int) -> [UInt8] {
        Array((String(repeating: "[", count: levels) + text + String(repeating: "]", count: levels)).utf8)
    }

    /// The path `pointer` takes inside `levels` nested arrays.
    static func wrapped(pointer: String, levels: Int) -> String {
        String(repeating: "/0", count: levels) + pointer
    }

    static func recording(_ bytes: [UInt8]) throws -> (value: JSONValue, duplicates: [JSONParser.DuplicateKey]) {
        try bytes.withUnsafeBufferPointer {
            try JSONParser(maxDepth: JSONParser.depthCeiling).parseRecordingDuplicateKeys($0)
        }
    }

    @Test(arguments: wrappingDepths)
    func recordsEveryRepeatedKeyWithItsPathAndKeepsTheFirst(levels: Int) throws {
        let text = #"{"a":{"b":1,"b":2},"c":[{"d":1,"d":2}],"a":3}"#
        let (value, duplicates) = try Self.recording(Self.wrapped(text: text, levels: levels))
        #expect(
            duplicates.map(\.path.description)
                == ["/a/b", "/c/0/d", "/a"].map { Self.wrapped(pointer: $0, levels: levels) }
        )
        var inner = value
        for _ in 0..<levels { inner = try #require(inner[0]) }
        #expect(inner == ["a": ["b": 1], "c": [["d": 1]]])
    }

    @Test(arguments: wrappingDepths)
    func recordsNoRepetitionInsideADroppedCopy(levels: Int) throws {
        let text = #"{"a":1,"a":{"b":1,"b":2,"c":[{"d":1,"d":2}]}}"#
        let (_, duplicates) = try Self.recording(Self.wrapped(text: text, levels: levels))
        #expect(duplicates.map(\.path.description) == [Self.wrapped(pointer: "/a", levels: levels)])
    }

    @Test(arguments: wrappingDepths)
    func placesEachRecordedRepetitionAtItsKey(levels: Int) throws {
        let bytes = Self.wrapped(text: #"{"id":1, "id":2}"#, levels: levels)
        let (_, duplicates) = try Self.recording(bytes)
        let position = try #require(duplicates.first?.position)
        #expect(position.kind == .duplicateKey("id"))
        #expect(position.offset == levels + 9)
    }

    @Test(arguments: [
        #"{"\u0069d":1,"id":2}"#, #"{"id":1,"\u0069d":2}"#, #"{"en-US":"a","en\u002dUS":"b"}"#,
        #"{"version":"1","x":0,"version":"2"}"#, #"{"extensions":{},"extensions":{}}"#,
    ])
    func rejectsARepeatedKeyHoweverItIsWritten(text: String) {
        do throws(JSONSyntaxError) {
            _ = try JSONParser().parse(text)
            Issue.record("\(text) was accepted")
        } catch {
            guard case .duplicateKey = error.kind else {
                Issue.record("\(text): \(error)")
                return
            }
        }
    }

    @Test func rejectsARepeatedWellKnownKeyInALargeObject() {
        let others = (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        for text in [#"{"id":1,\#(others),"id":2}"#, #"{\#(others),"id":1,"timestamp":0,"id":2}"#] {
            #expect(throws: JSONSyntaxError.self, "\(text)") { try JSONParser().parse(text) }
        }
    }

    @Test func acceptsKeysThatDifferFromWellKnownNamesByOneByte() throws {
        let keys = [
            "i", "id", "idx", "ids", "Id", "en-us", "en-US", "en-USA", "correctResponsesPatterns", "mbox_sha1sum1",
        ]
        let text = "{" + keys.map { "\"\($0)\":0" }.joined(separator: ",") + "}"
        let value = try JSONParser().parse(text)
        #expect(value.objectValue?.keys == keys)
        #expect(JSONWriter.string(from: value) == text)
    }

    @Test func readsAWellKnownKeyAtTheVeryEndOfTheText() throws {
        // Fewer bytes follow the key than the table's word loads read: the key is read byte by byte.
        for key in ["id", "version", "en-US"] {
            let value = try JSONParser().parse(Array("{\"\(key)\":1}".utf8))
            #expect(value.objectValue?.keys == [key])
            #expect(value.objectValue?.members.first?.key.utf8.elementsEqual(key.utf8) == true)
        }
    }
}

import Testing
import XAPI

@Suite("JSON Pointer")
struct JSONPointerTests {
    @Test func equalsWhenTheRFC6901TextsAreEqual() throws {
        let parsed = try #require(JSONPointer("/a/0"))
        let built = JSONPointer.root.appending("a").appending(0)
        #expect(parsed == built)
        #expect(parsed.hashValue == built.hashValue)
        #expect(Set([parsed, built]).count == 1)
        #expect(JSONPointer("/a/00") != built)
        #expect(JSONPointer("/a~1b") == JSONPointer.root.appending("a/b"))
    }

    @Test func writesTildesAndSlashesEscapedInEveryKindOfKey() {
        let keys: [(key: String, text: String)] = [
            ("plain", "plain"),
            ("https://ent.example.fr/ext~1", "https:~1~1ent.example.fr~1ext~01"),
            ("~/~~//", "~0~1~0~0~1~1"),
            ("élève/~classe", "élève~1~0classe"),
            ("", ""),
            // RFC 6901 escapes code points: a `/` that a combining mark joins into one Character is still one.
            ("a/\u{0338}b", "a~1\u{0338}b"),
            ("~\u{0351}x", "~0\u{0351}x"),
        ]
        for (key, text) in keys {
            #expect(
                JSONPointer.root.appending(0).appending(key).description.utf8.elementsEqual("/0/\(text)".utf8),
                "\(key)"
            )
            #expect(JSONPointer(JSONPointer.root.appending(key).description)?.tokens == [.key(key)], "\(key)")
        }
    }

    @Test func readsSetsAndRemovesValues() throws {
        var document: JSONValue = ["a": ["b": [1, 2]], "c": "d"]
        let pointer = try #require(JSONPointer("/a/b/1"))
        #expect(pointer.value(in: document) == 2)
        try pointer.set(3, in: &document)
        #expect(document == ["a": ["b": [1, 3]], "c": "d"])
        try #require(JSONPointer("/a/b/-")).set(4, in: &document)
        try #require(JSONPointer("/a/e")).set("f", in: &document)
        #expect(document == ["a": ["b": [1, 3, 4], "e": "f"], "c": "d"])
        #expect(try #require(JSONPointer("/c")).remove(from: &document) == "d")
        #expect(try JSONPointer.root.appending("a").appending("b").appending(0).remove(from: &document) == 1)
        #expect(document == ["a": ["b": [3, 4], "e": "f"]])
    }

    @Test func refusesEditsWhoseParentIsMissing() throws {
        var document: JSONValue = ["a": [1]]
        #expect(throws: JSONPointer.EditError.self) { try JSONPointer("/x/y")?.set(1, in: &document) }
        #expect(throws: JSONPointer.EditError.self) { try JSONPointer("/a/5")?.set(1, in: &document) }
        #expect(throws: JSONPointer.EditError.self) { try JSONPointer("/a/0/b")?.set(1, in: &document) }
        #expect(throws: JSONPointer.EditError.self) { try JSONPointer("/b")?.remove(from: &document) }
        #expect(throws: JSONPointer.EditError.self) { try JSONPointer.root.remove(from: &document) }
        #expect(document == ["a": [1]])
    }
}

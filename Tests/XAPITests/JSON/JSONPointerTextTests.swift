import TestSupport
import Testing
import XAPI

/// The RFC 6901 text of a pointer, read and written on code points (UTF-8 bytes), never on `Character`s.
@Suite("JSON Pointer text")
struct JSONPointerTextTests {
    /// The document of RFC 6901 §5.
    static let rfcDocument = """
        {"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\\\j": 5, "k\\"l": 6, " ": 7, "m~n": 8}
        """

    @Test func evaluatesTheExamplesOfRFC6901Section5() throws {
        let document = try JSONParser().parse(Self.rfcDocument)
        let examples: [(text: String, value: JSONValue)] = [
            ("", document), ("/foo", ["bar", "baz"]), ("/foo/0", "bar"), ("/", 0), ("/a~1b", 1), ("/c%d", 2),
            ("/e^f", 3), ("/g|h", 4), ("/i\\j", 5), ("/k\"l", 6), ("/ ", 7), ("/m~0n", 8),
        ]
        for (text, value) in examples {
            let pointer = try #require(JSONPointer(text), "\(text)")
            #expect(pointer.value(in: document) == value, "\(text)")
            #expect(pointer.description == text)
        }
    }

    @Test func splitsAtASlashThatACombiningMarkFollows() {
        // "/\u{0351}" is one Character: read by Characters, the pointer had one token "actor/\u{0351}objectType".
        let pointer = JSONPointer("/actor/\u{0351}objectType")
        #expect(
            pointer?.tokens.map(\.text.utf8).map(Array.init) == [Array("actor".utf8), Array("\u{0351}objectType".utf8)]
        )
        #expect(JSONPointer("/\u{0338}")?.tokens.map(\.text.unicodeScalars.count) == [1])
        #expect(JSONPointer("/a~1\u{0338}b") == JSONPointer.root.appending("a/\u{0338}b"))
    }

    @Test func escapesATildeOrSlashThatACombiningMarkFollows() {
        #expect(
            JSONPointer.root.appending("a/\u{0338}b").description.unicodeScalars.elementsEqual(
                "/a~1\u{0338}b".unicodeScalars
            )
        )
        #expect(
            JSONPointer.root.appending("~\u{0351}").description.unicodeScalars.elementsEqual(
                "/~0\u{0351}".unicodeScalars
            )
        )
        #expect(
            JSONPointer.root.appending("\u{0351}").appending("x").description.unicodeScalars.elementsEqual(
                "/\u{0351}/x".unicodeScalars
            )
        )
    }

    @Test func decodesTildeZeroOneAsTildeOne() {
        // RFC 6901 §4: `~1` is decoded before `~0`, so `~01` is `~1`, not `/`.
        #expect(JSONPointer("/~01")?.tokens == [.key("~1")])
        #expect(JSONPointer("/~10")?.tokens == [.key("/0")])
        #expect(JSONPointer.root.appending("~1").description == "/~01")
        #expect(JSONPointer.root.appending("/0").description == "/~10")
    }

    @Test func keepsEmptyTokens() {
        #expect(JSONPointer("/")?.tokens == [.key("")])
        #expect(JSONPointer("//")?.tokens == [.key(""), .key("")])
        #expect(JSONPointer("/a//b/")?.tokens == [.key("a"), .key(""), .key("b"), .key("")])
        #expect(JSONPointer.root.appending("").appending("").description == "//")
        #expect(JSONPointer("") == .root)
        #expect(JSONPointer("/") != .root)
    }

    @Test func refusesTextThatIsNotRFC6901() {
        // RFC 6901 §3: a pointer is empty or starts with `/`; `~` is only `~0` or `~1`.
        for text in ["a", "a/b", "\u{0338}/a", "/~", "/a~", "/~2", "/~/", "/a~b", "/~\u{0351}"] {
            #expect(JSONPointer(text) == nil, "\(text.debugDescription)")
        }
    }

    /// Pointers of random keys and indices, the keys drawn from `/`, `~`, `0`, `1`, combining marks and other
    /// characters that join: each one's text reads back as the same pointer, token by token, byte for byte.
    @Test func readsBackEveryPointerItWrites() throws {
        let pieces: [String] = [
            "/", "~", "0", "1", "~0", "~1", "~01", "a", "é", "e\u{0301}", "\u{0338}", "\u{0351}", "\u{0301}",
            "\u{200D}", "\u{1F1EB}", "\u{1F469}", "\r", "\n", " ", "%", "\\", "\"", "\u{FE0F}",
        ]
        var random = SplitMix64(seed: 6901)
        for round in 0..<2_000 {
            var pointer = JSONPointer.root
            for _ in 0..<random.within(0...5) {
                if random.chance(1, in: 5) {
                    pointer = pointer.appending(random.below(1_000))
                } else {
                    pointer = pointer.appending(
                        (0..<random.within(0...6)).map { _ in random.element(of: pieces) }.joined()
                    )
                }
            }
            let text = pointer.description
            let read = try #require(JSONPointer(text), "round \(round): \(text.debugDescription)")
            #expect(read == pointer, "round \(round): \(text.debugDescription)")
            #expect(
                read.tokens.map { Array($0.text.utf8) } == pointer.tokens.map { Array($0.text.utf8) },
                "round \(round): \(text.debugDescription)"
            )
            #expect(read.description.utf8.elementsEqual(text.utf8), "round \(round): \(text.debugDescription)")
            #expect(Self.escapesEveryTilde(text), "round \(round): \(text.debugDescription)")
        }
    }

    /// Whether every `~` of `text` is followed by `0` or `1`, code point by code point.
    private static func escapesEveryTilde(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.allSatisfy { index in
            scalars[index] != "~"
                || (index + 1 < scalars.count && (scalars[index + 1] == "0" || scalars[index + 1] == "1"))
        }
    }
}

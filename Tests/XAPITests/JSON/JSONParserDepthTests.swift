import Testing
import XAPI

/// The first levels of a text are read by recursion and deeper ones with an explicit stack: the two
/// must build the same values and reject the same mistakes at the same places.
@Suite("JSON parser at every depth")
struct JSONParserDepthTests {
    /// Depths to wrap a text in: the levels read by recursion (32) and around them, and far past them.
    static let depths = [1, 30, 31, 32, 33, 100, 1_000]

    /// Parses texts up to the deepest depth above and the levels of the texts wrapped.
    static let parser = JSONParser(maxDepth: JSONParser.depthCeiling)

    static func wrapped(_ text: String, levels: Int, in shape: (open: String, close: String)) -> String {
        String(repeating: shape.open, count: levels) + text + String(repeating: shape.close, count: levels)
    }

    /// One level each: an array, an object, and an object with members on both sides of the nested one.
    static let shapes: [(open: String, close: String)] = [
        ("[", "]"), (#"{"a":"#, "}"), (#"{"x":0,"a":"#, #","z":true}"#),
    ]

    @Test(arguments: depths)
    func buildsTheSameValueAtEveryDepth(levels: Int) throws {
        let text = #"{"id":"x","actor":{"mbox":"mailto:a@b.c"},"list":[1,-2.50,"é\n",true,null,{},[]],"e":{}}"#
        let value = try Self.parser.parse(text)
        for shape in Self.shapes {
            let nested = Self.wrapped(text, levels: levels, in: shape)
            let parsed = try Self.parser.parse(nested)
            #expect(JSONWriter.string(from: parsed) == nested, "shape \(shape.open) at depth \(levels)")
            var inner = parsed
            for _ in 0..<levels { inner = try #require(inner[0] ?? inner["a"]) }
            #expect(inner == value, "shape \(shape.open) at depth \(levels)")
        }
    }

    /// Malformed containers, each a mistake the reader must place exactly.
    static let malformed = [
        "[1,]", #"{"a":1,}"#, "[1 2]", #"{"a" 1}"#, #"{"a":1 "b":2}"#, "{a:1}", "[,]", "[1,,2]", #"{"a":1,"a":2}"#,
        #"{"a":}"#, "[1:2]", #"{"a",1}"#, "{,}", #"{"a":1]"#, #"[1}"#, #"{"a":[1,]}"#, #"["\ud800"]"#, "[01]", "[tru]",
        #"{"a":1,"b":{"c":2,"c":3}}"#,
    ]

    @Test(arguments: depths)
    func rejectsEachMistakeAtTheSamePlaceAtEveryDepth(levels: Int) throws {
        for text in Self.malformed {
            let shallow = try #require(Self.rejection(text), "\(text) was accepted")
            let nested = Self.wrapped(text, levels: levels, in: ("[", "]"))
            let deep = try #require(Self.rejection(nested), "\(nested) was accepted")
            #expect(deep.kind == shallow.kind, "\(text) at depth \(levels)")
            #expect(deep.offset == shallow.offset + levels, "\(text) at depth \(levels)")
        }
    }

    @Test(arguments: depths)
    func rejectsATextThatStopsInsideAtEveryDepth(levels: Int) throws {
        for text in ["[1", #"{"a""#, #"{"a":"#, "[", "{", #"{"a":1,"#, "[1,"] {
            let nested = String(repeating: "[", count: levels) + text
            let error = try #require(Self.rejection(nested), "\(nested) was accepted")
            #expect(error.kind == .unexpectedEnd, "\(text) at depth \(levels)")
            #expect(error.offset == nested.utf8.count, "\(text) at depth \(levels)")
        }
    }

    @Test(arguments: [1, 31, 32, 33, 100])
    func stopsAtTheLimitWhereverItLies(limit: Int) throws {
        let parser = JSONParser(maxDepth: limit)
        for shape in Self.shapes {
            #expect(throws: Never.self) { try parser.parse(Self.wrapped("0", levels: limit, in: shape)) }
            do throws(JSONSyntaxError) {
                _ = try parser.parse(Self.wrapped("0", levels: limit + 1, in: shape))
                Issue.record("\(limit + 1) levels parsed with a limit of \(limit)")
            } catch {
                #expect(error.kind == .tooDeep(limit: limit))
            }
        }
    }

    static func rejection(_ text: String) -> JSONSyntaxError? {
        do throws(JSONSyntaxError) {
            _ = try parser.parse(text)
            return nil
        } catch {
            return error
        }
    }
}

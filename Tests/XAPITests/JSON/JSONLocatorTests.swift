import Testing
import XAPI

@Suite("Locating values in JSON text")
struct JSONLocatorTests {
    static let text = """
        {
          "actor": {"name": "A \\"quoted\\" [name]", "mbox": "x"},
          "a\\u00e9": [1, {"b": [true, null]}, "z"]
        }
        """

    func position(_ pointer: String) throws -> TextPosition? {
        let bytes = Array(Self.text.utf8)
        let pointer = try #require(JSONPointer(pointer))
        return bytes.withUnsafeBufferPointer { JSONLocator.position(of: pointer, in: $0) }
    }

    @Test func findsMembersAndElementsPastStringsThatLookLikeStructure() throws {
        #expect(try position("/actor/mbox") == TextPosition(line: 2, column: 52))
        #expect(try position("/aé/1/b/1") == TextPosition(line: 3, column: 31))
        #expect(try position("/aé/2") == TextPosition(line: 3, column: 39))
        #expect(try position("") == TextPosition(line: 1, column: 1))
    }

    @Test func givesNothingForValuesThatAreNotThere() throws {
        #expect(try position("/actor/openid") == nil)
        #expect(try position("/aé/3") == nil)
        #expect(try position("/actor/name/0") == nil)
    }

    @Test func neverCrashesOnTextThatIsNotJSON() {
        for text in ["", "{", "{\"a\"", "[1,", "{\"a\":\"\\u12", "]]]", "{\"a\":[1,2"] {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBufferPointer {
                JSONLocator.offset(of: JSONPointer.root.appending("a").appending(1), in: $0)
            }
        }
    }
}

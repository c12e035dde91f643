import Testing
import XAPI
import XAPIValidation

/// The JSONPath subset of Profiles §8.1.
@Suite("JSONPath subset")
struct JSONPathTests {
    private let statement: JSONValue = [
        "verb": ["id": "http://adlnet.gov/expapi/verbs/answered"],
        "context": [
            "contextActivities": [
                "grouping": [["id": "https://example.org/a"], ["id": "https://example.org/b"]]
            ],
            "extensions": ["https://example.org/ext/level": "2111", "https://example.org/ext/uai": "0750654D"],
        ],
        "result": ["score": ["raw": 3, "max": 5], "response": "b"],
    ]

    @Test func followsChildNamesFromTheRoot() throws {
        #expect(try JSONPath("$.verb.id").values(in: statement) == ["http://adlnet.gov/expapi/verbs/answered"])
    }

    @Test func acceptsAPathWithoutTheLeadingDollar() throws {
        #expect(try JSONPath("result.response").values(in: statement) == ["b"])
    }

    @Test func readsIRIsAsBracketedKeys() throws {
        let path = try JSONPath("$.context.extensions['https://example.org/ext/level']")
        #expect(path.values(in: statement) == ["2111"])
        #expect(
            try JSONPath(#"$.context.extensions["https://example.org/ext/uai"]"#).values(in: statement) == ["0750654D"]
        )
    }

    @Test func selectsElementsByIndex() throws {
        let path = try JSONPath("$.context.contextActivities.grouping[1].id")
        #expect(path.values(in: statement) == ["https://example.org/b"])
        #expect(try JSONPath("$.context.contextActivities.grouping[7].id").values(in: statement).isEmpty)
    }

    @Test func wildcardsSelectEveryElementAndMember() throws {
        #expect(
            try JSONPath("$.context.contextActivities.grouping[*].id").values(in: statement) == [
                "https://example.org/a", "https://example.org/b",
            ]
        )
        #expect(try JSONPath("$.result.score.*").values(in: statement) == [3, 5])
    }

    @Test func unionsSelectSeveralKeysOrIndices() throws {
        #expect(try JSONPath("$.result.score['max','raw']").values(in: statement) == [5, 3])
        #expect(try JSONPath("$.context.contextActivities.grouping[1, 0].id").values(in: statement).count == 2)
    }

    @Test func pipesJoinTheValuesOfWholePaths() throws {
        #expect(try JSONPath("$.result.response | $.verb.id").values(in: statement).count == 2)
    }

    @Test func locatesEachValueWithItsPointer() throws {
        let located = try JSONPath("$.context.extensions['https://example.org/ext/level']").locatedValues(in: statement)
        #expect(located.map(\.pointer) == [JSONPointer("/context/extensions/https:~1~1example.org~1ext~1level")])
    }

    @Test(arguments: [
        "", "$.", "$..id", "$.result[?(@.raw)]", "$.result[0:2]", "$.a[-1]", "$['open", "$.a |", "$.a[", "$.a b",
        "$[1,]",
    ])
    func refusesWhatIsOutsideTheSubset(_ text: String) {
        #expect(throws: JSONPathError.self) { try JSONPath(text) }
    }
}

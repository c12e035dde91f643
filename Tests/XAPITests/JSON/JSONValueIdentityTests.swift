import Testing
import XAPI

/// `isIdentical(to:)` is the exact comparison the round-trip tests use: what `==` forgives, it does not.
@Suite("JSON value identity")
struct JSONValueIdentityTests {
    static func parse(_ text: String) throws -> JSONValue {
        try JSONParser().parse(text)
    }

    @Test(arguments: [
        #"{"a":1,"b":[true,null,"x"]}"#, "[]", "{}", #""é""#, "-0.50e+3", #"{"k":{"k":{"k":[[],{}]}}}"#,
    ])
    func aValueIsIdenticalToItsOwnParse(text: String) throws {
        #expect(try Self.parse(text).isIdentical(to: Self.parse(text)))
    }

    @Test(arguments: [
        ("[1.0]", "[1]"), ("[1e2]", "[100]"), ("[-0]", "[0]"),
        (#"{"a":1,"b":2}"#, #"{"b":2,"a":1}"#),
        ("[\"\u{E9}\"]", "[\"e\u{301}\"]"), ("{\"\u{E9}\":1}", "{\"e\u{301}\":1}"),
    ])
    func valuesEqualInMeaningButWrittenDifferentlyAreNotIdentical(left: String, right: String) throws {
        let lhs = try Self.parse(left)
        let rhs = try Self.parse(right)
        #expect(!lhs.isIdentical(to: rhs))
        #expect(!rhs.isIdentical(to: lhs))
    }

    @Test(arguments: [
        ("[1]", "[1,2]"), ("[1]", #"["1"]"#), ("null", "false"), (#"{"a":1}"#, #"{"a":1,"b":1}"#),
        (#"{"a":[1]}"#, #"{"a":[2]}"#), (#"{"a":1}"#, #"{"A":1}"#),
    ])
    func differentValuesAreNotIdentical(left: String, right: String) throws {
        #expect(try !Self.parse(left).isIdentical(to: Self.parse(right)))
    }
}

@Suite("JSON value identity without member order")
struct JSONValueIdentityWithoutOrderTests {
    @Test(arguments: [
        (#"{"a":1,"b":2}"#, #"{"b":2,"a":1}"#),
        (#"{"a":{"x":[1,{"p":0,"q":1}],"y":null}}"#, #"{"a":{"y":null,"x":[1,{"q":1,"p":0}]}}"#),
    ])
    func membersMayComeInAnotherOrder(left: String, right: String) throws {
        let lhs = try JSONValueIdentityTests.parse(left)
        let rhs = try JSONValueIdentityTests.parse(right)
        #expect(lhs.isIdentical(to: rhs, comparingMemberOrder: false))
        #expect(!lhs.isIdentical(to: rhs))
    }

    @Test(arguments: [
        (#"{"a":1.0,"b":2}"#, #"{"b":2,"a":1}"#), (#"{"a":[1,2]}"#, #"{"a":[2,1]}"#), (#"{"a":1}"#, #"{"b":1}"#),
        (#"{"a":1,"b":2}"#, #"{"a":1}"#), ("{\"k\":\"\u{E9}\"}", "{\"k\":\"e\u{301}\"}"),
    ])
    func everythingElseIsStillComparedExactly(left: String, right: String) throws {
        let lhs = try JSONValueIdentityTests.parse(left)
        #expect(try !lhs.isIdentical(to: JSONValueIdentityTests.parse(right), comparingMemberOrder: false))
    }
}

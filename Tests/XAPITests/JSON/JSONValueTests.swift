import Foundation
import Testing
import XAPI

@Suite("JSON values")
struct JSONValueTests {
    @Test func comparesNumbersByValue() {
        #expect(JSONNumber(lexeme: "1")! == JSONNumber(lexeme: "1.0")!)
        #expect(JSONNumber(lexeme: "100")! == JSONNumber(lexeme: "1e2")!)
        #expect(JSONNumber(lexeme: "0.5")! == JSONNumber(lexeme: "5E-1")!)
        #expect(JSONNumber(lexeme: "-0")! == JSONNumber(lexeme: "0")!)
        #expect(JSONNumber(lexeme: "0.1")! != JSONNumber(lexeme: "0.10000000000000001")!)
        #expect(Set([JSONNumber(lexeme: "2")!, JSONNumber(lexeme: "2.00")!]).count == 1)
    }

    @Test func ordersNumbersExactly() {
        let ordered = ["-1e3", "-2", "-0.5", "0", "1e-9", "0.1", "1", "1.5", "10", "1e20"].map {
            JSONNumber(lexeme: $0)!
        }
        #expect(ordered.shuffled().sorted() == ordered)
    }

    @Test func rejectsLexemesOutsideTheGrammar() {
        for lexeme in ["", "01", "1.", ".1", "+1", "1e", "NaN", "Infinity", "1 ", "0x10", "--1"] {
            #expect(JSONNumber(lexeme: lexeme) == nil, "\(lexeme)")
        }
    }

    @Test func convertsNumbers() {
        #expect(JSONNumber(lexeme: "1.0e2")?.int64Value == 100)
        #expect(JSONNumber(lexeme: "1.5")?.int64Value == nil)
        #expect(JSONNumber(lexeme: "1e30")?.int64Value == nil)
        #expect(JSONNumber(lexeme: "-42")?.int64Value == -42)
        #expect(JSONNumber(lexeme: "0.950")?.doubleValue == 0.95)
        #expect(JSONNumber(lexeme: "2.000")?.isInteger == true)
        #expect(JSONNumber(Double(0.1))?.lexeme == "0.1")
        #expect(JSONNumber(Double.nan) == nil)
    }

    @Test func comparesObjectsWithoutRegardToOrder() throws {
        let a = try JSONParser().parse(#"{"x":1,"y":{"p":[1,2],"q":true}}"#)
        let b = try JSONParser().parse(#"{"y":{"q":true,"p":[1,2]},"x":1.0}"#)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != (try JSONParser().parse(#"{"x":1,"y":{"p":[2,1],"q":true}}"#)))
    }

    @Test func editsObjectsInPlace() {
        var object: JSONObject = ["a": 1, "b": 2]
        object["a"] = "one"
        object["c"] = 3
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object["a"] == "one")
        #expect(object.removeValue(forKey: "c") == 3)
        #expect(object.count == 1)
    }

    @Test func navigatesWithJSONPointers() throws {
        let document = try JSONParser().parse(#"{"a/b":{"~c":[10,20]},"list":[{"k":"v"}]}"#)
        let pointer = JSONPointer.root.appending("a/b").appending("~c").appending(1)
        #expect(pointer.description == "/a~1b/~0c/1")
        #expect(pointer.value(in: document) == 20)
        #expect(JSONPointer("/a~1b/~0c/0")?.value(in: document) == 10)
        #expect(JSONPointer("/list/0/k")?.value(in: document) == "v")
        #expect(JSONPointer("/list/1") == nil || JSONPointer("/list/1")?.value(in: document) == nil)
        #expect(JSONPointer("no-slash") == nil)
        #expect(JSONPointer.root.description == "")
    }

    @Test func roundTripsThroughFoundationCodable() throws {
        let value = try JSONParser().parse(
            #"{"n":0.950,"i":12,"big":12345678901234567890,"s":"é","a":[null,false],"o":{}}"#
        )
        let data = try JSONEncoder().encode(value)
        let decoded = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(decoded == value)
        #expect(try JSONParser().parse(data) == value)
    }
}

@Suite("JSON fingerprints and number hashing")
struct JSONFingerprintTests {
    @Test(arguments: [
        ("1", "1.0"), ("100", "1e2"), ("0.5", "5E-1"), ("-0", "0.000"), ("12.3400", "1234e-2"), ("10", "10.0e0"),
        ("-2.50", "-25e-1"),
    ])
    func equalNumbersHashAlike(lhs: String, rhs: String) throws {
        let a = try #require(JSONNumber(lexeme: lhs))
        let b = try #require(JSONNumber(lexeme: rhs))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(JSONValue.number(a).fingerprint == JSONValue.number(b).fingerprint)
    }

    @Test func differentNumbersFingerprintDifferently() throws {
        let numbers = ["1", "10", "0.1", "-1", "1e3", "1001", "0"].map { JSONValue.number(JSONNumber(lexeme: $0)!) }
        #expect(Set(numbers.map(\.fingerprint)).count == numbers.count)
    }

    @Test func ignoresMemberOrderButNotContent() throws {
        let a = try JSONParser().parse(#"{"a":[1,"x"],"b":{"c":true,"d":null}}"#)
        let b = try JSONParser().parse(#"{"b":{"d":null,"c":true},"a":[1.0,"x"]}"#)
        let c = try JSONParser().parse(#"{"a":["x",1],"b":{"c":true,"d":null}}"#)
        let d = try JSONParser().parse(#"{"a":[1,"x"],"b":{"c":true,"d":null,"e":1}}"#)
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.fingerprint != c.fingerprint)
        #expect(a.fingerprint != d.fingerprint)
        #expect(JSONValue.array(["ab", "c"]).fingerprint != JSONValue.array(["a", "bc"]).fingerprint)
    }
}

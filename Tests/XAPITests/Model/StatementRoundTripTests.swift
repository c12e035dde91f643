import Foundation
import TestSupport
import Testing
import XAPI

/// Every statement of the conformance corpus that an LRS must accept converts to a ``Statement``
/// and back to the JSON value it came from, written alike (member order, number lexemes, string bytes),
/// through the JSON core; through Codable, which cannot keep member order or number spelling, to an
/// equal value.
@Suite("Statement round trips over the conformance corpus")
struct StatementRoundTripTests {
    /// Spec examples that are not xAPI 1.0 statements and must be rejected, with the path of the
    /// first offending value and why.
    static let expectedRejections: [String: (path: String, why: String)] = [
        "communication-L1950-example": (
            path: "/actor/objectType",
            why: "an xAPI 0.9 statement (objectType \"Person\", arrays of names, a string verb, inProgress) "
                + "shown by the 1.0.3 text as the input of its 0.9-to-1.0 conversion example"
        )
    ]

    /// Spec examples that show a statement's object alone: decoded as what they are.
    static let objectExamples: [String: String] = [
        "data-L2388-object-is-statement": "a SubStatement shown alone (section \"Object is Statement\")"
    ]

    @Test(
        "every valid statement of the ADL suite round-trips",
        ConformanceCorpus.required(by: "Statement round trips over the conformance corpus"),
        arguments: ConformanceCorpus.suiteVersions
    )
    func roundTripsEveryValidSuiteStatement(version: String) throws {
        var count = 0
        var batches = 0
        let cases = try ConformanceCorpus.suiteCases(version: version)
        let validCases = cases.filter(\.expectedValid)
        for suiteCase in validCases {
            guard suiteCase.isBatch else {
                Self.checkRoundTrip(suiteCase.statement, label: suiteCase.name)
                count += 1
                continue
            }
            guard let statements = suiteCase.statement.arrayValue else {
                Issue.record("\(suiteCase.name): a batch case whose body is not an array")
                continue
            }
            batches += 1
            for (index, statement) in statements.enumerated() {
                Self.checkRoundTrip(statement, label: "\(suiteCase.name)[\(index)]")
                count += 1
            }
        }
        print("round-tripped \(count) statements of the \(version) suite (\(batches) batches), JSON core and Codable")
        // Every valid case was taken, and every statement of each.
        #expect(validCases.count == ConformanceCorpus.documentedCaseCounts[version]?.valid)
        #expect(count == validCases.map(\.statements.count).reduce(0, +))
        #expect(count >= validCases.count)
    }

    @Test(
        "every statement example of the specification round-trips or is rejected for a stated reason",
        ConformanceCorpus.required(by: "Statement round trips over the conformance corpus")
    )
    func roundTripsSpecExampleStatements() throws {
        var count = 0
        var rejected = 0
        let examples = try ConformanceCorpus.specExampleStatements()
        for example in examples {
            let value = try JSONParser().parse(example.bytes)
            if let expected = Self.expectedRejections[example.name] {
                let error = ModelFixtures.decodingError(Statement.self, from: value)
                #expect(
                    error?.path.description == expected.path,
                    "\(example.name) must be rejected at \(expected.path)"
                )
                print(
                    "rejected \(example.name) as expected: \(expected.why); \(error.map(String.init(describing:)) ?? "")"
                )
                rejected += 1
            } else if Self.objectExamples[example.name] != nil {
                #expect(ModelFixtures.decodingError(Statement.self, from: value) != nil)
                expectIdentical(
                    try ModelFixtures.roundTrip(StatementObject.self, value),
                    value,
                    memberOrder: .free,
                    "\(example.name)"
                )
                count += 1
            } else if let statements = value["statements"]?.arrayValue {
                // A StatementResult: its statements one by one.
                for (index, statement) in statements.enumerated() {
                    Self.checkRoundTrip(statement, label: "\(example.name)/statements/\(index)")
                    count += 1
                }
            } else {
                Self.checkRoundTrip(value, label: example.name)
                count += 1
            }
        }
        print(
            "round-tripped \(count) spec example statements; rejected as expected: "
                + Self.expectedRejections.keys.sorted().joined(separator: ", ")
        )
        // Every example was either converted or rejected for its stated reason.
        #expect(rejected == Self.expectedRejections.count)
        #expect(count >= examples.count - rejected)
    }

    @Test(
        "the specification's object, agent and interaction fragments round-trip",
        ConformanceCorpus.required(by: "Statement round trips over the conformance corpus")
    )
    func roundTripsSpecExampleFragments() throws {
        var count = 0
        for example in try ConformanceCorpus.specExampleFragments() {
            let value = try JSONParser().parse(example.bytes)
            let keys = Set(value.objectValue?.keys ?? [])
            let converted: JSONValue
            if keys == ["definition"], let definition = value["definition"] {
                // The ten cmi.interaction examples: an Activity shown by its definition only.
                converted = ["definition": try ModelFixtures.roundTrip(ActivityDefinition.self, definition)]
            } else if keys == ["authority"], let authority = value["authority"] {
                converted = ["authority": try ModelFixtures.roundTrip(Statement.Actor.self, authority)]
            } else if keys.isSubset(of: ["parent", "grouping", "category", "other"]), !keys.isEmpty {
                converted = try ModelFixtures.roundTrip(ContextActivities.self, value)
            } else if keys.contains("objectType") {
                converted = try ModelFixtures.roundTrip(StatementObject.self, value)
            } else if keys == ["id", "display"] {
                converted = try ModelFixtures.roundTrip(Verb.self, value)
            } else {
                continue  // JSON-procedure samples, a JWS header, a bare correctResponsesPattern: not models
            }
            expectIdentical(converted, value, memberOrder: .free, "\(example.name)")
            count += 1
        }
        print("round-tripped \(count) spec example fragments")
        #expect(count >= 16)
    }

    /// Expects `value` to decode and encode back equal, through ``Statement/init(json:path:)`` and through Codable.
    static func checkRoundTrip(_ value: JSONValue, label: String) {
        do {
            let statement = try Statement(json: value)
            expectIdentical(statement.json, value, memberOrder: .free, "\(label): JSON core round trip")

            let decoded = try JSONDecoder().decode(Statement.self, from: Data(JSONWriter.bytes(from: value)))
            let encoded = try JSONParser().parse(try JSONEncoder().encode(decoded))
            // JSONDecoder does not report member order and JSONEncoder spells numbers its own way: by meaning.
            #expect(encoded == value, "\(label): Codable round trip gives \(encoded)")
            #expect(decoded == statement, "\(label): Codable and JSON core decode differently")
        } catch {
            Issue.record("\(label): \(error)")
        }
    }
}

import XAPI
import XAPIPseudonymization

/// Shared values of the pseudonymization tests: the design's worked example and a seeded generator.
enum Fixtures {
    /// The worked example's master key: the 32 bytes 00 01 02 … 1f.
    static let keyBytes: [UInt8] = Array(0..<32)
    /// The worked example's scope.
    static let scopeText = "acme/maths-5e/research/2026"
    /// The base of pseudonymous home pages used throughout.
    static let base = "https://pseudonyms.acme.example"
    /// The key id used throughout.
    static let keyID = "2026a"

    static func key(_ bytes: [UInt8] = keyBytes, id: String = keyID) throws -> PseudonymizationKey {
        try PseudonymizationKey(bytes: bytes, id: id)
    }

    static func pseudonymizer(
        key bytes: [UInt8] = keyBytes,
        keyID: String = keyID,
        scope: String = scopeText,
        policy: PseudonymizationPolicy = PseudonymizationPolicy()
    ) throws -> Pseudonymizer {
        try Pseudonymizer(key: key(bytes, id: keyID), scope: Scope(scope), homePageBase: base, policy: policy)
    }

    /// The pseudonymous account's home page for the default key and scope.
    static var homePage: String { "\(base)/\(scopeText)/k\(keyID)" }

    /// A statement around one actor.
    static func statement(actor: JSONValue) -> JSONValue {
        [
            "id": "6fbd600f-d17c-4c74-801a-2ec2e53231f7",
            "actor": actor,
            "verb": ["id": "http://adlnet.gov/expapi/verbs/completed"],
            "object": ["id": "https://acme.example/activities/fractions-1"],
            "timestamp": "2026-03-05T10:42:17.123Z",
        ]
    }

    /// The account name of the actor of a pseudonymized statement.
    static func actorName(_ statement: JSONValue) -> String? {
        statement["actor"]?["account"]?["name"]?.stringValue
    }
}

import Digest
import Foundation
import Testing
import XAPI
import XAPIPseudonymization

@Suite("Policy")
struct PolicyTests {
    func pseudonymize(
        _ statement: JSONValue,
        _ policy: PseudonymizationPolicy = PseudonymizationPolicy()
    ) throws -> JSONValue {
        try Fixtures.pseudonymizer(policy: policy).pseudonymize(statement)
    }

    func statement(setting pointer: String, to value: JSONValue) throws -> JSONValue {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try JSONPointer(pointer)?.set(value, in: &statement)
        return statement
    }

    func question(_ interactionType: String, response: String) -> JSONValue {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try? JSONPointer("/object")?.set(
            ["id": "https://acme.example/q", "definition": ["interactionType": .string(interactionType)]],
            in: &statement
        )
        try? JSONPointer("/result")?.set(["response": .string(response)], in: &statement)
        return statement
    }

    @Test func keepsResponsesOfFixedChoiceInteractions() throws {
        for type in ["choice", "true-false", "matching", "sequencing", "likert", "numeric"] {
            #expect(try pseudonymize(question(type, response: "a[,]b"))["result"]?["response"] == "a[,]b", "\(type)")
        }
    }

    @Test func dropsFreeTextResponsesByDefault() throws {
        for type in ["fill-in", "long-fill-in", "other", "performance"] {
            #expect(try pseudonymize(question(type, response: "Je m'appelle Ada"))["result"]?["response"] == nil)
        }
        let plain = try statement(setting: "/result", to: ["response": "Je m'appelle Ada"])
        #expect(try pseudonymize(plain)["result"]?["response"] == nil)
    }

    @Test func keepsFreeTextResponsesWhenThePolicySays() throws {
        let policy = PseudonymizationPolicy(freeTextResponses: .keep)
        #expect(try pseudonymize(question("fill-in", response: "42 m"), policy)["result"]?["response"] == "42 m")
    }

    @Test func keepsOnlyAllowlistedExtensions() throws {
        let extensions: JSONValue = [
            "https://edutraces.org/xapi/extensions/school-uai": "0750654D",
            "https://edutraces.org/xapi/extensions/level": "2112",
            "https://w3id.org/xapi/cmi5/context/extensions/sessionid": "s-1",
            "http://id.tincanapi.com/extension/ip-address": "192.0.2.1",
        ]
        let output = try pseudonymize(try statement(setting: "/context", to: ["extensions": extensions]))
        #expect(
            output["context"]?["extensions"]?.objectValue?.keys.sorted() == [
                "https://edutraces.org/xapi/extensions/level", "https://edutraces.org/xapi/extensions/school-uai",
                "https://w3id.org/xapi/cmi5/context/extensions/sessionid",
            ]
        )
    }

    @Test func removesExtensionsObjectsLeftEmpty() throws {
        let input = try statement(setting: "/result", to: ["success": true, "extensions": ["https://x.example/e": 1]])
        #expect(try pseudonymize(input)["result"] == ["success": true])
    }

    @Test func filtersExtensionsOfActivityDefinitions() throws {
        let activity: JSONValue = [
            "id": "https://acme.example/a",
            "definition": [
                "extensions": [
                    "https://x.example/author": "Mme Martin", "https://edutraces.org/xapi/extensions/subject": "061300",
                ]
            ],
        ]
        let input = try statement(setting: "/context", to: ["contextActivities": ["parent": [activity]]])
        let output = try pseudonymize(input)
        #expect(
            output["context"]?["contextActivities"]?["parent"]?[0]?["definition"]?["extensions"]
                == ["https://edutraces.org/xapi/extensions/subject": "061300"]
        )
    }

    @Test func dropsAttachmentsUnlessAllowed() throws {
        let attachment: JSONValue = [
            "usageType": "http://id.tincanapi.com/attachment/supporting_media", "display": ["fr": "copie"],
            "contentType": "text/plain", "length": 1,
            "sha2": "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
        ]
        let input = try statement(setting: "/attachments", to: [attachment])
        #expect(try pseudonymize(input)["attachments"] == nil)
        #expect(try pseudonymize(input, PseudonymizationPolicy(keepsAttachments: true))["attachments"] == [attachment])
    }

    @Test func writesTimestampsInUTC() throws {
        let input = try statement(setting: "/timestamp", to: "2026-03-05T11:42:17.5+01:00")
        #expect(try pseudonymize(input)["timestamp"] == "2026-03-05T10:42:17.500Z")
    }

    @Test func truncatesTimestampsAsThePolicySays() throws {
        let input = try statement(setting: "/timestamp", to: "2026-03-05T00:42:17.123+01:00")
        let expected: [(PseudonymizationPolicy.TimestampTruncation, String)] = [
            (.minute, "2026-03-04T23:42:00.000Z"), (.hour, "2026-03-04T23:00:00.000Z"),
            (.day, "2026-03-04T00:00:00.000Z"),
        ]
        for (truncation, text) in expected {
            let output = try pseudonymize(input, PseudonymizationPolicy(timestampTruncation: truncation))
            #expect(output["timestamp"] == .string(text))
        }
    }

    @Test func dropsStoredAndAuthority() throws {
        var input = try statement(setting: "/stored", to: "2026-03-05T10:43:00.000Z")
        try JSONPointer("/authority")?.set(["mbox": "mailto:lrs@acme.example"], in: &input)
        let output = try pseudonymize(input)
        #expect(output["stored"] == nil && output["authority"] == nil)
    }

    @Test func replacesAuthorityWithTheConfiguredAgent() throws {
        let vendor: JSONValue = [
            "objectType": "Agent", "account": ["homePage": "https://acme.example", "name": "export"],
        ]
        let input = try statement(setting: "/authority", to: ["mbox": "mailto:lrs@acme.example"])
        #expect(try pseudonymize(input, PseudonymizationPolicy(authority: .replace(vendor)))["authority"] == vendor)
    }

    @Test func keepsIdentifiersByDefault() throws {
        let input = try statement(setting: "/context", to: ["registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7"])
        let output = try pseudonymize(input)
        #expect(output["id"] == input["id"])
        #expect(output["context"]?["registration"] == input["context"]?["registration"])
    }

    @Test func remapsIdentifiersAndReferencesConsistently() throws {
        let policy = PseudonymizationPolicy(remapsIdentifiers: true)
        let first = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        let reference = try statement(setting: "/object", to: ["objectType": "StatementRef", "id": first["id"] ?? nil])
        let remappedID = try pseudonymize(first, policy)["id"]
        let remappedReference = try pseudonymize(reference, policy)["object"]?["id"]
        #expect(remappedID != first["id"])
        #expect(remappedReference == remappedID)
        let id = try StatementID(remappedID?.stringValue ?? "")
        #expect(id.canonicalText.dropFirst(14).first == "8")
    }

    @Test func remappedIdentifierIsTheKeyedHashOfTheDesign() throws {
        let policy = PseudonymizationPolicy(remapsIdentifiers: true)
        let input = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        let remapped = try pseudonymize(input, policy)["id"]?.stringValue
        // The design: HMAC(K_scope, encode(["uuid/v1", canonical id]))[0..<16], version 8, RFC 9562 variant.
        let scopeKey = ReferencePseudonym.scopeKey(master: Fixtures.keyBytes, scope: Fixtures.scopeText)
        let encoded = ReferencePseudonym.encode(["uuid/v1", "6fbd600f-d17c-4c74-801a-2ec2e53231f7"])
        var bytes = Array(HMAC.sha256(key: scopeKey, message: encoded)[0..<16])
        bytes[6] = bytes[6] & 0x0F | 0x80
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = ReferencePseudonym.hex(bytes)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        #expect(remapped == groups.joined(separator: "-"))
    }

    @Test func remappedIdentifiersDependOnTheScope() throws {
        let policy = PseudonymizationPolicy(remapsIdentifiers: true)
        let input = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        let first = try Fixtures.pseudonymizer(scope: "a/1", policy: policy).pseudonymize(input)["id"]
        let second = try Fixtures.pseudonymizer(scope: "a/2", policy: policy).pseudonymize(input)["id"]
        #expect(first != second)
    }

    @Test func transformsTypedStatements() throws {
        let statement = try Statement(json: RichStatements.withCanary())
        let output = try Fixtures.pseudonymizer().pseudonymize(statement)
        #expect(!JSONWriter.string(from: output.json).contains(RichStatements.canary))
        #expect(output.json == (try Fixtures.pseudonymizer().pseudonymize(statement.json)))
    }
}

@Suite("Policy documents")
struct PolicyDocumentTests {
    @Test func emptyDocumentGivesTheDefaults() throws {
        #expect(try PseudonymizationPolicy(json: [:]) == PseudonymizationPolicy())
    }

    @Test func readsEveryKey() throws {
        let document: JSONValue = [
            "freeTextResponses": "keep",
            "allowedExtensions": ["https://x.example/e"],
            "attachments": "keep",
            "truncateTimestamps": "hour",
            "authority": ["account": ["homePage": "https://acme.example", "name": "export"]],
            "remapIdentifiers": true,
        ]
        let policy = try PseudonymizationPolicy(json: document)
        #expect(policy.freeTextResponses == .keep)
        #expect(policy.allowedExtensions == ["https://x.example/e"])
        #expect(policy.keepsAttachments)
        #expect(policy.timestampTruncation == .hour)
        #expect(policy.authority == .replace(["account": ["homePage": "https://acme.example", "name": "export"]]))
        #expect(policy.remapsIdentifiers)
    }

    @Test func writesADocumentThatReadsBack() throws {
        let policy = PseudonymizationPolicy(
            freeTextResponses: .keep,
            timestampTruncation: .day,
            remapsIdentifiers: true
        )
        #expect(try PseudonymizationPolicy(json: policy.json) == policy)
        #expect(try PseudonymizationPolicy(json: PseudonymizationPolicy().json) == PseudonymizationPolicy())
    }

    @Test func rejectsUnknownKey() {
        #expect {
            try PseudonymizationPolicy(json: ["freeTextResponse": "keep"])
        } throws: { error in
            let error = error as? PseudonymizationError
            return error?.rule == "pseudonym.policy.unknown-key" && error?.path.description == "/freeTextResponse"
        }
    }

    @Test func rejectsValuesOutsideTheirChoices() {
        let cases: [(JSONValue, String)] = [
            (["freeTextResponses": "maybe"], "/freeTextResponses"),
            (["attachments": true], "/attachments"),
            (["truncateTimestamps": "week"], "/truncateTimestamps"),
            (["allowedExtensions": ["not an iri"]], "/allowedExtensions/0"),
            (["authority": ["name": "LRS"]], "/authority"),
            (["remapIdentifiers": "yes"], "/remapIdentifiers"),
        ]
        for (document, path) in cases {
            #expect {
                try PseudonymizationPolicy(json: document)
            } throws: { error in
                let error = error as? PseudonymizationError
                return error?.rule == "pseudonym.policy.value" && error?.path.description == path
            }
        }
    }

    @Test func readsAPolicyFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString).json")
        try Data(#"{"truncateTimestamps": "minute"}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try PseudonymizationPolicy(contentsOf: url).timestampTruncation == .minute)
    }

    @Test func reportsAPolicyFileThatIsNotJSON() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString).json")
        try Data("{truncate".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try PseudonymizationPolicy(contentsOf: url)
        } throws: { error in
            (error as? PseudonymizationError)?.rule == "pseudonym.policy.file"
        }
    }
}

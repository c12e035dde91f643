import Digest
import Foundation
import Testing
import XAPI
import XAPIPseudonymization

@Suite("Threats")
struct ThreatTests {
    /// The forms in which a personal value could leak: as written, lower-cased, upper-cased, and as the hex
    /// SHA-1 or SHA-256 (either case) of itself and of its canonical mailbox spelling.
    static func leakForms(of value: String) -> [String] {
        var forms = [value, value.lowercased(), value.uppercased()]
        let mailbox = value.hasPrefix("mailto:") ? [ReferencePseudonym.mailbox(value)] : []
        for spelling in Set([value, value.lowercased()] + mailbox) {
            for digest in [SHA1.hash(Array(spelling.utf8)), SHA256.hash(Array(spelling.utf8))] {
                forms += [Hex.encode(digest), Hex.encode(digest).uppercased()]
            }
        }
        return forms
    }

    @Test func canaryNeverReachesTheOutputInAnyForm() throws {
        let input = RichStatements.withCanary()
        let output = try Fixtures.pseudonymizer().pseudonymize(input)
        let text = JSONWriter.string(from: output)
        let personal = RichStatements.strings(in: input).filter { $0.contains(RichStatements.canary) }
        #expect(personal.count > 30)
        var leaks: [String] = []
        for value in personal + [RichStatements.canary] {
            leaks += Self.leakForms(of: value).filter { text.contains($0) }
        }
        #expect(leaks.isEmpty, "leaked: \(leaks)")
    }

    /// The same, through the way that rewrites text as it reads it, on the statement written compact and
    /// pretty-printed.
    @Test func canaryNeverReachesTheOutputOfTextRewrittenAsRead() throws {
        let input = RichStatements.withCanary()
        let pseudonymizer = try Fixtures.pseudonymizer()
        let personal = RichStatements.strings(in: input).filter { $0.contains(RichStatements.canary) }
        let compact = JSONWriter.bytes(from: input)
        for text in [compact, TextRewriteTests.prettyPrinted(compact)] {
            var output: [UInt8] = []
            try text.withUnsafeBufferPointer { try pseudonymizer.pseudonymize(json: $0, appendingTo: &output) }
            let written = String(decoding: output, as: UTF8.self)
            let leaks = (personal + [RichStatements.canary]).flatMap { Self.leakForms(of: $0) }.filter {
                written.contains($0)
            }
            #expect(leaks.isEmpty, "leaked: \(leaks)")
        }
    }

    /// The leak detector of the test above does find a canary that a policy lets through on purpose.
    @Test func freeTextKeptByPolicyCarriesTheCanary() throws {
        let policy = PseudonymizationPolicy(freeTextResponses: .keep)
        let output = try Fixtures.pseudonymizer(policy: policy).pseudonymize(RichStatements.withCanary())
        #expect(JSONWriter.string(from: output).contains(RichStatements.canary))
        #expect(output["result"]?["response"] == .string(RichStatements.canary))
    }

    @Test func namesAreDroppedFromEveryPosition() throws {
        let output = try Fixtures.pseudonymizer().pseudonymize(RichStatements.withCanary())
        var names: [String] = []
        AgentPositions.visit(output) { position, agent in
            if agent["name"] != nil { names.append(position.path.description) }
        }
        #expect(names.isEmpty)
    }

    @Test func everyAgentPositionIsAPseudonymousAccountOrAnonymousGroup() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let output = try pseudonymizer.pseudonymize(RichStatements.withCanary())
        var positions = 0
        AgentPositions.visit(output) { position, agent in
            positions += 1
            if agent["account"] == nil {
                #expect(agent["objectType"] == "Group" && agent["member"] != nil, "\(position.path)")
            } else {
                #expect(agent["account"]?["homePage"]?.stringValue == pseudonymizer.homePage, "\(position.path)")
                #expect(agent["mbox"] == nil && agent["mbox_sha1sum"] == nil && agent["openid"] == nil)
            }
        }
        // Actor group + 2 members, team + 2 members, instructor, context agent, context group + member,
        // and in the SubStatement actor, object, instructor, context agent: 14 (authority is dropped).
        #expect(positions == 14)
    }

    @Test func identifiedGroupKeepsItsObjectType() throws {
        let output = try Fixtures.pseudonymizer().pseudonymize(RichStatements.withCanary())
        #expect(output["context"]?["team"]?["objectType"] == "Group")
        #expect(output["context"]?["team"]?["account"] != nil)
        #expect(output["context"]?["team"]?["member"]?.arrayValue?.count == 2)
    }

    @Test func canaryNeverAppearsInErrorsOfRefusedAgents() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let canary = RichStatements.canary
        let refused: [JSONValue] = [
            ["mbox": .string("mailto:\(canary)")],
            ["mbox_sha1sum": .string(canary)],
            ["openid": .string("not a uri \(canary)")],
            ["account": ["homePage": .string(canary), "name": "x"]],
            ["name": .string(canary)],
            ["mbox": .string("mailto:\(canary)@example.fr"), "openid": .string("https://id.example/\(canary)")],
        ]
        for agent in refused {
            #expect {
                _ = try pseudonymizer.pseudonymize(Fixtures.statement(actor: agent))
            } throws: { error in
                !String(describing: error).contains(canary) && !String(reflecting: error).contains(canary)
            }
        }
    }

    @Test func alreadyPseudonymizedAgentsAreLeftAsTheyAre() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        let once = try pseudonymizer.pseudonymize(RichStatements.withCanary())
        let twice = try pseudonymizer.pseudonymize(once)
        #expect(twice == once)
    }

    @Test func pseudonymsOfAnotherKeyIDArePseudonymizedAgain() throws {
        let first = try Fixtures.pseudonymizer(keyID: "2025a").pseudonymize(
            Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        )
        let second = try Fixtures.pseudonymizer(keyID: "2026a").pseudonymize(first)
        #expect(second["actor"]?["account"]?["homePage"]?.stringValue == Fixtures.homePage)
        #expect(Fixtures.actorName(second) != Fixtures.actorName(first))
    }
}

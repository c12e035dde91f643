import Testing
import XAPI
import XAPIPseudonymization

/// The statement is rewritten in one walk, in place: what the caller still holds must not change, and errors
/// come in the order of a policy pass followed by an agent pass.
@Suite("In-place rewrite")
struct InPlaceRewriteTests {
    let pseudonymizer: Pseudonymizer

    init() throws {
        pseudonymizer = try Fixtures.pseudonymizer()
    }

    @Test func leavesTheCallersStatementAsItWas() throws {
        let statement = RichStatements.withCanary()
        let before = JSONWriter.string(from: statement)
        let pseudonymized = try pseudonymizer.pseudonymize(statement)
        #expect(JSONWriter.string(from: statement) == before)
        #expect(JSONWriter.string(from: pseudonymized) != before)
    }

    @Test func givesTheSameResultForAStatementHeldElsewhereAndOneGivenUp() throws {
        let held = RichStatements.withCanary()
        let fromHeld = try pseudonymizer.pseudonymize(held)
        let fromGivenUp = try pseudonymizer.pseudonymize(
            JSONParser().parse(Array(JSONWriter.string(from: RichStatements.withCanary()).utf8))
        )
        #expect(fromHeld == fromGivenUp)
        #expect(held == RichStatements.withCanary())
    }

    @Test func reportsAPolicyErrorBeforeAnAgentErrorEarlierInTheStatement() {
        var statement = Fixtures.statement(actor: ["name": "no identifier"])
        statement = set(["platform": "x", "tracker": "y"], at: "context", in: statement)
        #expect(refusal(statement)?.rule == "pseudonym.property")
        #expect(refusal(statement)?.path == "/context/tracker")
    }

    @Test func reportsTheFirstAgentErrorInStatementOrder() {
        var statement = Fixtures.statement(actor: ["name": "no identifier"])
        statement = set(["instructor": ["mbox": "not an mbox"]], at: "context", in: statement)
        #expect(refusal(statement)?.rule == "pseudonym.agent.identifier")
        #expect(refusal(statement)?.path == "/actor")
    }

    @Test func reportsAMemberErrorBeforeItsGroupsOwn() {
        let group: JSONValue = ["objectType": "Group", "email": "x", "member": [["name": "no identifier"]]]
        let refused = refusal(Fixtures.statement(actor: group))
        #expect(refused?.rule == "pseudonym.agent.identifier")
        #expect(refused?.path == "/actor/member/0")
    }

    @Test func keepsAnExtensionsObjectWrittenEmpty() throws {
        let statement = set(
            ["extensions": [:]],
            at: "context",
            in: Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        )
        let pseudonymized = try pseudonymizer.pseudonymize(statement)
        #expect(pseudonymized["context"]?["extensions"] == [:])
    }

    /// The statement with `value` at the top-level property `key`.
    private func set(_ value: JSONValue, at key: String, in statement: JSONValue) -> JSONValue {
        guard case .object(var object) = statement else { return statement }
        object[key] = value
        return .object(object)
    }

    /// The rule and pointer text of the error that refuses `statement`, or nil if it was accepted.
    private func refusal(_ statement: JSONValue) -> (rule: String, path: String)? {
        do {
            _ = try pseudonymizer.pseudonymize(statement)
            return nil
        } catch {
            return (error.rule, error.path.description)
        }
    }
}

import Testing
import XAPI
import XAPIPseudonymization

@Suite("Fail closed")
struct FailClosedTests {
    let pseudonymizer: Pseudonymizer

    init() throws {
        pseudonymizer = try Fixtures.pseudonymizer()
    }

    /// Pseudonymizes `statement` and returns the error's rule and pointer text, or nil if it was accepted.
    func refusal(_ statement: JSONValue) -> (rule: String, path: String)? {
        do {
            _ = try pseudonymizer.pseudonymize(statement)
            return nil
        } catch {
            return (error.rule, error.path.description)
        }
    }

    @Test func rejectsAgentWithNoIdentifier() {
        let refused = refusal(Fixtures.statement(actor: ["name": "Ada"]))
        #expect(refused?.rule == "pseudonym.agent.identifier")
        #expect(refused?.path == "/actor")
    }

    @Test func rejectsAgentWithTwoIdentifiers() {
        let refused = refusal(Fixtures.statement(actor: ["mbox": "mailto:a@b.fr", "openid": "https://id.example/a"]))
        #expect(refused?.rule == "pseudonym.agent.identifier")
    }

    @Test func rejectsUnknownAgentObjectType() {
        let refused = refusal(Fixtures.statement(actor: ["objectType": "Person", "mbox": "mailto:a@b.fr"]))
        #expect(refused?.rule == "pseudonym.agent.object-type")
        #expect(refused?.path == "/actor/objectType")
    }

    @Test func rejectsUnknownAgentProperty() {
        let refused = refusal(Fixtures.statement(actor: ["mbox": "mailto:a@b.fr", "email": "a@b.fr"]))
        #expect(refused?.rule == "pseudonym.agent.property")
        #expect(refused?.path == "/actor/email")
    }

    @Test func rejectsAgentThatIsNotAnObject() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try? JSONPointer("/context")?.set(["instructor": "Mme Martin"], in: &statement)
        let refused = refusal(statement)
        #expect(refused?.rule == "pseudonym.agent.type")
        #expect(refused?.path == "/context/instructor")
    }

    @Test func rejectsMalformedIdentifiers() {
        let cases: [(JSONValue, String)] = [
            (["mbox": "a@b.fr"], "pseudonym.agent.mbox"),
            (["mbox_sha1sum": "abc"], "pseudonym.agent.mbox-sha1sum"),
            (["openid": "not a uri"], "pseudonym.agent.openid"),
            (["account": ["homePage": "https://ent.example"]], "pseudonym.agent.account"),
            (["account": ["homePage": "https://ent.example", "name": "x", "login": "y"]], "pseudonym.agent.account"),
        ]
        for (agent, rule) in cases {
            #expect(refusal(Fixtures.statement(actor: agent))?.rule == rule)
        }
    }

    @Test func rejectsAnonymousGroupWithoutMembers() {
        let refused = refusal(Fixtures.statement(actor: ["objectType": "Group", "member": []]))
        #expect(refused?.rule == "pseudonym.group.member")
    }

    @Test func rejectsGroupMemberWithoutIdentifier() {
        let refused = refusal(Fixtures.statement(actor: ["objectType": "Group", "member": [["name": "Ada"]]]))
        #expect(refused?.rule == "pseudonym.agent.identifier")
        #expect(refused?.path == "/actor/member/0")
    }

    @Test func rejectsUnknownObjectType() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try? JSONPointer("/object")?.set(["objectType": "Person", "id": "x"], in: &statement)
        #expect(refusal(statement)?.rule == "pseudonym.object.type")
    }

    @Test func rejectsUnknownStatementProperty() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try? JSONPointer("/pupilEmail")?.set("a@b.fr", in: &statement)
        let refused = refusal(statement)
        #expect(refused?.rule == "pseudonym.property")
        #expect(refused?.path == "/pupilEmail")
    }

    @Test func rejectsUnknownContextProperty() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try? JSONPointer("/context")?.set(["observer": ["mbox": "mailto:c@d.fr"]], in: &statement)
        #expect(refusal(statement)?.path == "/context/observer")
    }

    @Test func rejectsContextAgentsThatAreNotEntries() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try? JSONPointer("/context")?.set(["contextAgents": [["mbox": "mailto:c@d.fr"]]], in: &statement)
        let refused = refusal(statement)
        #expect(refused?.rule == "pseudonym.context.entry")
        #expect(refused?.path == "/context/contextAgents/0")
    }

    @Test func rejectsContextActivityThatIsNotAnObject() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        let activities: JSONValue = ["parent": [["id": "https://acme.example/a"], "https://acme.example/b"]]
        try? JSONPointer("/context")?.set(["contextActivities": activities], in: &statement)
        let refused = refusal(statement)
        #expect(refused?.rule == "pseudonym.statement.shape")
        #expect(refused?.path == "/context/contextActivities/parent/1")
    }

    @Test func rejectsSubStatementAgentWithoutIdentifier() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        let subStatement: JSONValue = [
            "objectType": "SubStatement",
            "actor": ["mbox": "mailto:c@d.fr"],
            "verb": ["id": "http://adlnet.gov/expapi/verbs/answered"],
            "object": ["objectType": "Agent", "name": "Ada"],
        ]
        try? JSONPointer("/object")?.set(subStatement, in: &statement)
        #expect(refusal(statement)?.path == "/object/object")
    }

    @Test func rejectsForgedAccountOnThePseudonymousHomePage() {
        let forged: JSONValue = ["account": ["homePage": .string(Fixtures.homePage), "name": "eleve.martin"]]
        #expect(refusal(Fixtures.statement(actor: forged))?.rule == "pseudonym.agent.pseudonym")
    }

    @Test func rejectsStatementThatIsNotAnObject() {
        #expect(refusal(["not", "a", "statement"])?.rule == "pseudonym.statement.type")
    }

    @Test func rejectsUnreadableTimestamp() {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try? JSONPointer("/timestamp")?.set("yesterday", in: &statement)
        #expect(refusal(statement)?.rule == "pseudonym.timestamp")
    }

    @Test func stageRejectionCarriesTheSameReason() throws {
        let stage: any StatementStage = pseudonymizer
        #expect {
            _ = try stage.process(Fixtures.statement(actor: ["name": "Ada"]))
        } throws: { error in
            (error as? StatementRejection)?.reasons.first?.rule == "pseudonym.agent.identifier"
        }
    }
}

@Suite("Fail closed: closed objects")
struct ClosedObjectTests {
    @Test func rejectsUnknownVerbProperty() throws {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try JSONPointer("/verb/teacher")?.set("Mme Martin", in: &statement)
        #expect {
            try Fixtures.pseudonymizer().pseudonymize(statement)
        } throws: { error in
            (error as? PseudonymizationError)?.path.description == "/verb/teacher"
        }
    }

    @Test func rejectsUnknownScoreProperty() throws {
        var statement = Fixtures.statement(actor: ["mbox": "mailto:a@b.fr"])
        try JSONPointer("/result")?.set(["score": ["raw": 3, "grader": "Mme Martin"]], in: &statement)
        #expect {
            try Fixtures.pseudonymizer().pseudonymize(statement)
        } throws: { error in
            (error as? PseudonymizationError)?.path.description == "/result/score/grader"
        }
    }
}

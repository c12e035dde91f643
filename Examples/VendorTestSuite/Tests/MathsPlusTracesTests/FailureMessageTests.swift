import MathsPlusTraces
import Testing
import XAPI
import XAPIValidation

/// What a test of this suite prints when a statement does not conform: one line per finding, with the
/// rule id (to look up in Documentation/LabellingRules.md), the JSON Pointer of the value and the message.
@Suite("Failure messages")
struct FailureMessageTests {
    /// A statement an older build of the app sent: the pupil's e-mail address and display name, and a verb
    /// without a French display.
    static func careless() throws -> Statement {
        var statement = ExerciseTracesTests.traces().started()
        statement.actor = .agent(try Agent.mailbox("lea.martin@example.fr", name: "Léa Martin"))
        statement.verb = .initialized
        return statement
    }

    @Test func listsEachFindingWithItsRuleAndPointer() throws {
        let report = FrenchProfileConformance.validator.validate(try Self.careless())
        #expect(
            report.description == """
                2 errors, 1 warning (xAPI 1.0.3):
                error fr.agent.name at /actor/name: agent at actor carries a name: leave it out, the account identifies it
                error fr.agent.account at /actor/mbox: agent at actor is identified by mbox: identify it by an account with an opaque name
                warning fr.language at /verb/display: this language map has no French entry: add "fr-FR" (or "fr")
                """
        )
    }

    /// The same check as every other test, recorded as a known issue: the suite passes, and the test's
    /// output shows the message exactly as a real failure would.
    @Test func showsTheMessageOfAFailingTest() throws {
        let careless = try Self.careless()
        withKnownIssue {
            FrenchProfileConformance.expectConforms(careless)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("\nerror fr.agent.account at /actor/mbox: ") }
        }
    }
}

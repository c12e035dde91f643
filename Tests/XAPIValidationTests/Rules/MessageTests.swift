import Testing
import XAPI
import XAPIValidation

/// Findings whose messages say what is wrong and what to write instead, mended from real exports.
struct MessageTests {
    @Test func saysAnEmptyMailtoLacksAnAddressNotTheScheme() throws {
        let report = validate(Fixture.statement(setting: "/actor", to: ["mbox": "mailto:"]))
        expectOnly(report, "xapi.mbox", .error, at: "/actor/mbox")
        let message = try #require(report.findings.first).message
        #expect(message.contains("e-mail address"))
        #expect(!message.contains("must start with"))
    }

    @Test func showsTheObjectTypeFoundOnAContextActivity() throws {
        let statement = Fixture.statement(
            setting: "/context",
            to: ["contextActivities": ["parent": [["objectType": "activity", "id": "https://example.org/course"]]]]
        )
        let report = validate(statement)
        expectOnly(report, "xapi.object-type", .error, at: "/context/contextActivities/parent/0/objectType")
        #expect(try #require(report.findings.first).message.hasSuffix(#"found "activity""#))
    }

    @Test(arguments: ["/extensions", "/object/extensions"])
    func pointsMisplacedExtensionsToWhereTheyBelong(pointer: String) throws {
        let report = validate(Fixture.statement(setting: pointer, to: ["https://example.org/x": 1]))
        expectOnly(report, "xapi.property.unknown", .error, at: pointer)
        #expect(try #require(report.findings.first).message.contains("context.extensions"))
    }

    @Test func locatesFindingsOfPrettyPrintedStatementsAtTheOffendingValue() throws {
        let text = """
            {
              "actor": {"mbox": "learner@example.com"},
              "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
              "object": {"id": "https://example.org/quiz"}
            }
            """
        let finding = try #require(Validators.v103.validate(bytes: Array(text.utf8)).findings.first)
        #expect(finding.rule == "xapi.mbox")
        #expect(finding.position == TextPosition(line: 2, column: 21))
    }
}

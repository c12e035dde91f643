import Testing
import XAPIValidation

/// `--format json`: one document, a summary and every statement with at least one finding.
@Suite("JSON report")
struct JSONReportTests {
    /// A conforming statement, an error, a warning only, a syntax error, and a conforming statement.
    static let mixedExport = [
        Statements.valid(1), Statements.badMailbox(2), Statements.timestampWithoutZone(3), Statements.broken,
        Statements.valid(5),
    ]

    @Test func countsStatementsAndFindingsInSummary() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: Self.mixedExport)
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.summary == .init(statements: 5, valid: 3, invalid: 2, errors: 2, warnings: 1))
    }

    @Test func listsEveryStatementWithFindingsAndNoOther() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: Self.mixedExport)
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        #expect(report.results.map(\.index) == [1, 2, 3])
        #expect(report.results.map(\.line) == [2, 3, 4])
        #expect(report.results.map(\.file) == [file, file, file])
        #expect(report.results.map(\.id) == [Statements.id(2), Statements.id(3), nil])
        #expect(report.results.map(\.valid) == [false, true, false])
    }

    @Test func describesEachFinding() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: Self.mixedExport)
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        let mailbox = try #require(report.result(at: 1)?.findings.first)
        #expect(mailbox.rule == "xapi.mbox")
        #expect(mailbox.severity == "error")
        #expect(mailbox.path == "/actor/mbox")
        #expect(mailbox.spec == "Data 2.4.2.3")
        #expect(mailbox.message.contains("mailto:"))
        let zone = try #require(report.result(at: 2)?.findings.first)
        #expect(zone.rule == "xapi.timestamp.zone")
        #expect(zone.severity == "warning")
        #expect(zone.path == "/timestamp")
        let syntax = try #require(report.result(at: 3)?.findings.first)
        #expect(syntax.rule == "json.syntax")
        #expect(syntax.severity == "error")
        // The root's JSON Pointer is the empty string (RFC 6901).
        #expect(syntax.path == "")
        #expect(!syntax.message.isEmpty)
    }

    @Test func reportsSeverityAndSpecOfTheRuleCatalog() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: Self.mixedExport + [Statements.contextAgents(6)])
        let report = try await inputs.edutraces("validate", "--profile", "none", "--format", "json", file).jsonReport()
        let findings = report.results.flatMap(\.findings)
        #expect(findings.count == 4)
        for finding in findings {
            let rule = try #require(Rule.named(finding.rule), "\(finding.rule) is not in the catalog")
            #expect(finding.severity == rule.severity.rawValue)
            #expect(finding.spec == rule.spec)
        }
    }

    @Test func hasNoResultsForConformingExport() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1), Statements.valid(2)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        let report = try run.jsonReport()
        #expect(report.summary == .init(statements: 2, valid: 2, invalid: 0, errors: 0, warnings: 0))
        #expect(report.results.isEmpty)
    }

    @Test func namesTheFileOfEachResultAcrossInputs() async throws {
        let inputs = try InputFolder()
        let batch = try inputs.write("batch.json", "[\(Statements.valid(1)),\(Statements.badMailbox(2))]")
        let export = try inputs.write("export.ndjson", lines: [Statements.badMailbox(3), Statements.valid(4)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", batch, export)
        let report = try run.jsonReport()
        #expect(run.status == 1)
        #expect(report.summary == .init(statements: 4, valid: 2, invalid: 2, errors: 2, warnings: 0))
        #expect(report.results.map(\.file) == [batch, export])
        #expect(report.result(at: 1, in: batch)?.id == Statements.id(2))
        #expect(report.result(at: 0, in: export)?.id == Statements.id(3))
    }
}

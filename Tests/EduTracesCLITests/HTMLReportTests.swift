import Foundation
import TestSupport
import Testing

/// `--format html`: one self-contained page whose counts are those of the JSON report of the same run.
@Suite("HTML report")
struct HTMLReportTests {
    /// The sample ENT export shipped with the package.
    static let sample = ConformanceCorpus.packageRoot.appendingPathComponent("Examples/ent-export.ndjson").path

    @Test func showsTheSummaryOfTheJSONReportOfTheSameRun() async throws {
        let json = try await edutraces("validate", "--format", "json", Self.sample).jsonReport()
        let html = try HTMLReport(await edutraces("validate", "--format", "html", Self.sample).output)
        #expect(html.summary["statements"] == json.summary.statements)
        #expect(html.summary["valid"] == json.summary.valid)
        #expect(html.summary["invalid"] == json.summary.invalid)
        #expect(html.summary["errors"] == json.summary.errors)
        #expect(html.summary["warnings"] == json.summary.warnings)
        #expect(json.summary.invalid > 0)
    }

    @Test func showsTheFindingsPerRuleOfTheJSONReportOfTheSameRun() async throws {
        let json = try await edutraces("validate", "--format", "json", Self.sample).jsonReport()
        let html = try HTMLReport(await edutraces("validate", "--format", "html", Self.sample).output)
        var expected: [String: [String: Int]] = [:]
        for finding in json.results.flatMap(\.findings) {
            let severity = finding.severity == "error" ? "errors" : "warnings"
            expected[finding.rule, default: ["errors": 0, "warnings": 0, "findings": 0]][severity]! += 1
            expected[finding.rule]!["findings"]! += 1
        }
        #expect(!expected.isEmpty)
        #expect(html.rules == expected)
    }

    @Test func countsEveryStatementOnceByDayVerbAndPlatform() async throws {
        let json = try await edutraces("validate", "--format", "json", Self.sample).jsonReport()
        let html = try HTMLReport(await edutraces("validate", "--format", "html", Self.sample).output)
        func total(_ section: String, column: Int) -> Int {
            (html.rows[section] ?? []).compactMap { $0.count > column ? Int($0[column]) : nil }.reduce(0, +)
        }
        #expect(total("days", column: 1) == json.summary.statements)
        #expect(total("verbs", column: 2) == json.summary.statements)
        #expect(total("platforms", column: 1) == json.summary.statements)
        #expect(total("platforms", column: 2) == json.summary.valid)
    }

    @Test func showsFirstExamplesWithFileLinePointerAndMessage() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1), Statements.badMailbox(2)])
        let html = try HTMLReport(
            await inputs.edutraces("validate", "--profile", "none", "--format", "html", file).output
        )
        let example = try #require(html.rows["details"]?.first)
        #expect(example.count == 3)
        #expect(example[0] == "\(file):2")
        #expect(example[1] == "/actor/mbox")
        #expect(example[2].contains("mailto:"))
        #expect(html.links.contains("https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.3"))
    }

    @Test func keepsOnlyTheFirstExamplesOfARule() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: (1...8).map(Statements.badMailbox))
        let html = try HTMLReport(
            await inputs.edutraces("validate", "--profile", "none", "--format", "html", file).output
        )
        #expect(html.rules["xapi.mbox"]?["findings"] == 8)
        let examples = try #require(html.rows["details"])
        #expect(examples.map(\.first) == (1...5).map { "\(file):\($0)" })
        #expect(html.text.contains("3 more not shown"))
    }

    @Test func linksLabellingRulesToTheGuideOfTheProfile() async throws {
        let html = try HTMLReport(await edutraces("validate", "--format", "html", Self.sample).output)
        #expect(html.rules["fr.agent.account"] != nil)
        #expect(html.links.contains("https://edutraces.org/xapi/profiles/fr-education/documentation#fr-agent-account"))
        #expect(html.links.contains("https://www.rfc-editor.org/rfc/rfc8259"))
    }

    @Test func showsDaysWithoutStatementsBetweenTheFirstAndTheLast() async throws {
        let inputs = try InputFolder()
        let lines = ["2026-03-02T08:00:00Z", "2026-03-02T23:30:00-02:00", "2026-03-05T10:00:00Z"].enumerated().map {
            Statements.valid($0.offset, extra: #","timestamp":"\#($0.element)""#)
        }
        let file = try inputs.write("export.ndjson", lines: lines)
        let html = try HTMLReport(
            await inputs.edutraces("validate", "--profile", "none", "--format", "html", file).output
        )
        // 23:30 at UTC-2 is 01:30 the next day in UTC.
        #expect(
            html.rows["days"] == [
                ["2026-03-02", "1"], ["2026-03-03", "1"], ["2026-03-04", "0"], ["2026-03-05", "1"],
            ]
        )
    }

    @Test func isSelfContainedWithoutScript() async throws {
        let html = try HTMLReport(await edutraces("validate", "--format", "html", Self.sample).output)
        #expect(!html.elements.contains("script"))
        #expect(!html.elements.contains("link"))
        #expect(!html.elements.contains("img"))
        #expect(html.elements.contains("svg"))
        #expect(html.elements.contains("style"))
        #expect(html.links.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://") })
    }

    @Test func escapesHostileStrings() async throws {
        let inputs = try InputFolder()
        let hostile = "</svg><script>alert('x')</script> & \"more\""
        let platform = #","context":{"platform":"</svg><script>alert('x')</script> & \"more\""}"#
        // A file name and a verb display written by someone else are as hostile as the platform.
        let statement = Statements.valid(1, extra: platform)
            .replacingOccurrences(of: #""en-US":"completed""#, with: #""en-US":"<b onclick='x'>done</b>""#)
            .replacingOccurrences(of: "mailto:learner@", with: "learner@")
        let file = try inputs.write("a&b<i>'x'.ndjson", lines: [statement])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "html", file)
        let html = try HTMLReport(run.output)
        #expect(!html.elements.contains("script"))
        #expect(!html.elements.contains("b"))
        #expect(!html.elements.contains("i"))
        #expect(html.rows["platforms"]?.first?.first == hostile)
        #expect(html.rows["verbs"]?.first?.first == "<b onclick='x'>done</b>")
        #expect(html.rows["details"]?.first?.first == "\(file):1")
        #expect(!run.output.contains("<script"))
    }

    @Test func writesFrenchLabelsWithLangFr() async throws {
        let html = try HTMLReport(await edutraces("validate", "--lang", "fr", "--format", "html", Self.sample).output)
        #expect(html.language == "fr")
        #expect(html.text.contains("Déclarations par jour (UTC)"))
        #expect(html.text.contains("Constats par règle"))
        #expect(!html.text.contains("Statements per day"))
    }

    @Test func capsDistinctVerbsAndPlatforms() async throws {
        let inputs = try InputFolder()
        let count = 120
        let lines = (0..<count).map { number in
            Statements.valid(number, extra: #","context":{"platform":"platform \#(number)"}"#)
                .replacingOccurrences(of: "expapi/verbs/completed", with: "expapi/verbs/v\(number)")
        }
        let file = try inputs.write("export.ndjson", lines: lines)
        let html = try HTMLReport(
            await inputs.edutraces("validate", "--profile", "none", "--format", "html", file).output
        )
        let verbs = try #require(html.rows["verbs"])
        let platforms = try #require(html.rows["platforms"])
        #expect(verbs.count < count / 2)
        #expect(platforms.count < count / 2)
        // Each statement is still counted once: the rest under "other values".
        #expect(verbs.compactMap { Int($0[2]) }.reduce(0, +) == count)
        #expect(platforms.compactMap { Int($0[1]) }.reduce(0, +) == count)
        #expect(verbs.last?.first == "(other values)")
    }

    /// A repeated key is an error, but the validator still reads the statement: so does the report.
    @Test func countsAStatementWithARepeatedKeyUnderItsDayVerbAndPlatform() async throws {
        let inputs = try InputFolder()
        let extra = #","timestamp":"2026-03-02T08:00:00Z","context":{"platform":"ENT"},"result":{},"result":{}"#
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1, extra: extra)])
        let html = try HTMLReport(
            await inputs.edutraces("validate", "--profile", "none", "--format", "html", file).output
        )
        #expect(html.rules["xapi.property.duplicate"]?["errors"] == 1)
        #expect(html.rows["days"] == [["2026-03-02", "1"]])
        #expect(html.rows["verbs"]?.first?.first == "completed")
        #expect(html.rows["platforms"]?.first?.prefix(3) == ["ENT", "1", "0"])
    }

    @Test func writesTheSamePageForTheSameRun() async throws {
        let first = await edutraces("validate", "--format", "html", Self.sample).output
        let second = await edutraces("validate", "--format", "html", Self.sample).output
        #expect(first == second)
    }
}

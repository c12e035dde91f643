import EduTracesCLI
import Foundation
import TestSupport
import Testing

/// Documentation that is generated from the code stays equal to it.
@Suite("Documentation")
struct DocumentationTests {
    @Test func rulesPageListsTheRulesOfTheCode() async throws {
        let page = ConformanceCorpus.packageRoot.appendingPathComponent("Documentation/Rules.md")
        let committed = try String(contentsOf: page, encoding: .utf8)
        let output = Output()
        let status = await EduTraces.run(
            ["rules", "--format", "markdown"],
            standardOutput: output,
            standardError: Output()
        )
        #expect(status == EduTraces.ExitStatus.success)
        let generated = output.text
        #expect(
            committed == generated,
            "Documentation/Rules.md is out of date: run `swift run edutraces rules --format markdown > Documentation/Rules.md`"
        )
    }

    /// The guide shows the help of `validate` and a usage error as the command prints them.
    @Test func validatingAnExportShowsTheHelpAndUsageErrorsOfValidate() async throws {
        let page = ConformanceCorpus.packageRoot.appendingPathComponent("Documentation/ValidatingAnExport.md")
        let guide = try String(contentsOf: page, encoding: .utf8)
        let help = await edutraces("validate", "--help")
        #expect(
            guide.contains("```\n" + help.output + "```\n"),
            "Documentation/ValidatingAnExport.md is out of date: paste `edutraces validate --help` in its Command line section"
        )
        let wrong = await edutraces("validate", "--formt", "json", "export.ndjson")
        #expect(guide.contains("$ edutraces validate --formt json export.ndjson\n" + wrong.diagnostics + "```\n"))
    }

    /// The report the README shows for the sample export is the one the command writes.
    @Test func readmeShowsTheReportOfTheSampleExport() async throws {
        let readme = try String(
            contentsOf: ConformanceCorpus.packageRoot.appendingPathComponent("README.md"),
            encoding: .utf8
        )
        let shown = readme.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("Examples/ent-export.ndjson:") || $0.hasPrefix("301 statements")
        }
        try #require(shown.count >= 3, "the README no longer shows the sample report")
        let output = Output()
        let sample = ConformanceCorpus.packageRoot.appendingPathComponent("Examples/ent-export.ndjson").path
        let status = await EduTraces.run(
            ["validate", sample],
            standardOutput: output,
            standardError: Output(),
            environment: [:]
        )
        #expect(status == EduTraces.ExitStatus.findings)
        let written = Set(
            output.text.split(separator: "\n").map {
                $0.replacingOccurrences(of: sample, with: "Examples/ent-export.ndjson")
            }
        )
        for line in shown {
            #expect(written.contains(line), "README line not in the report: \(line)")
        }
    }

    /// The labelling guides show the report of the sample export as the command writes it, in their language.
    @Test(arguments: [("LabellingRules.md", "en"), ("ReglesDeLabellisation.md", "fr")])
    func labellingGuideShowsTheReportOfTheSampleExport(guide: String, language: String) async throws {
        let text = try String(
            contentsOf: ConformanceCorpus.packageRoot.appendingPathComponent("Documentation/\(guide)"),
            encoding: .utf8
        )
        let shown = text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("Examples/ent-export.ndjson:") || $0.hasPrefix("301 ")
        }
        try #require(shown.count >= 3, "\(guide) no longer shows the sample report")
        let output = Output()
        let sample = ConformanceCorpus.packageRoot.appendingPathComponent("Examples/ent-export.ndjson").path
        _ = await EduTraces.run(
            ["validate", "--lang", language, sample],
            standardOutput: output,
            standardError: Output(),
            environment: [:]
        )
        let written = Set(
            output.text.split(separator: "\n").map {
                $0.replacingOccurrences(of: sample, with: "Examples/ent-export.ndjson")
            }
        )
        for line in shown {
            #expect(written.contains(line), "\(guide) line not in the report: \(line)")
        }
    }
}

import ConformanceSupport
import EduTracesCLI
import Foundation
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
}

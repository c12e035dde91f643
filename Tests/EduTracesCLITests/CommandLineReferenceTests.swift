import EduTracesCLI
import Foundation
import TestSupport
import Testing

/// Documentation/CommandLine.md: the help of the program and of every command, generated from the code.
@Suite("Command-line reference")
struct CommandLineReferenceTests {
    @Test func committedReferenceIsTheOneTheCodeGenerates() async throws {
        let page = ConformanceCorpus.packageRoot.appendingPathComponent("Documentation/CommandLine.md")
        let committed = try String(contentsOf: page, encoding: .utf8)
        let run = await edutraces("help", "--format", "markdown")
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(
            committed == run.output,
            "Documentation/CommandLine.md is out of date: run `\(CommandLineReference.regeneration)`"
        )
    }

    @Test func referenceHoldsTheHelpOfTheProgramAndOfEveryCommand() async throws {
        let reference = await edutraces("help", "--format", "markdown").output
        #expect(reference.contains("## edutraces\n\n```text\n" + EduTraces.help + "```\n"))
        for command in EduTraces.commands {
            let help = await edutraces(command.name, "--help").output
            #expect(
                reference.contains("## edutraces \(command.name)\n\n\(command.summary)\n\n```text\n" + help + "```\n"),
                "the reference lacks the help of \(command.name)"
            )
            #expect(reference.contains("- [edutraces \(command.name)](#edutraces-\(command.name)): "))
        }
    }

    @Test(arguments: CommandLineTests.commandNames)
    func referenceOfOneCommandIsItsSection(name: String) async throws {
        let command = try #require(EduTraces.command(named: name))
        let run = await edutraces("help", "--format", "markdown", name)
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(run.output == CommandLineReference.section(for: command))
        #expect(await edutraces("help", "--format", "markdown").output.contains(run.output))
    }

    @Test func helpAsTextIsWhatHelpPrints() async {
        #expect(await edutraces("help", "--format", "text").output == EduTraces.help)
        #expect(await edutraces("help", "--format=text", "rules").output == (await edutraces("rules", "--help")).output)
    }

    @Test(arguments: [
        (["help", "--format", "html"], "edutraces: help: --format takes text or markdown, not 'html'"),
        (["help", "--verbose"], "edutraces: help: unknown option --verbose"),
        (["help", "validate", "rules"], "edutraces: help: unexpected operand 'rules' (this command takes 1)"),
    ])
    func helpUsageErrorNamesWhatIsWrong(words: [String], firstLine: String) async {
        let run = await edutraces(words)
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics.split(separator: "\n").first.map(String.init) == firstLine)
        #expect(run.output.isEmpty)
    }
}

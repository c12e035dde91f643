import EduTracesCLI
import Testing

/// `edutraces` and its commands: help for each, short usage errors that name what is wrong.
@Suite("Command line")
struct CommandLineTests {
    /// The names of the commands, as test arguments.
    static let commandNames = EduTraces.commands.map { $0.name }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func programHelpListsEveryCommandAndOption(words: [String]) async {
        let run = await edutraces(words)
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(run.diagnostics.isEmpty)
        #expect(run.output == EduTraces.help)
        for command in EduTraces.commands {
            #expect(run.output.contains("  \(command.name)   ") || run.output.contains("  \(command.name) "))
            #expect(run.output.contains(command.summary))
            for option in command.options {
                #expect(run.output.contains(option.usageTerm), "\(command.name) \(option.name) missing")
            }
        }
        #expect(run.output.contains("\nExamples:\n  edutraces "))
    }

    @Test(arguments: commandNames)
    func helpOfEachCommandListsEveryDeclaredOptionWithExamples(name: String) async throws {
        let command = try #require(EduTraces.command(named: name))
        let run = await edutraces(name, "--help")
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(run.diagnostics.isEmpty)
        let lines = run.outputLines
        for option in command.options {
            #expect(lines.contains("  \(option.synopsis)"), "\(option.name) missing from \(name) --help")
        }
        #expect(!command.examples.isEmpty)
        for example in command.examples {
            #expect(lines.contains("  \(example.commandLine)"))
        }
        #expect(await edutraces("help", name).output == run.output)
        #expect(await edutraces(name, "-h").output == run.output)
    }

    @Test(arguments: [
        (["validate", "--formt", "json"], "edutraces validate: unknown option --formt (did you mean --format?)"),
        (["validate", "--format"], "edutraces validate: --format needs a value: text, json, junit or html"),
        (["validate", "--xapi", "1.0.2"], "edutraces validate: --xapi takes auto, 1.0.3 or 2.0.0, not '1.0.2'"),
        (
            ["validate", "--format", "json", "--format=text"],
            "edutraces validate: --format is given more than once; give it once"
        ),
        (
            ["validate", "--profile", "cmi5"],
            "edutraces validate: --profile: no profile named 'cmi5' and no such file (built in: fr-education, none)"
        ),
        (["rules", "--format", "junit"], "edutraces rules: --format takes text, json or markdown, not 'junit'"),
        (["rules", "--verbose"], "edutraces rules: unknown option --verbose"),
        (["rules", "all"], "edutraces rules: unexpected operand 'all' (this command takes none)"),
        (["validat", "x.json"], "edutraces: unknown command 'validat' (did you mean validate?)"),
        (["help", "check"], "edutraces: unknown command 'check'"),
        (["--verison"], "edutraces: unknown option --verison (did you mean --version?)"),
        ([], "edutraces: no command given"),
    ])
    func usageErrorNamesWhatIsWrongOnItsFirstLine(words: [String], firstLine: String) async {
        let run = await edutraces(words)
        let lines = run.diagnostics.split(separator: "\n").map(String.init)
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(lines.first == firstLine)
        #expect(lines.count == 3)
        #expect(lines.dropFirst().first?.hasPrefix("usage: edutraces ") == true)
        #expect(lines.last?.contains("--help") == true)
        #expect(run.output.isEmpty)
    }

    @Test(arguments: commandNames)
    func missingValueOfEveryOptionIsNamed(name: String) async throws {
        let command = try #require(EduTraces.command(named: name))
        for option in command.options where option.takesValue {
            let run = await edutraces(name, option.name)
            #expect(run.status == EduTraces.ExitStatus.usage)
            #expect(run.diagnostics.hasPrefix("edutraces \(name): \(option.name) needs a value"))
        }
    }

    @Test func printsTheVersion() async {
        let run = await edutraces("--version")
        #expect(run.status == EduTraces.ExitStatus.success)
        #expect(run.output == "edutraces \(EduTraces.version)\n")
    }
}

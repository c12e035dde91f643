import EduTracesCLI
import Testing

/// What the command protocol gives every command from its declarations alone, shown on a command of the tests.
@Suite("Command protocol")
struct CommandProtocolTests {
    /// A command declared here: a flag, an option with allowed values, a repeatable option, two operands.
    struct GreetCommand: Command {
        static let name = "greet"
        static let summary = "Greet someone."
        static let loud = CommandOption("--loud", help: "Shout the greeting.")
        static let language = CommandOption(
            "--language",
            value: "LANGUAGE",
            allowedValues: ["en", "fr"],
            alternativeSpellings: ["english": "en"],
            defaultValue: "en",
            help: "The language of the greeting."
        )
        static let title = CommandOption("--title", value: "TITLE", repeatable: true, help: "A title to put first.")
        static let options = [loud, language, title]
        static let operands = [
            CommandOperand("NAME", help: "Who to greet."),
            CommandOperand("FRIEND", optional: true, help: "Who to greet as well."),
        ]
        static let examples = [CommandExample("edutraces greet --language fr Ada", "Greets Ada in French.")]

        let arguments: ParsedArguments

        init(_ arguments: ParsedArguments) throws(UsageError) {
            self.arguments = arguments
        }

        /// Writes what it was given; fails as a usage error for the name `nobody`, otherwise for `error`.
        func run(in context: CommandContext) async throws -> Int32 {
            struct Failure: Error, CustomStringConvertible {
                var description: String { "the greeting could not be sent" }
            }
            if arguments.operands.first == "nobody" { throw UsageError("NAME: 'nobody' is no one") }
            if arguments.operands.first == "error" { throw Failure() }
            let loud = arguments.isPresent(Self.loud)
            let language = arguments.value(of: Self.language) ?? "?"
            let titles = arguments.values(of: Self.title).joined(separator: ",")
            context.output.write("\(loud) \(language) [\(titles)] \(arguments.operands.joined(separator: ","))\n")
            return EduTraces.ExitStatus.success
        }
    }

    /// Runs the test command with `words`.
    private func greet(_ words: String...) async -> CommandRun {
        let context = CommandContext(output: Output(), diagnostics: Output())
        let status = await GreetCommand.main(words, in: context)
        return CommandRun(status: status, output: context.output.text, diagnostics: context.diagnostics.text)
    }

    // MARK: Parsing

    @Test func readsValuesAfterSpaceOrEqualsSign() async {
        #expect(await greet("--language", "fr", "Ada").output == "false fr [] Ada\n")
        #expect(await greet("--language=fr", "--loud", "Ada", "Bob").output == "true fr [] Ada,Bob\n")
    }

    @Test func usesDefaultValueWhenOptionIsAbsent() async {
        #expect(await greet("Ada").output == "false en [] Ada\n")
    }

    @Test func acceptsAlternativeSpellingOfAllowedValue() async {
        #expect(await greet("--language", "english", "Ada").output == "false en [] Ada\n")
    }

    @Test func keepsEveryValueOfRepeatableOptionInOrder() async {
        #expect(await greet("--title", "Dr", "Ada", "--title=Prof").output == "false en [Dr,Prof] Ada\n")
    }

    @Test func readsWordsAfterDoubleDashAsOperands() async {
        #expect(await greet("--", "--loud", "-h").output == "false en [] --loud,-h\n")
    }

    @Test func readsDashAsOperand() async {
        #expect(await greet("-").output == "false en [] -\n")
    }

    // MARK: Usage errors

    @Test(arguments: [
        (["--lound", "Ada"], "unknown option --lound (did you mean --loud?)"),
        (["--colour", "Ada"], "unknown option --colour"),
        (["--loud=yes", "Ada"], "--loud takes no value"),
        (["Ada", "--language"], "--language needs a value: en or fr"),
        (["--language", "--loud", "Ada"], "--language needs a value: en or fr"),
        (["--title"], "--title needs a value: TITLE"),
        (["--language", "de", "Ada"], "--language takes en or fr, not 'de'"),
        (["--loud", "--loud", "Ada"], "--loud is given more than once; give it once"),
        ([], "missing operand NAME"),
        (["Ada", "Bob", "Cy"], "unexpected operand 'Cy' (this command takes 2)"),
        (["nobody"], "NAME: 'nobody' is no one"),
    ])
    func namesWhatIsWrongOnTheFirstLineAndExitsTwo(words: [String], message: String) async {
        let context = CommandContext(output: Output(), diagnostics: Output())
        let status = await GreetCommand.main(words, in: context)
        let lines = context.diagnostics.text.split(separator: "\n").map(String.init)
        #expect(status == EduTraces.ExitStatus.usage)
        #expect(lines.first == "edutraces greet: \(message)")
        #expect(lines.dropFirst().first == GreetCommand.usageLine)
        #expect(lines.count == 3)
        #expect(lines.last?.contains("edutraces greet --help") == true)
        #expect(context.output.text.isEmpty)
    }

    @Test func reportsOtherErrorsOfARunWithStatusTwo() async {
        let run = await greet("error")
        #expect(run.status == EduTraces.ExitStatus.usage)
        #expect(run.diagnostics == "edutraces greet: the greeting could not be sent\n")
    }

    // MARK: Help

    @Test(arguments: [["--help"], ["-h"], ["--bogus", "--help"], ["Ada", "-h", "--language"]])
    func printsHelpAndExitsZeroWhateverElseIsGiven(words: [String]) async {
        let context = CommandContext(output: Output(), diagnostics: Output())
        let status = await GreetCommand.main(words, in: context)
        #expect(status == EduTraces.ExitStatus.success)
        #expect(context.output.text == GreetCommand.help)
        #expect(context.diagnostics.text.isEmpty)
    }

    @Test func usageLineShowsEveryOptionAndOperand() {
        #expect(
            GreetCommand.usageLine
                == "usage: edutraces greet [--loud] [--language en|fr] [--title TITLE]... NAME [FRIEND]"
        )
    }

    @Test func helpDescribesEveryOptionOperandAndExample() {
        let lines = GreetCommand.help.split(separator: "\n").map(String.init)
        #expect(lines.first == "edutraces greet: Greet someone.")
        #expect(lines.contains(GreetCommand.usageLine))
        for (heading, description) in [
            ("  --loud", "      Shout the greeting."),
            ("  --language en|fr", "      The language of the greeting. Default: en."),
            ("  --title TITLE", "      A title to put first. May be repeated."),
            ("  -h, --help", "      Show this help."),
            ("  NAME", "      Who to greet."),
            ("  FRIEND", "      Who to greet as well."),
            ("  edutraces greet --language fr Ada", "      Greets Ada in French."),
        ] {
            let index = lines.firstIndex(of: heading)
            #expect(index != nil, "\(heading) missing from help")
            #expect(index.map { lines[$0 + 1] } == description)
        }
    }
}

import Foundation
import XAPI
package import XAPIValidation

/// The `edutraces` program: finds the command named by the first word and runs it.
///
/// ```swift
/// let status = await EduTraces.run(["validate", "export.ndjson"], standardOutput: Output(), standardError: Output())
/// ```
package enum EduTraces {
    /// The version of the command: the SDK's.
    package static let version = EduTracesSDK.version

    /// The commands, in the order `edutraces --help` lists them.
    package static var commands: [any Command.Type] {
        [
            ValidateCommand.self, PseudonymizeCommand.self, PseudonymCommand.self, SendCommand.self,
            JournalCommand.self, RulesCommand.self,
        ]
    }

    /// Exit statuses, a contract with scripts.
    package enum ExitStatus {
        /// Every statement conforms (warnings allowed).
        package static let success: Int32 = 0
        /// At least one statement has an error (for `send`: was kept back, refused or set aside).
        package static let findings: Int32 = 1
        /// The command line is wrong or an input cannot be read.
        package static let usage: Int32 = 2
        /// `send` could not finish delivering (the LRS unreachable or refusing the credentials); the journal
        /// keeps every statement left.
        package static let deliveryIncomplete: Int32 = 3
    }

    /// Runs the command with `arguments` (without the program name) and returns the exit status.
    ///
    /// `ruleSets` are checked by `validate` and listed by `rules` after the profiles of the command line.
    package static func run(
        _ arguments: [String],
        standardOutput: Output,
        standardError: Output,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        ruleSets: [any RuleSet] = []
    ) async -> Int32 {
        let context = CommandContext(
            output: standardOutput,
            diagnostics: standardError,
            environment: environment,
            ruleSets: ruleSets
        )
        defer {
            standardOutput.flush()
            standardError.flush()
        }
        guard let word = arguments.first else {
            return usageError("no command given", context: context)
        }
        let rest = Array(arguments.dropFirst())
        switch word {
        case "--version", "version":
            standardOutput.write("edutraces \(version)\n")
            return ExitStatus.success
        case "--help", "-h":
            standardOutput.write(help)
            return ExitStatus.success
        case "help":
            return help(rest, context: context)
        default:
            if let command = command(named: word) {
                return await command.main(rest, in: context)
            }
            if word.hasPrefix("-") {
                let known = ["--help", "--version"]
                return usageError(
                    "unknown option \(word)" + ParsedArguments.suggestion(for: word, among: known),
                    context: context
                )
            }
            return unknownCommand(word, context: context)
        }
    }

    /// The command called `name`, if there is one.
    package static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    /// `edutraces --help`: every command's usage line (so every option), the commands' summaries, examples.
    package static var help: String {
        var names: [String] = []
        var examples: [CommandExample] = []
        var text = "edutraces \(version): check xAPI learning traces and their exports.\n\n"
        for command in commands {
            let line = command.usageLine.dropFirst("usage: ".count)
            text += (names.isEmpty ? "usage: " : "       ") + line + "\n"
            names.append(command.name)
            examples += command.examples.prefix(2)
        }
        let helpUsage = [CommandLineReference.format.usageTerm, CommandLineReference.command.usageTerm]
        text += "       edutraces help \(helpUsage.joined(separator: " "))\n       edutraces --version\n\nCommands:\n"
        let width = names.map(\.count).max() ?? 0
        for command in commands {
            let padding = String(repeating: " ", count: width - command.name.count)
            text += "  \(command.name)\(padding)   \(command.summary)\n"
        }
        text += "\nRun 'edutraces COMMAND --help' (or 'edutraces help COMMAND') for a command's options and examples.\n"
        text += CommandHelp.examplesSection(examples)
        return text
    }

    /// `edutraces help [--format text|markdown] [COMMAND]`: the help of the program or of one command, as printed
    /// or as the Markdown of the command-line reference.
    private static func help(_ words: [String], context: CommandContext) -> Int32 {
        let arguments: ParsedArguments
        do throws(UsageError) {
            arguments = try ParsedArguments(
                words,
                options: [CommandLineReference.format],
                operands: [CommandLineReference.command]
            )
        } catch {
            return usageError("help: \(error.description)", context: context)
        }
        let markdown = arguments.value(of: CommandLineReference.format) == CommandLineReference.Format.markdown.rawValue
        guard let name = arguments.operands.first else {
            context.output.write(markdown ? CommandLineReference.markdown() : help)
            return ExitStatus.success
        }
        guard let command = command(named: name) else { return unknownCommand(name, context: context) }
        context.output.write(markdown ? CommandLineReference.section(for: command) : command.help)
        return ExitStatus.success
    }

    private static var commandNames: [String] {
        commands.map { $0.name }
    }

    private static var shortUsage: String {
        "usage: edutraces " + commandNames.joined(separator: "|") + " [OPTION]... [OPERAND]..."
    }

    private static func unknownCommand(_ name: String, context: CommandContext) -> Int32 {
        usageError(
            "unknown command '\(name)'" + ParsedArguments.suggestion(for: name, among: commandNames),
            context: context
        )
    }

    private static func usageError(_ message: String, context: CommandContext) -> Int32 {
        context.diagnostics.write(
            "edutraces: \(message)\n\(shortUsage)\nRun 'edutraces --help' for every command, option and example.\n"
        )
        return ExitStatus.usage
    }
}

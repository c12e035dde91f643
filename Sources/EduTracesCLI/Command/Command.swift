/// A command of `edutraces`: it declares its name, options and operands once; parsing, usage errors and
/// `--help` come from those declarations.
///
/// ```swift
/// struct RulesCommand: Command {
///     static let name = "rules"
///     static let summary = "List every rule id with its severity, source and summary."
///     static let format = CommandOption("--format", allowedValues: ["text", "json"], defaultValue: "text", help: "…")
///     static let options = [format]
///     static let examples = [CommandExample("edutraces rules --format json", "The catalogue for scripts.")]
///
///     let format: String
///     init(_ arguments: ParsedArguments) throws(UsageError) { format = arguments.value(of: Self.format) ?? "text" }
///     func run(in context: CommandContext) async throws -> Int32 { … }
/// }
/// ```
/// Add the type to ``EduTraces/commands`` to make it a subcommand. `--help` and `-h` are understood by every
/// command without being declared.
package protocol Command {
    /// The word after `edutraces`: `validate`.
    static var name: String { get }
    /// What the command does, one sentence (listed by `edutraces --help`).
    static var summary: String { get }
    /// Paragraphs shown in the command's `--help` after its usage (inputs, exit statuses...); may be empty.
    static var discussion: String { get }
    /// Every option, in the order help lists them.
    static var options: [CommandOption] { get }
    /// The operands, in order.
    static var operands: [CommandOperand] { get }
    /// Command lines that show the options at work.
    static var examples: [CommandExample] { get }

    /// Reads the parsed command line; throws for values that parse but do not fit together or are unknown.
    init(_ arguments: ParsedArguments) throws(UsageError)

    /// Runs the command and returns its exit status (see ``EduTraces/ExitStatus``). A ``UsageError`` thrown here
    /// is reported as one; any other error as `edutraces NAME: error`, with status 2.
    func run(in context: CommandContext) async throws -> Int32
}

extension Command {
    /// No discussion.
    package static var discussion: String { "" }

    /// No operand.
    package static var operands: [CommandOperand] { [] }

    /// Parses `words` (the words after the command's name), runs the command and returns its exit status:
    /// `--help` prints the help and returns 0; a usage error prints a short message and returns 2.
    package static func main(_ words: [String], in context: CommandContext) async -> Int32 {
        let command: Self
        do throws(UsageError) {
            let arguments = try ParsedArguments(words, options: options, operands: operands)
            if arguments.asksForHelp {
                context.output.write(help)
                return EduTraces.ExitStatus.success
            }
            command = try Self(arguments)
        } catch {
            context.diagnostics.write(usageMessage(for: error))
            return EduTraces.ExitStatus.usage
        }
        do {
            return try await command.run(in: context)
        } catch let error as UsageError {
            context.diagnostics.write(usageMessage(for: error))
            return EduTraces.ExitStatus.usage
        } catch {
            context.diagnostics.write("edutraces \(name): \(error)\n")
            return EduTraces.ExitStatus.usage
        }
    }
}

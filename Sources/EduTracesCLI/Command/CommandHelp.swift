/// The texts a command's declarations give: its usage line, its `--help`, its usage errors.
extension Command {
    /// `usage: edutraces validate [--xapi auto|1.0.3|2.0.0] ... [FILE|-]...`
    package static var usageLine: String {
        (["usage: edutraces", name] + options.map(\.usageTerm) + operands.map(\.usageTerm)).joined(separator: " ")
    }

    /// The full help: summary, usage, discussion, every option and operand, examples.
    package static var help: String {
        var text = "edutraces \(name): \(summary)\n\n\(usageLine)\n"
        if !discussion.isEmpty {
            text += "\n\(discussion)\n"
        }
        text += "\nOptions:\n"
        for option in options {
            text += "  \(option.synopsis)\n"
            var details = option.help
            if let defaultValue = option.defaultValue { details += " Default: \(defaultValue)." }
            if option.isRepeatable { details += " May be repeated." }
            text += CommandHelp.indented(details)
        }
        text += "  -h, --help\n      Show this help.\n"
        if !operands.isEmpty {
            text += "\nOperands:\n"
            for operand in operands {
                text += "  \(operand.name)\n" + CommandHelp.indented(operand.help)
            }
        }
        text += CommandHelp.examplesSection(examples)
        return text
    }

    /// What a usage error prints: the error (first line, naming what is wrong), the usage line, a pointer to
    /// `--help`.
    static func usageMessage(for error: UsageError) -> String {
        "edutraces \(name): \(error.description)\n\(usageLine)\nRun 'edutraces \(name) --help' for every option and examples.\n"
    }
}

/// Sections of help shared by the commands and by `edutraces --help`.
enum CommandHelp {
    /// `Examples:` with each command line and its explanation under it; empty without examples.
    static func examplesSection(_ examples: [CommandExample]) -> String {
        guard !examples.isEmpty else { return "" }
        var text = "\nExamples:\n"
        for example in examples {
            text += "  \(example.commandLine)\n" + indented(example.explanation)
        }
        return text
    }

    /// `text` indented by six spaces and wrapped at word boundaries to fit `width` columns, each line ended.
    static func indented(_ text: String, width: Int = 100) -> String {
        let indent = "      "
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.map { indent + $0 + "\n" }.joined()
    }
}

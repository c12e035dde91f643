/// A command line read against a command's declared options and operands.
///
/// ```swift
/// let arguments = try ParsedArguments(["--format=json", "export.ndjson"], options: [format], operands: [inputs])
/// arguments.value(of: format)  // "json"
/// arguments.operands           // ["export.ndjson"]
/// ```
/// Options are `--name value` or `--name=value`; `-` is an operand (standard input); after `--` every word is
/// an operand. `--help` or `-h` anywhere before `--` asks for help, and then nothing else is checked.
package struct ParsedArguments {
    /// Whether `--help` or `-h` was given.
    package let asksForHelp: Bool
    /// The operands in order (file names, `-`).
    package private(set) var operands: [String] = []
    /// The values given to each option, in order (an empty array for a flag that is present).
    private var given: [String: [String]] = [:]

    /// Reads `words` against the declarations; throws a ``UsageError`` that names the first word at fault.
    package init(_ words: [String], options: [CommandOption], operands declared: [CommandOperand]) throws(UsageError) {
        let beforeSeparator = words.prefix { $0 != "--" }
        asksForHelp = beforeSeparator.contains { $0 == "--help" || $0 == "-h" }
        guard !asksForHelp else { return }
        let byName = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        var onlyOperands = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyOperands || word == "-" || !word.hasPrefix("-") {
                operands.append(word)
                continue
            }
            if word == "--" {
                onlyOperands = true
                continue
            }
            let equals = word.firstIndex(of: "=")
            let name = equals.map { String(word[..<$0]) } ?? word
            guard let option = byName[name] else {
                throw UsageError("unknown option \(name)" + Self.suggestion(for: name, among: options.map(\.name)))
            }
            var value: String?
            if let equals {
                guard option.takesValue else { throw UsageError("\(name) takes no value") }
                value = String(word[word.index(after: equals)...])
            } else if option.takesValue {
                // A following option is not taken for a value: `--format --xapi 2.0.0` misses the format.
                guard index < words.count, words[index] == "-" || !words[index].hasPrefix("-") else {
                    throw UsageError("\(name) needs a value: \(option.allowedValuesText)")
                }
                value = words[index]
                index += 1
            }
            try record(option, value: value)
        }
        try checkCount(of: operands, against: declared)
    }

    /// The values given to `option`, in order (each value once for a repeatable option).
    package func values(of option: CommandOption) -> [String] {
        given[option.name] ?? []
    }

    /// The value given to `option`, or its default when it is absent.
    package func value(of option: CommandOption) -> String? {
        given[option.name]?.last ?? option.defaultValue
    }

    /// Whether `option` (a flag, or an option with a value) was given.
    package func isPresent(_ option: CommandOption) -> Bool {
        given[option.name] != nil
    }

    private mutating func record(_ option: CommandOption, value: String?) throws(UsageError) {
        guard option.isRepeatable || given[option.name] == nil else {
            throw UsageError("\(option.name) is given more than once; give it once")
        }
        guard let value else {
            given[option.name, default: []] = []
            return
        }
        guard let accepted = option.acceptedValue(value) else {
            throw UsageError("\(option.name) takes \(option.allowedValuesText), not '\(value)'")
        }
        given[option.name, default: []].append(accepted)
    }

    private func checkCount(of operands: [String], against declared: [CommandOperand]) throws(UsageError) {
        let required = declared.filter { !$0.isOptional }
        if operands.count < required.count {
            throw UsageError("missing operand \(required[operands.count].name)")
        }
        if !declared.contains(where: \.isRepeatable), operands.count > declared.count {
            let extra = operands[declared.count]
            throw UsageError(
                declared.isEmpty
                    ? "unexpected operand '\(extra)' (this command takes none)"
                    : "unexpected operand '\(extra)' (this command takes \(declared.count))"
            )
        }
    }

    /// ` (did you mean --format?)` when one known word is at most two edits away from `word`.
    static func suggestion(for word: String, among known: [String]) -> String {
        let close = known.filter { EditDistance.between(word, $0) <= 2 }
        guard close.count == 1, let match = close.first else { return "" }
        return " (did you mean \(match)?)"
    }
}

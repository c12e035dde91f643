/// The words of a command line, read as options (`--name value`, `--name=value`) and operands.
struct CommandLineArguments {
    /// Options in order, with their values (`nil` for flags).
    private(set) var options: [(name: String, value: String?)] = []
    /// Operands in order (file names, `-`).
    private(set) var operands: [String] = []

    /// Reads `words`; `valued` names the options that take a value.
    init(_ words: [String], valued: Set<String>) throws(UsageError) {
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
            if let equals = word.firstIndex(of: "=") {
                let name = String(word[..<equals])
                guard valued.contains(name) else { throw UsageError("\(name) takes no value") }
                options.append((name, String(word[word.index(after: equals)...])))
            } else if valued.contains(word) {
                guard index < words.count else { throw UsageError("\(word) needs a value") }
                options.append((word, words[index]))
                index += 1
            } else {
                options.append((word, nil))
            }
        }
    }

    /// The values given to option `name`, in order.
    func values(of name: String) -> [String] {
        options.filter { $0.name == name }.compactMap(\.value)
    }

    /// The last value given to option `name`.
    func value(of name: String) -> String? {
        values(of: name).last
    }

    /// Whether the flag `name` is present.
    func has(_ name: String) -> Bool {
        options.contains { $0.name == name }
    }

    /// The options not in `known`, to report them.
    func unknownOptions(known: Set<String>) -> [String] {
        options.map(\.name).filter { !known.contains($0) }
    }
}

/// A command line that does not follow a command's usage.
struct UsageError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

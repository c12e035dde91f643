/// An option of a command, declared once: parsing, usage errors and `--help` all read this declaration.
///
/// ```swift
/// static let format = CommandOption(
///     "--format",
///     value: "FORMAT",
///     allowedValues: ["text", "json", "junit"],
///     defaultValue: "text",
///     help: "The report's format."
/// )
/// ```
/// An option without a value name is a flag (`--dry-run`). An option takes its value as the next word
/// (`--format json`) or after an equals sign (`--format=json`).
package struct CommandOption: Sendable, Hashable {
    /// The option as typed, with its dashes: `--format`.
    package let name: String
    /// The placeholder of its value in help (`FORMAT`), or `nil` for a flag.
    package let valueName: String?
    /// The values it accepts, in the order help lists them; empty when any value is accepted.
    package let allowedValues: [String]
    /// Other spellings accepted for allowed values (`2.0` for `2.0.0`), mapped to the allowed value.
    package let alternativeSpellings: [String: String]
    /// The value used when the option is absent, shown in help.
    package let defaultValue: String?
    /// Whether the option may be given more than once (each value is kept, in order).
    package let isRepeatable: Bool
    /// What the option does, one or two sentences.
    package let help: String

    /// Declares an option; without `value` it is a flag.
    package init(
        _ name: String,
        value valueName: String? = nil,
        allowedValues: [String] = [],
        alternativeSpellings: [String: String] = [:],
        defaultValue: String? = nil,
        repeatable: Bool = false,
        help: String
    ) {
        self.name = name
        self.valueName = valueName ?? (allowedValues.isEmpty ? nil : "VALUE")
        self.allowedValues = allowedValues
        self.alternativeSpellings = alternativeSpellings
        self.defaultValue = defaultValue
        self.isRepeatable = repeatable
        self.help = help
    }

    /// Whether the option takes a value (else it is a flag).
    package var takesValue: Bool { valueName != nil }

    /// The option with its value as help shows it: `--format text|json|junit`, `--profile NAME|FILE`, `--dry-run`.
    package var synopsis: String {
        guard let valueName else { return name }
        return name + " " + (allowedValues.isEmpty ? valueName : allowedValues.joined(separator: "|"))
    }

    /// The option as a usage line shows it: `[--format text|json|junit]`, `[--profile NAME|FILE]...`.
    package var usageTerm: String {
        "[\(synopsis)]" + (isRepeatable ? "..." : "")
    }

    /// The allowed values as a sentence fragment: `text, json or junit`.
    package var allowedValuesText: String {
        guard let last = allowedValues.last else { return valueName ?? "" }
        let others = allowedValues.dropLast()
        return others.isEmpty ? last : others.joined(separator: ", ") + " or " + last
    }

    /// The allowed value that `value` stands for, or `nil` when the option does not accept it.
    package func acceptedValue(_ value: String) -> String? {
        guard !allowedValues.isEmpty else { return value }
        if allowedValues.contains(value) { return value }
        return alternativeSpellings[value]
    }
}

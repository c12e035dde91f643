/// The operands of a command (the words that are not options), declared once for parsing and help.
///
/// ```swift
/// static let inputs = CommandOperand(
///     "FILE|-",
///     optional: true,
///     repeatable: true,
///     help: "An export to read; '-' or none reads standard input."
/// )
/// ```
package struct CommandOperand: Sendable, Hashable {
    /// The placeholder shown in help: `FILE|-`.
    package let name: String
    /// Whether the command runs without it.
    package let isOptional: Bool
    /// Whether it may be given more than once.
    package let isRepeatable: Bool
    /// What the operand is, one or two sentences.
    package let help: String

    /// Declares an operand.
    package init(_ name: String, optional: Bool = false, repeatable: Bool = false, help: String) {
        self.name = name
        self.isOptional = optional
        self.isRepeatable = repeatable
        self.help = help
    }

    /// The operand as a usage line shows it: `FILE`, `[FILE|-]...`.
    package var usageTerm: String {
        (isOptional ? "[\(name)]" : name) + (isRepeatable ? "..." : "")
    }
}

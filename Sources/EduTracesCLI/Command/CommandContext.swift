package import XAPIValidation

/// What a command runs with: where it writes, the environment it reads, and rule sets added in process.
///
/// ```swift
/// let context = CommandContext(output: Output(), diagnostics: Output())
/// let status = try await RulesCommand(parsed).run(in: context)
/// ```
package struct CommandContext {
    /// Standard output: reports and listings.
    package let output: Output
    /// Standard error: usage errors, unreadable inputs, progress.
    package let diagnostics: Output
    /// Environment variables (commands that need settings, such as an LRS address, read them here, not from
    /// the process, so that tests can give their own).
    package let environment: [String: String]
    /// Rule sets that `validate` and `rules` use after the profiles of the command line (a program that
    /// embeds the command, or a test, adds its own).
    package let ruleSets: [any RuleSet]

    /// A context writing to `output` and `diagnostics`.
    package init(
        output: Output,
        diagnostics: Output,
        environment: [String: String] = [:],
        ruleSets: [any RuleSet] = []
    ) {
        self.output = output
        self.diagnostics = diagnostics
        self.environment = environment
        self.ruleSets = ruleSets
    }
}

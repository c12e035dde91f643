/// A command line shown in `--help`, with what it does.
///
/// ```swift
/// CommandExample("edutraces validate --format junit export.ndjson > report.xml", "A report for a CI server.")
/// ```
package struct CommandExample: Sendable, Hashable {
    /// The command line, starting with `edutraces`.
    package let commandLine: String
    /// What it does, one sentence.
    package let explanation: String

    /// Declares an example.
    package init(_ commandLine: String, _ explanation: String) {
        self.commandLine = commandLine
        self.explanation = explanation
    }
}

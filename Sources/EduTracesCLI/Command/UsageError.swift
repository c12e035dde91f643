/// A command line that does not follow a command's usage; `edutraces` prints it and exits with status 2.
///
/// The description names the option, value or operand at fault first, so that its line alone says what
/// to mend: `unknown option --formt (did you mean --format?)`.
///
/// ```swift
/// throw UsageError("--profile: unknown profile 'cmi5' (available: none)")
/// ```
package struct UsageError: Error, CustomStringConvertible {
    /// One line that names what is wrong.
    package let description: String

    /// A usage error described by `description`.
    package init(_ description: String) {
        self.description = description
    }
}

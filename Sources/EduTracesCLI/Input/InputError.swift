/// An input that cannot be read.
package struct InputError: Error, CustomStringConvertible {
    /// The path given on the command line.
    package let path: String
    /// The system's reason.
    package let reason: String

    /// `PATH: reason`.
    package var description: String { "\(path): \(reason)" }

    /// The input at `path` cannot be read, for `reason`.
    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

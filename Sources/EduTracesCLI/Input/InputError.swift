/// An input that cannot be read.
package struct InputError: Error, CustomStringConvertible {
    /// The path given on the command line.
    package let path: String
    /// The system's reason.
    package let reason: String

    /// `PATH: reason`.
    package var description: String { "\(path): \(reason)" }
}

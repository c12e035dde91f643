#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation of the journal that the system refused, with the path and the system's error number.
///
/// ```swift
/// do { _ = try await Uploader(configuration: configuration) } catch .journal(let error) { print(error) }
/// // "open /var/mobile/…/journal/segments: Permission denied (errno 13)"
/// ```
public struct JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the journal was doing: `open`, `write`, `fsync`, `rename`...
    public let operation: String
    /// The file or directory concerned.
    public let path: String
    /// The system's error number (`errno`), 0 when the failure is the journal's own finding.
    public let code: Int32

    /// Creates an error.
    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// `operation path: reason (errno N)`.
    public var description: String {
        guard code != 0 else { return "\(operation) \(path)" }
        return "\(operation) \(path): \(String(cString: strerror(code))) (errno \(code))"
    }
}

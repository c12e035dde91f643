/// Bytes read in chunks, in order: what an ``ExportReader`` reads from.
///
/// ``ByteSource`` reads files and standard input; tests give streams of their own that deliver bytes in
/// chosen pieces or fail part way.
///
/// ```swift
/// var buffer: [UInt8] = []
/// while try stream.read(upTo: 1 << 16, appendingTo: &buffer) > 0 { … }
/// ```
package protocol ByteStream: AnyObject {
    /// The name shown in reports: a path, or `-` for standard input.
    var name: String { get }
    /// Appends at most `count` bytes to `buffer`; returns how many were appended, 0 at the end of the input.
    func read(upTo count: Int, appendingTo buffer: inout [UInt8]) throws(InputError) -> Int
}

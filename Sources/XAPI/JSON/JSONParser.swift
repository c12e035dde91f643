/// A strict RFC 8259 parser from UTF-8 bytes to ``JSONValue``.
///
/// It rejects what lenient parsers let through and xAPI forbids: trailing commas, comments,
/// `NaN` and `Infinity`, leading zeros, raw control characters, invalid UTF-8, lone surrogates,
/// trailing content and duplicate keys. Nesting deeper than ``maxDepth`` is an error, never a
/// stack overflow. Number lexemes are kept exactly as written.
///
/// ```swift
/// let statement = try JSONParser().parse(Array(#"{"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"}}"#.utf8))
/// ```
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects accepted; at most ``depthCeiling``.
    public let maxDepth: Int

    /// The largest ``maxDepth`` a parser takes.
    ///
    /// Parsing uses call stack for its first 32 levels only (deeper ones are read with a stack on the
    /// heap), but comparing, hashing and writing a value recurse once per level: this bound keeps them
    /// within the 512 KiB stack of a secondary thread on Apple platforms in optimized builds.
    public static let depthCeiling = 1024

    /// The default ``maxDepth``: deeper than any statement needs, and shallow enough that values stay
    /// usable on a 512 KiB thread stack even in debug builds.
    public static let defaultMaxDepth = 256

    /// Creates a parser; `maxDepth` is clamped to `1...depthCeiling`.
    public init(maxDepth: Int = defaultMaxDepth) {
        self.maxDepth = min(max(maxDepth, 1), Self.depthCeiling)
    }

    /// Parses one JSON text held in `bytes`.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        return try reader.parseDocument()
    }

    /// Parses one JSON text held in `bytes`.
    public func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes.bindMemory(to: UInt8.self))
    }

    /// Parses one JSON text from a byte collection (`[UInt8]`, `Data`, `ArraySlice<UInt8>`...).
    public func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONSyntaxError) -> JSONValue in try parse(buffer) }
        }
        if let result { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try parse(buffer) }
    }

    /// Parses one JSON text.
    public func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// A key that appears a second time in one object, found by ``parseRecordingDuplicateKeys(_:)``.
    package struct DuplicateKey: Sendable, Hashable {
        /// The repeated member, e.g. `/actor/mbox`.
        package let path: JSONPointer
        /// Where the repetition is written.
        package let position: JSONSyntaxError
    }

    /// Parses like ``parse(_:)-(UnsafeBufferPointer<UInt8>)`` but records repeated keys instead of
    /// failing on the first one; each object keeps the first of its repeated members.
    ///
    /// Slower (it tracks paths); a validator calls it only after a fast parse met a duplicate key,
    /// so that it can report every repetition with its path and still check the rest.
    package func parseRecordingDuplicateKeys(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(JSONSyntaxError) -> (value: JSONValue, duplicates: [DuplicateKey]) {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        reader.recordsDuplicates = true
        let value = try reader.parseDocument()
        return (value, reader.duplicates)
    }
}

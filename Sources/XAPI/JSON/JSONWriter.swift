/// Writes ``JSONValue`` trees as compact, deterministic UTF-8 JSON.
///
/// The same tree always gives the same bytes: members in their order, numbers as their lexemes,
/// no whitespace, and only the escapes RFC 8259 requires (`"`, `\` and control characters).
/// The uploader relies on this to store a statement once and resend it byte for byte.
///
/// ```swift
/// let bytes = JSONWriter.bytes(from: ["score": ["raw": 95]])  // {"score":{"raw":95}}
/// ```
public enum JSONWriter {
    /// The JSON text of `value` as UTF-8 bytes.
    public static func bytes(from value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, into: &output)
        return output
    }

    /// The JSON text of `value`.
    public static func string(from value: JSONValue) -> String {
        String(decoding: bytes(from: value), as: UTF8.self)
    }

    /// Appends the JSON text of `value` to `output`.
    public static func write(_ value: JSONValue, into output: inout [UInt8]) {
        var sink = ByteSink(capacity: 2048)
        sink.write(value)
        sink.withBytes { output.append(contentsOf: $0) }
    }

    /// Appends `string` quoted and escaped.
    public static func writeString(_ string: String, into output: inout [UInt8]) {
        var sink = ByteSink(capacity: string.utf8.count + 2)
        sink.writeString(string)
        sink.withBytes { output.append(contentsOf: $0) }
    }
}

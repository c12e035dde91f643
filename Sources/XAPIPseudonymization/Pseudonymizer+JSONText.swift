import XAPI

extension Pseudonymizer {
    /// Pseudonymizes one statement written as JSON text and appends it, as compact JSON, to `output`.
    ///
    /// The bytes appended are those of parsing `text`, ``pseudonymize(_:)-(JSONValue)`` and
    /// `JSONWriter.write(_:into:)`, but a statement is rewritten as it is read, with no tree built for it:
    /// the way to pseudonymize an export, or any statement that is already text.
    ///
    /// ```swift
    /// var shared: [UInt8] = []
    /// try Array(line.utf8).withUnsafeBufferPointer { try pseudonymizer.pseudonymize(json: $0, appendingTo: &shared) }
    /// ```
    ///
    /// - Throws: `json.syntax` (at the root) when `text` is not one JSON value; the errors of
    ///   ``pseudonymize(_:)-(JSONValue)`` otherwise. Nothing is appended then.
    public func pseudonymize(
        json text: UnsafeBufferPointer<UInt8>,
        appendingTo output: inout [UInt8]
    ) throws(PseudonymizationError) {
        do {
            return try StatementTextRewriter(text, with: self).rewrite(appendingTo: &output)
        } catch {
            // Refused, or beyond what the rewriter reads: the tree's way gives the output or the precise error.
        }
        let statement: JSONValue
        do {
            statement = try JSONParser().parse(text)
        } catch {
            throw PseudonymizationError(rule: "json.syntax", path: .root, message: "not valid JSON at \(error)")
        }
        JSONWriter.write(try pseudonymize(statement), into: &output)
    }
}

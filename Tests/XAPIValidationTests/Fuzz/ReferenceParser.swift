import Foundation
import XAPI

/// Foundation's `JSONSerialization`, an independent judge of what is JSON: every fuzz input must get the
/// same verdict from it and from ``JSONParser``, except where the two are known to differ.
///
/// Known differences, each in one direction only (anything else is a violation):
///
/// - `JSONParser` refuses and `JSONSerialization` accepts:
///   - a repeated key: xAPI forbids it (requirement G2); RFC 8259 §4 only says names SHOULD be unique;
///   - nesting past `JSONParser`'s limit (256 by default), up to `JSONSerialization`'s (512);
///   - a comma before `]` or `}`, which `JSONSerialization` tolerates;
///   - a UTF-8 byte order mark, which RFC 8259 §8.1 lets a parser ignore and xAPI content does not carry;
///   - text that is not UTF-8: `JSONSerialization` guesses UTF-16 or UTF-32 from NUL bytes and byte order
///     marks, where RFC 8259 §8.1 requires UTF-8;
///   - a `\u` escape of a lone surrogate, which is not a character (refused by both here; Foundation's
///     behaviour differs between platforms).
/// - `JSONParser` accepts and `JSONSerialization` refuses: a number beyond `Double`'s range (`1e400`), whose
///   lexeme `JSONParser` keeps exactly while `JSONSerialization` needs a `Double`.
enum ReferenceParser {
    /// How the two verdicts on one text compare.
    enum Comparison: Equatable {
        case agree
        /// A known difference, named.
        case documented(String)
        /// A difference that is not on the list.
        case disagree(String)
    }

    /// Whether `JSONSerialization` reads `bytes` as one JSON text (any value at the top, as RFC 8259 allows).
    static func accepts(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) != nil
    }

    /// Compares `JSONParser`'s verdict on `bytes` with `JSONSerialization`'s.
    static func compare(_ bytes: [UInt8], parsed: Result<JSONValue, JSONSyntaxError>) -> Comparison {
        let reference = accepts(bytes)
        switch (parsed, reference) {
        case (.success, true), (.failure, false):
            return .agree
        case (.success(let value), false):
            if hasNumberBeyondDouble(value) { return .documented("number beyond Double") }
            return .disagree("JSONParser accepts a text JSONSerialization refuses")
        case (.failure(let error), true):
            if let difference = knownDifference(error, in: bytes) { return .documented(difference) }
            return .disagree("JSONParser refuses (\(error)) a text JSONSerialization accepts")
        }
    }

    private static func knownDifference(_ error: JSONSyntaxError, in bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "byte order mark" }
        if bytes.contains(0) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            return "not UTF-8"
        }
        switch error.kind {
        case .duplicateKey: return "repeated key"
        case .tooDeep: return "nesting past the limit"
        case .trailingComma: return "trailing comma"
        case .loneSurrogate: return "lone surrogate"
        default: return nil
        }
    }

    private static func hasNumberBeyondDouble(_ value: JSONValue) -> Bool {
        switch value {
        case .number(let number): return !number.doubleValue.isFinite
        case .array(let elements): return elements.contains(where: hasNumberBeyondDouble)
        case .object(let object): return object.members.contains { hasNumberBeyondDouble($0.value) }
        case .null, .bool, .string: return false
        }
    }
}

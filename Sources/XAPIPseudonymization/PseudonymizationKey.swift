import Digest
public import Foundation
import XAPI

/// A secret master key and its public id: what makes pseudonyms impossible to recompute without it.
///
/// A key is at least 32 random bytes (256 bits, the output size of the HMAC it keys). Load it at run time,
/// from a file only its owner can read, the Keychain on Apple platforms, or a secret store; never compile it
/// into an app, where anyone can extract it and turn the keyed hash back into a guessable one.
///
/// The key's bytes never appear in `description`, `debugDescription`, reflection (`dump`, the debugger's
/// mirror) or any error: they print as `<redacted>`. The id is public; it goes into every pseudonymous
/// account's `homePage`, so that pseudonyms made with different keys never match by accident.
///
/// ```swift
/// let key = try PseudonymizationKey(contentsOfHexFile: URL(fileURLWithPath: "/etc/edutraces/research-2026.key"),
///                                   id: "2026a")
/// print(key)  // PseudonymizationKey(id: 2026a, bytes: <redacted>)
/// ```
public struct PseudonymizationKey: Sendable {
    /// The fewest bytes a master key may have.
    public static let minimumByteCount = 32

    /// The longest key id, in characters.
    public static let maximumIDLength = 32

    /// The key's public id: 1 to 32 ASCII letters, digits, `.`, `_` or `-`.
    public let id: String

    /// The secret bytes; read only to derive scope keys.
    let bytes: [UInt8]

    /// Creates a key from its bytes.
    ///
    /// - Throws: `pseudonym.key.length` when there are fewer than 32 bytes; `pseudonym.key.id` when the id
    ///   is empty, too long or not made of ASCII letters, digits, `.`, `_` and `-`.
    public init(bytes: some Sequence<UInt8>, id: String) throws(PseudonymizationError) {
        let bytes = Array(bytes)
        guard bytes.count >= Self.minimumByteCount else {
            throw PseudonymizationError(
                rule: "pseudonym.key.length",
                path: .root,
                message: "a master key needs at least \(Self.minimumByteCount) bytes, this one has \(bytes.count)"
            )
        }
        try Self.checkID(id)
        self.bytes = bytes
        self.id = id
    }

    /// Creates a key from hexadecimal text: at least 64 digits of either case; whitespace around it is ignored.
    ///
    /// - Throws: `pseudonym.key.format` when the text is not an even number of hexadecimal digits (the error
    ///   names neither the text nor the character found), `pseudonym.key.length` and `pseudonym.key.id` as
    ///   ``init(bytes:id:)``.
    public init(hex: String, id: String) throws(PseudonymizationError) {
        let digits = hex.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Hex.decode(digits) else {
            throw PseudonymizationError(
                rule: "pseudonym.key.format",
                path: .root,
                message: "a key must be written as an even number of hexadecimal digits (0-9, a-f), "
                    + "with nothing else but whitespace around them"
            )
        }
        try self.init(bytes: bytes, id: id)
    }

    /// Reads a key written in hexadecimal in a file (see ``init(hex:id:)``).
    ///
    /// - Throws: `pseudonym.key.file` when the file cannot be read or is not UTF-8 text; the errors of
    ///   ``init(hex:id:)`` otherwise.
    public init(contentsOfHexFile url: URL, id: String) throws(PseudonymizationError) {
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw PseudonymizationError(
                    rule: "pseudonym.key.file",
                    path: .root,
                    message: "the key file \(url.path) is not UTF-8 text"
                )
            }
            text = decoded
        } catch let error as PseudonymizationError {
            throw error
        } catch {
            throw PseudonymizationError(
                rule: "pseudonym.key.file",
                path: .root,
                message: "cannot read the key file \(url.path)"
            )
        }
        try self.init(hex: text, id: id)
    }

    /// Checks a key id: it is written into `homePage` IRIs, so it stays short and plain.
    static func checkID(_ id: String) throws(PseudonymizationError) {
        let isPlain = id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }
        guard !id.isEmpty, id.utf8.count <= maximumIDLength, isPlain else {
            throw PseudonymizationError(
                rule: "pseudonym.key.id",
                path: .root,
                message: "a key id is 1 to \(maximumIDLength) ASCII letters, digits, '.', '_' or '-'"
            )
        }
    }
}

extension PseudonymizationKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The id, with the bytes redacted.
    public var description: String { "PseudonymizationKey(id: \(id), bytes: <redacted>)" }

    /// The id, with the bytes redacted.
    public var debugDescription: String { description }

    /// A mirror that shows the id and hides the bytes, so that `dump` and debuggers cannot print them.
    public var customMirror: Mirror {
        Mirror(self, children: ["id": id, "bytes": "<redacted>"], displayStyle: .struct)
    }
}

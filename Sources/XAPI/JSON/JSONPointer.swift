import Foundation

/// A JSON Pointer (RFC 6901) naming one value inside a document, such as `/actor/account/name`.
///
/// Findings, decoding errors and policies use it to say exactly where a value is.
///
/// ```swift
/// let path = JSONPointer.root.appending("context").appending("contextActivities").appending("parent").appending(0)
/// path.description  // "/context/contextActivities/parent/0"
/// ```
public struct JSONPointer: Sendable, Hashable {
    /// One step of a pointer: an object member or an array element.
    public enum Token: Sendable, Hashable {
        /// The member with this key.
        case key(String)
        /// The element at this 0-based position.
        case index(Int)
    }

    /// The steps from the document's root.
    public var tokens: [Token]

    /// The pointer to the whole document (written as the empty string).
    public static let root = JSONPointer(tokens: [])

    /// Creates a pointer from its steps.
    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses the RFC 6901 text form (`""`, `"/actor/mbox"`, `"/a~1b/0"`); `nil` when it does not start with `/`.
    public init?(_ text: String) {
        if text.isEmpty {
            self.init(tokens: [])
            return
        }
        guard text.hasPrefix("/") else { return nil }
        let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var tokens: [Token] = []
        for part in parts {
            let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            tokens.append(.key(key))
        }
        self.init(tokens: tokens)
    }

    /// This pointer followed by the member `key`.
    public func appending(_ key: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [.key(key)])
    }

    /// This pointer followed by the element at `index`.
    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(tokens: tokens + [.index(index)])
    }

    /// The value this pointer names inside `document`, if there is one.
    ///
    /// A key token that spells a number also selects an array element, as RFC 6901 says.
    public func value(in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch (token, current) {
            case (.key(let key), .object(let object)):
                guard let next = object[key] else { return nil }
                current = next
            case (.index(let index), .array(let array)):
                guard array.indices.contains(index) else { return nil }
                current = array[index]
            case (.key(let key), .array(let array)):
                guard let index = Int(key), String(index) == key, array.indices.contains(index) else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }
}

extension JSONPointer: CustomStringConvertible {
    /// The RFC 6901 text form, with `~` written `~0` and `/` written `~1`.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            switch token {
            case .key(let key):
                text += key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            case .index(let index):
                text += String(index)
            }
        }
        return text
    }
}

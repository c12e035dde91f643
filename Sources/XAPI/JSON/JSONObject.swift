import Foundation

/// A JSON object: members in the order they were written, each key at most once.
///
/// Lookup compares keys byte for byte (JSON keys are sequences of code points, so `"é"` written
/// precomposed and decomposed are two keys). Equality ignores member order.
///
/// ```swift
/// var account: JSONObject = ["homePage": "https://ent.example.fr"]
/// account["name"] = "u-1234"
/// account.keys  // ["homePage", "name"]
/// ```
public struct JSONObject: Sendable {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        /// The member's key.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members, in order.
    public private(set) var members: [Member]

    /// Creates an empty object.
    public init() {
        members = []
    }

    /// Creates an object from key-value pairs in order; a repeated key keeps its last value at its first place.
    public init(_ pairs: some Sequence<(String, JSONValue)>) {
        members = []
        for (key, value) in pairs { self[key] = value }
    }

    /// Creates an object from members whose keys are known to be distinct (the parser checks them).
    package init(uniqueMembers: [Member]) {
        members = uniqueMembers
    }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys, in order.
    public var keys: [String] { members.map(\.key) }

    /// The value of the member named `key`; setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let index = index(forKey: key) else { return nil }
            return members[index].value
        }
        set {
            let existing = index(forKey: key)
            switch (existing, newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil): members.remove(at: index)
            case (nil, let value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The position of the member named `key`, comparing UTF-8 bytes.
    public func index(forKey key: String) -> Int? {
        members.firstIndex { $0.key.hasSameBytes(as: key) }
    }

    /// The value of the member named `key` when `key` is ASCII, as every property name of xAPI is.
    ///
    /// Faster than the subscript: with equal byte counts, Swift's `==` can only match an ASCII key
    /// byte for byte (the non-ASCII characters canonically equivalent to ASCII ones, such as U+212A
    /// KELVIN SIGN, take more bytes), so no byte comparison of its own is needed.
    package func value(forASCIIKey key: String) -> JSONValue? {
        let count = key.utf8.count
        // Reading through the buffer avoids retaining every member passed over.
        return members.withUnsafeBufferPointer { members in
            for index in members.indices where members[index].key.utf8.count == count && members[index].key == key {
                return members[index].value
            }
            return nil
        }
    }

    /// Replaces the value of the member at `index` (a position in ``members``), keeping its key and place.
    public mutating func replaceValue(at index: Int, with value: JSONValue) {
        members[index].value = value
    }

    /// Removes the member named `key` and returns its value.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let index = index(forKey: key) else { return nil }
        return members.remove(at: index).value
    }

    /// Edits the value of the member at `index` in place: no copy of it, nor of what it holds when the
    /// object holds the only reference, as a rewrite of a freshly parsed tree does.
    @inline(__always)
    package mutating func editValue<Result, Failure: Error>(
        at index: Int,
        _ edit: (inout JSONValue) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try edit(&members[index].value)
    }

    /// Removes the member at `index` (a position in ``members``).
    package mutating func removeMember(at index: Int) {
        members.remove(at: index)
    }
}

extension JSONObject: Sequence {
    /// Iterates over the members in order.
    public func makeIterator() -> IndexingIterator<[Member]> {
        members.makeIterator()
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object with the members in the order written; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}

extension JSONObject: Hashable {
    /// Whether both objects have the same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (index, member) in lhs.members.enumerated() {
            // Objects built the same way share their order: try the same position first.
            if index < rhs.members.count, rhs.members[index].key.hasSameBytes(as: member.key) {
                guard rhs.members[index].value == member.value else { return false }
                continue
            }
            guard let value = rhs[member.key], value == member.value else { return false }
        }
        return true
    }

    /// Hashes the members independently of their order.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}

extension String {
    /// Whether both strings have the same UTF-8 bytes (Swift's `==` compares canonical equivalence instead).
    ///
    /// Object lookups call this for every member they pass, so it compares lengths first and then memory.
    @inline(__always)
    package func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var lhs = self
        var rhs = other
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return memcmp(leftBase, rightBase, left.count) == 0
            }
        }
    }
}

extension JSONValue {
    /// Whether both values are written alike: the same kinds, object members in the same order with keys
    /// of the same bytes, numbers with the same lexeme, strings with the same UTF-8 code units.
    ///
    /// `==` compares by meaning, as JSON does (`1.0` equals `1`, member order does not count); this is
    /// what "lossless" means for a tree: a value identical to another writes the same bytes. With
    /// `comparingMemberOrder` false, members may come in another order but are otherwise compared alike:
    /// what a typed model promises, since it writes members in the specification's order.
    ///
    /// ```swift
    /// let one: JSONValue = ["n": .number(JSONNumber(lexeme: "1.0")!)]
    /// one == ["n": 1]                // true
    /// one.isIdentical(to: ["n": 1])  // false
    /// ```
    package func isIdentical(to other: JSONValue, comparingMemberOrder: Bool = true) -> Bool {
        switch (self, other) {
        case (.null, .null):
            return true
        case (.bool(let left), .bool(let right)):
            return left == right
        case (.number(let left), .number(let right)):
            return left.lexeme.hasSameBytes(as: right.lexeme)
        case (.string(let left), .string(let right)):
            return left.hasSameBytes(as: right)
        case (.array(let left), .array(let right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { $0.isIdentical(to: $1, comparingMemberOrder: comparingMemberOrder) }
        case (.object(let left), .object(let right)):
            guard left.count == right.count else { return false }
            if comparingMemberOrder {
                return zip(left.members, right.members).allSatisfy {
                    $0.key.hasSameBytes(as: $1.key) && $0.value.isIdentical(to: $1.value)
                }
            }
            // Keys are unique within an object, so the same count and a match for each member means the same set.
            return left.members.allSatisfy { member in
                guard let index = right.index(forKey: member.key) else { return false }
                return member.value.isIdentical(to: right.members[index].value, comparingMemberOrder: false)
            }
        default:
            return false
        }
    }
}

/// Counts per key for at most `limit` distinct keys: the first keys seen keep their own count, every
/// later key is counted in ``other``, so that memory stays constant however many values an export holds.
///
/// ```swift
/// var verbs = CappedTally<String?, Int>(limit: 2, zero: 0)
/// for verb in ["a", "b", "c", "a"] { verbs.add(verb) { $0 += 1 } }
/// verbs.entries  // [("a", 2), ("b", 1)]; verbs.other == 1
/// ```
struct CappedTally<Key: Hashable, Value> {
    /// The most distinct keys counted on their own.
    let limit: Int
    private let zero: Value
    private var values: [Key: Value] = [:]
    private var order: [Key] = []
    /// What the keys seen after the first `limit` add up to.
    private(set) var other: Value
    /// Whether a key was counted in ``other``.
    private(set) var hasOther = false

    init(limit: Int, zero: Value) {
        self.limit = limit
        self.zero = zero
        other = zero
    }

    /// Updates the value of `key`, or ``other`` when `key` is new and `limit` keys are already counted.
    mutating func add(_ key: Key, _ update: (inout Value) -> Void) {
        let zero = zero
        if values[key] != nil {
            update(&values[key, default: zero])
        } else if order.count < limit {
            order.append(key)
            update(&values[key, default: zero])
        } else {
            hasOther = true
            update(&other)
        }
    }

    /// Whether `key` has a count of its own.
    func contains(_ key: Key) -> Bool {
        values[key] != nil
    }

    /// The keys with their values, in the order they were first seen.
    var entries: [(key: Key, value: Value)] {
        order.map { ($0, values[$0] ?? zero) }
    }

    /// The number of keys counted on their own.
    var count: Int { order.count }
}

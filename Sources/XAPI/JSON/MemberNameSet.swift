/// The names of the member-name table one object has, a bit per name: finding a repeated name of the
/// table costs a bit test, with no comparison.
struct MemberNameSet {
    /// How many names the set can tell apart.
    static let capacity = 128

    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Adds the name with `ordinal` (from ``MemberNameTable/ordinal(inSlot:)``); false when it was there.
    @inline(__always)
    mutating func insert(_ ordinal: Int) -> Bool {
        let bit: UInt64 = 1 << (ordinal & 63)
        if ordinal < 64 {
            defer { low |= bit }
            return low & bit == 0
        }
        defer { high |= bit }
        return high & bit == 0
    }
}

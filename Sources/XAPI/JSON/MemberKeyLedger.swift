/// The member names outside the member-name table of the objects a ``JSONCursor`` has open, kept to find
/// a repeated one as the tree parser does: byte for byte, after escapes are decoded.
///
/// Names of the table (nearly every name of a statement) are found again by a ``MemberNameSet``; the
/// others (extension IRIs, rare language tags) are kept here, in one reused array, so that stepping over an
/// object allocates nothing once the first statement has sized the ledger. An object with more than
/// ``largestObject`` such names is left to the parser, whose set stays fast where comparing with every
/// earlier name would not.
struct MemberKeyLedger {
    /// The most names outside the table an object may have here.
    static let largestObject = 64

    private var bytes: [UInt8] = []
    /// Where each name ends in `bytes`; it starts where the one before it ends.
    private var ends: [Int] = []

    /// How many names are kept: where the names of an object opened now will start.
    var count: Int { ends.count }

    /// Keeps `name` for the object whose names start at `first`; false when that object already has it, or
    /// has too many names to check.
    mutating func record(_ name: UnsafeBufferPointer<UInt8>, since first: Int) -> Bool {
        guard ends.count - first < Self.largestObject else { return false }
        var start = first == 0 ? 0 : ends[first - 1]
        for end in ends[first...] {
            if end - start == name.count, bytes[start..<end].elementsEqual(name) { return false }
            start = end
        }
        bytes.append(contentsOf: name)
        ends.append(bytes.count)
        return true
    }

    /// Forgets the names kept from `first` on.
    @inline(__always)
    mutating func forget(from first: Int) {
        guard first < ends.count else { return }
        bytes.removeSubrange((first == 0 ? 0 : ends[first - 1])...)
        ends.removeSubrange(first...)
    }
}

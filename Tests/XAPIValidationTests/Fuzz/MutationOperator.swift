import TestSupport

/// One way of damaging a JSON text: the fuzzer's mutation operators.
///
/// Byte-level operators (flips, overwrites, truncation, insertions, deletions, swaps) break syntax and
/// UTF-8 anywhere; structure-aware ones (replace a value, rename a key, duplicate a member, and one branch
/// of delete and swap) keep the text JSON, or nearly, so that the validator's rules and the model's decoding see
/// odd but parseable statements; deep nesting attacks the parser's depth limit.
enum MutationOperator: String, CaseIterable, Sendable {
    case flipBits = "flip bits"
    case overwriteRandomBytes = "overwrite random bytes"
    case overwriteInterestingBytes = "overwrite interesting bytes"
    case truncate = "truncate"
    case insertRandomBytes = "insert random bytes"
    case insertFragment = "insert fragment"
    case replaceValue = "replace value"
    case renameKey = "rename key"
    case duplicateMember = "duplicate member"
    case deleteRegion = "delete region"
    case swapRegions = "swap regions"
    case nestDeeply = "nest deeply"

    /// Applies the operator to `bytes`, drawing every choice from `generator`.
    ///
    /// Returns the levels of nesting added: zero except for ``nestDeeply``.
    @discardableResult
    func apply(to bytes: inout [UInt8], using generator: inout SplitMix64) -> Int {
        if bytes.isEmpty, self != .insertFragment, self != .nestDeeply {
            bytes = [generator.byte()]
            return 0
        }
        switch self {
        case .flipBits:
            for _ in 0..<generator.within(1...8) { bytes[generator.below(bytes.count)] ^= 1 << generator.below(8) }
        case .overwriteRandomBytes:
            for _ in 0..<generator.within(1...4) { bytes[generator.below(bytes.count)] = generator.byte() }
        case .overwriteInterestingBytes:
            for _ in 0..<generator.within(1...4) {
                bytes[generator.below(bytes.count)] = generator.element(of: FuzzDictionary.interestingBytes)
            }
        case .truncate:
            bytes.removeSubrange(generator.below(bytes.count)...)
        case .insertRandomBytes:
            let inserted = (0..<generator.within(1...16)).map { _ in generator.byte() }
            bytes.insert(contentsOf: inserted, at: generator.below(bytes.count + 1))
        case .insertFragment:
            bytes.insert(
                contentsOf: generator.element(of: FuzzDictionary.fragments),
                at: generator.below(bytes.count + 1)
            )
        case .replaceValue:
            replaceValue(in: &bytes, using: &generator)
        case .renameKey:
            renameKey(in: &bytes, using: &generator)
        case .duplicateMember:
            duplicateMember(in: &bytes, using: &generator)
        case .deleteRegion:
            deleteRegion(in: &bytes, using: &generator)
        case .swapRegions:
            swapRegions(in: &bytes, using: &generator)
        case .nestDeeply:
            return nestDeeply(&bytes, using: &generator)
        }
        return 0
    }

    // MARK: Structure-aware operators

    /// Replaces one member's value with a fragment of the dictionary.
    private func replaceValue(in bytes: inout [UInt8], using generator: inout SplitMix64) {
        let fragment = generator.element(of: FuzzDictionary.fragments)
        let members = MemberLayout(scanning: bytes).members
        guard !members.isEmpty else {
            bytes.insert(contentsOf: fragment, at: generator.below(bytes.count + 1))
            return
        }
        bytes.replaceSubrange(generator.element(of: members).value, with: fragment)
    }

    /// Renames one member with a key of the dictionary (an xAPI name, a case variant, or an odd string).
    private func renameKey(in bytes: inout [UInt8], using generator: inout SplitMix64) {
        let key = generator.element(of: FuzzDictionary.keys)
        let members = MemberLayout(scanning: bytes).members
        guard !members.isEmpty else {
            bytes.insert(contentsOf: key + [UInt8(ascii: ":")], at: generator.below(bytes.count + 1))
            return
        }
        bytes.replaceSubrange(generator.element(of: members).key, with: key)
    }

    /// Writes one `"key":value` member a second time right after itself, or repeats a random region.
    private func duplicateMember(in bytes: inout [UInt8], using generator: inout SplitMix64) {
        let members = MemberLayout(scanning: bytes).members
        guard !members.isEmpty else {
            let region = Self.randomRegion(in: bytes.count, using: &generator)
            bytes.insert(contentsOf: bytes[region], at: region.upperBound)
            return
        }
        let region = generator.element(of: members).region
        bytes.insert(contentsOf: [UInt8(ascii: ",")] + bytes[region], at: region.upperBound)
    }

    /// Deletes one member with its comma (half the time), or a random region.
    private func deleteRegion(in bytes: inout [UInt8], using generator: inout SplitMix64) {
        let members = MemberLayout(scanning: bytes).members
        guard !members.isEmpty, generator.chance(1, in: 2) else {
            bytes.removeSubrange(Self.randomRegion(in: bytes.count, using: &generator))
            return
        }
        var region = generator.element(of: members).region
        if region.upperBound < bytes.count, bytes[region.upperBound] == UInt8(ascii: ",") {
            region = region.lowerBound..<region.upperBound + 1
        } else if region.lowerBound > 0, bytes[region.lowerBound - 1] == UInt8(ascii: ",") {
            region = region.lowerBound - 1..<region.upperBound
        }
        bytes.removeSubrange(region)
    }

    /// Swaps the values of two members that do not overlap (half the time), or two random regions.
    private func swapRegions(in bytes: inout [UInt8], using generator: inout SplitMix64) {
        let members = MemberLayout(scanning: bytes).members
        if members.count >= 2, generator.chance(1, in: 2) {
            for _ in 0..<8 {
                let first = generator.element(of: members).value
                let second = generator.element(of: members).value
                if first.upperBound <= second.lowerBound || second.upperBound <= first.lowerBound {
                    Self.swap(first, second, in: &bytes)
                    return
                }
            }
        }
        let first = Self.randomRegion(in: bytes.count, using: &generator)
        let second = Self.randomRegion(in: bytes.count, using: &generator)
        if first.upperBound <= second.lowerBound || second.upperBound <= first.lowerBound {
            Self.swap(first, second, in: &bytes)
        } else {
            bytes.replaceSubrange(first, with: bytes[second])
        }
    }

    /// Nests the whole text, or one member's value, deep in arrays or objects, closed or not.
    private func nestDeeply(_ bytes: inout [UInt8], using generator: inout SplitMix64) -> Int {
        let shape = generator.element(of: DeepNesting.Shape.allCases)
        let closed = generator.chance(4, in: 5)
        let levels = DeepNesting.levels(around: DeepNesting.depth(of: bytes), using: &generator)
        let members = MemberLayout(scanning: bytes).members
        guard !members.isEmpty, generator.chance(1, in: 2) else {
            bytes = DeepNesting.wrap(bytes, levels: levels, shape: shape, closed: closed)
            return levels
        }
        let value = generator.element(of: members).value
        let nested = DeepNesting.wrap(Array(bytes[value]), levels: levels, shape: shape, closed: closed)
        bytes.replaceSubrange(value, with: nested)
        return levels
    }

    // MARK: Regions

    /// A non-empty region of at most a quarter of the text (and at most 256 bytes).
    private static func randomRegion(in count: Int, using generator: inout SplitMix64) -> Range<Int> {
        let length = generator.within(1...max(1, min(256, count / 4)))
        let start = generator.below(count - length + 1)
        return start..<start + length
    }

    private static func swap(_ first: Range<Int>, _ second: Range<Int>, in bytes: inout [UInt8]) {
        let (earlier, later) = first.lowerBound < second.lowerBound ? (first, second) : (second, first)
        var swapped = Array(bytes[..<earlier.lowerBound])
        swapped.reserveCapacity(bytes.count)
        swapped.append(contentsOf: bytes[later])
        swapped.append(contentsOf: bytes[earlier.upperBound..<later.lowerBound])
        swapped.append(contentsOf: bytes[earlier])
        swapped.append(contentsOf: bytes[later.upperBound...])
        bytes = swapped
    }
}

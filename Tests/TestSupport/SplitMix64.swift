/// A small seedable pseudo-random generator (SplitMix64, Steele, Lea & Flood, OOPSLA 2014).
///
/// The one seeded random source of the tests: the fuzzer draws every choice from one of these, seeded
/// from the campaign's seed and the input's number, so that any input can be rebuilt on its own from
/// those two numbers; other tests use it for reproducible splits and samples. Its helpers avoid the
/// standard library's `random(in:using:)`, whose algorithm may change between Swift releases.
///
/// ```swift
/// var generator = SplitMix64(seed: 0)
/// generator.next()  // 0xE220A8397B1DCDAF
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The generator of one input of a campaign: a distinct, well-mixed sequence for each `(seed, stream)`.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (the high half of a 128-bit product: unbiased enough for fuzzing, and branch-free).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "an empty range has no element to draw")
        return Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// A number in `range`.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// Whether an event of probability `numerator / denominator` happens.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array.
    public mutating func element<Element>(of elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// A random byte.
    public mutating func byte() -> UInt8 {
        UInt8(truncatingIfNeeded: next())
    }
}

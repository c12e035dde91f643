import Digest

/// A deterministic byte pattern that is easy to reproduce elsewhere: byte i is (31 * i + 7) mod 256.
func patternBytes(count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: 31 * $0 + 7) }
}

/// Returns `bytes` cut into consecutive pieces whose lengths cycle through `lengths` (zero lengths included).
func split(_ bytes: [UInt8], cyclingThrough lengths: [Int]) -> [ArraySlice<UInt8>] {
    var pieces: [ArraySlice<UInt8>] = []
    var start = 0
    var lengthIndex = 0
    while start < bytes.count {
        let end = min(start + lengths[lengthIndex % lengths.count], bytes.count)
        pieces.append(bytes[start..<end])
        start = end
        lengthIndex += 1
    }
    return pieces
}

/// SplitMix64, so that "random" splits are reproducible from run to run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// The FIPS 180-4 example messages (from the NIST "Cryptographic Standards and Guidelines" examples).
enum FIPSMessage {
    static let abc = "abc"
    static let bits448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    static let bits896 =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    static let oneMillionA = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
}

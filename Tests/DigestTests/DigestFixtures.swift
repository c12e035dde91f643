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

/// The FIPS 180-4 example messages (from the NIST "Cryptographic Standards and Guidelines" examples).
enum FIPSMessage {
    static let abc = "abc"
    static let bits448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    static let bits896 =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    static let oneMillionA = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
}

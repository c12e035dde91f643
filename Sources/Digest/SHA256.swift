/// The SHA-256 hash function of FIPS 180-4, computed incrementally.
///
/// A value type with no heap storage: copying a hasher forks the computation, and hashing short inputs allocates
/// only the returned digest.
package struct SHA256: Sendable {
    /// The length of a SHA-256 digest in bytes.
    package static let digestByteCount = 32

    private var hasher = MerkleDamgardHasher<Compression>()

    /// Creates a hasher for an empty message.
    package init() {}

    /// Appends the bytes in `bytes` to the message.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    /// Appends `bytes` to the message, reading contiguous collections in place.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        ByteChunks.forEach(in: bytes) { hasher.update($0) }
    }

    /// Returns the 32-byte digest of everything appended so far.
    ///
    /// Consuming, because padding is appended to the state: a finalized hasher cannot be extended.
    /// Finalize a copy to take an intermediate digest.
    package consuming func finalize() -> [UInt8] {
        hasher.finalize()
    }

    /// Finishes the hash and writes the 32-byte digest into `destination`, without allocating.
    ///
    /// ```swift
    /// var hasher = SHA256()
    /// hasher.update("abc".utf8)
    /// withUnsafeTemporaryAllocation(byteCount: SHA256.digestByteCount, alignment: 8) { hasher.finalize(into: $0) }
    /// ```
    package consuming func finalize(into destination: UnsafeMutableRawBufferPointer) {
        precondition(destination.count >= Self.digestByteCount, "a SHA-256 digest needs 32 bytes")
        hasher.finalize(into: destination)
    }

    /// Returns the 32-byte SHA-256 digest of `bytes`.
    package static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }
}

extension SHA256 {
    /// The SHA-256 chaining state and compression function (FIPS 180-4 §6.2.2).
    private struct Compression: BlockCompression {
        static let digestByteCount = 32

        /// The round constants K (FIPS 180-4 §4.2.2): the first 32 bits of the fractional parts of the cube roots of
        /// the first 64 primes.
        private static let roundConstants: [UInt32] = [
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        ]

        // The initial hash value H(0) (FIPS 180-4 §5.3.3).
        private var h0: UInt32 = 0x6a09e667
        private var h1: UInt32 = 0xbb67ae85
        private var h2: UInt32 = 0x3c6ef372
        private var h3: UInt32 = 0xa54ff53a
        private var h4: UInt32 = 0x510e527f
        private var h5: UInt32 = 0x9b05688c
        private var h6: UInt32 = 0x1f83d9ab
        private var h7: UInt32 = 0x5be0cd19

        init() {}

        mutating func compress(_ blocks: UnsafeRawBufferPointer) {
            Self.roundConstants.withUnsafeBufferPointer { constants in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                    var blockOffset = 0
                    while blockOffset + 64 <= blocks.count {
                        compressBlock(at: blockOffset, of: blocks, constants: constants, schedule: schedule)
                        blockOffset += 64
                    }
                }
            }
        }

        /// Runs the 64 rounds on the block at `offset`, using `schedule` (64 words) as scratch space.
        @inline(__always)
        private mutating func compressBlock(
            at offset: Int,
            of blocks: UnsafeRawBufferPointer,
            constants: UnsafeBufferPointer<UInt32>,
            schedule: UnsafeMutableBufferPointer<UInt32>
        ) {
            for index in 0..<16 {
                let word = blocks.loadUnaligned(fromByteOffset: offset + 4 * index, as: UInt32.self)
                schedule.initializeElement(at: index, to: UInt32(bigEndian: word))
            }
            for index in 16..<64 {
                let w15 = schedule[index - 15]
                let w2 = schedule[index - 2]
                // σ0 and σ1 of FIPS 180-4 §4.1.2, with the rotations nested: ROTR⁷(x ⊕ ROTR¹¹ x) is
                // ROTR⁷ x ⊕ ROTR¹⁸ x, one copy of x fewer.
                let sigma0 = rotateRight(w15 ^ rotateRight(w15, by: 11), by: 7) ^ (w15 &>> 3)
                let sigma1 = rotateRight(w2 ^ rotateRight(w2, by: 2), by: 17) ^ (w2 &>> 10)
                let word = schedule[index - 16] &+ sigma0 &+ schedule[index - 7] &+ sigma1
                schedule.initializeElement(at: index, to: word)
            }
            var a = h0
            var b = h1
            var c = h2
            var d = h3
            var e = h4
            var f = h5
            var g = h6
            var h = h7
            // Eight rounds per iteration, each naming the working variables shifted by one, so that the
            // rotation of a...h of FIPS 180-4 costs no moves. `bc` carries b ⊕ c from round to round for Maj.
            var bc = b ^ c
            var index = 0
            while index < 64 {
                sha256Round(a, b, &d, e, f, g, &h, &bc, constants[index] &+ schedule[index])
                sha256Round(h, a, &c, d, e, f, &g, &bc, constants[index + 1] &+ schedule[index + 1])
                sha256Round(g, h, &b, c, d, e, &f, &bc, constants[index + 2] &+ schedule[index + 2])
                sha256Round(f, g, &a, b, c, d, &e, &bc, constants[index + 3] &+ schedule[index + 3])
                sha256Round(e, f, &h, a, b, c, &d, &bc, constants[index + 4] &+ schedule[index + 4])
                sha256Round(d, e, &g, h, a, b, &c, &bc, constants[index + 5] &+ schedule[index + 5])
                sha256Round(c, d, &f, g, h, a, &b, &bc, constants[index + 6] &+ schedule[index + 6])
                sha256Round(b, c, &e, f, g, h, &a, &bc, constants[index + 7] &+ schedule[index + 7])
                index += 8
            }

            h0 &+= a
            h1 &+= b
            h2 &+= c
            h3 &+= d
            h4 &+= e
            h5 &+= f
            h6 &+= g
            h7 &+= h
        }

        func writeDigest(into destination: UnsafeMutableRawBufferPointer) {
            destination.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt32.self)
            destination.storeBytes(of: h1.bigEndian, toByteOffset: 4, as: UInt32.self)
            destination.storeBytes(of: h2.bigEndian, toByteOffset: 8, as: UInt32.self)
            destination.storeBytes(of: h3.bigEndian, toByteOffset: 12, as: UInt32.self)
            destination.storeBytes(of: h4.bigEndian, toByteOffset: 16, as: UInt32.self)
            destination.storeBytes(of: h5.bigEndian, toByteOffset: 20, as: UInt32.self)
            destination.storeBytes(of: h6.bigEndian, toByteOffset: 24, as: UInt32.self)
            destination.storeBytes(of: h7.bigEndian, toByteOffset: 28, as: UInt32.self)
        }
    }
}

/// One SHA-256 round (FIPS 180-4 §6.2.2 step 3), given `roundInput` = K[t] + W[t].
///
/// Instead of shifting all eight working variables, only d and h change: the caller renames the rest.
/// c appears only through `bc`, b ⊕ c, which the round replaces by a ⊕ b for the next one:
/// Maj(a, b, c) = b ⊕ ((a ⊕ b) ∧ (b ⊕ c)). The Σ are three independent rotations: nested as
/// ROTR²(a ⊕ ROTR¹¹(a ⊕ ROTR⁹ a)) they take fewer instructions but lengthen the chain from e and a to the
/// next round's, which made the hash slower in time.
@inline(__always)
private func sha256Round(
    _ a: UInt32,
    _ b: UInt32,
    _ d: inout UInt32,
    _ e: UInt32,
    _ f: UInt32,
    _ g: UInt32,
    _ h: inout UInt32,
    _ bc: inout UInt32,
    _ roundInput: UInt32
) {
    let bigSigma1 = rotateRight(e, by: 6) ^ rotateRight(e, by: 11) ^ rotateRight(e, by: 25)
    let choice = g ^ (e & (f ^ g))
    let temporary1 = h &+ bigSigma1 &+ choice &+ roundInput
    let bigSigma0 = rotateRight(a, by: 2) ^ rotateRight(a, by: 13) ^ rotateRight(a, by: 22)
    let ab = a ^ b
    let majority = b ^ (ab & bc)
    bc = ab
    d &+= temporary1
    h = temporary1 &+ bigSigma0 &+ majority
}

@inline(__always)
private func rotateRight(_ value: UInt32, by count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 &- count))
}

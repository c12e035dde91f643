/// The SHA-1 hash function of FIPS 180-4, computed incrementally.
///
/// SHA-1 is broken for collision resistance; it is here for formats that require it (such as name-based UUIDs),
/// not for new security uses.
package struct SHA1: Sendable {
    /// The length of a SHA-1 digest in bytes.
    package static let digestByteCount = 20

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

    /// Returns the 20-byte digest of everything appended so far.
    ///
    /// Consuming, because padding is appended to the state: a finalized hasher cannot be extended.
    /// Finalize a copy to take an intermediate digest.
    package consuming func finalize() -> [UInt8] {
        hasher.finalize()
    }

    /// Returns the 20-byte SHA-1 digest of `bytes`.
    package static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA1()
        hasher.update(bytes)
        return hasher.finalize()
    }
}

extension SHA1 {
    /// The SHA-1 chaining state and compression function (FIPS 180-4 §6.1.2).
    private struct Compression: BlockCompression {
        static let digestByteCount = 20

        // The initial hash value H(0) (FIPS 180-4 §5.3.1).
        private var h0: UInt32 = 0x67452301
        private var h1: UInt32 = 0xefcdab89
        private var h2: UInt32 = 0x98badcfe
        private var h3: UInt32 = 0x10325476
        private var h4: UInt32 = 0xc3d2e1f0

        init() {}

        mutating func compress(_ blocks: UnsafeRawBufferPointer) {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { schedule in
                var blockOffset = 0
                while blockOffset + 64 <= blocks.count {
                    compressBlock(at: blockOffset, of: blocks, schedule: schedule)
                    blockOffset += 64
                }
            }
        }

        /// Runs the 80 rounds on the block at `offset`, using `schedule` (80 words) as scratch space.
        @inline(__always)
        private mutating func compressBlock(
            at offset: Int,
            of blocks: UnsafeRawBufferPointer,
            schedule: UnsafeMutableBufferPointer<UInt32>
        ) {
            for index in 0..<16 {
                let word = blocks.loadUnaligned(fromByteOffset: offset + 4 * index, as: UInt32.self)
                schedule.initializeElement(at: index, to: UInt32(bigEndian: word))
            }
            for index in 16..<80 {
                let mixed = schedule[index - 3] ^ schedule[index - 8] ^ schedule[index - 14] ^ schedule[index - 16]
                schedule.initializeElement(at: index, to: rotateLeft(mixed, by: 1))
            }
            var a = h0
            var b = h1
            var c = h2
            var d = h3
            var e = h4
            for index in 0..<80 {
                let mixing: UInt32
                let constant: UInt32
                switch index {
                case 0..<20:
                    mixing = (b & c) | (~b & d)
                    constant = 0x5a827999
                case 20..<40:
                    mixing = b ^ c ^ d
                    constant = 0x6ed9eba1
                case 40..<60:
                    mixing = (b & c) | (b & d) | (c & d)
                    constant = 0x8f1bbcdc
                default:
                    mixing = b ^ c ^ d
                    constant = 0xca62c1d6
                }
                let temporary = rotateLeft(a, by: 5) &+ mixing &+ e &+ constant &+ schedule[index]
                e = d
                d = c
                c = rotateLeft(b, by: 30)
                b = a
                a = temporary
            }
            h0 &+= a
            h1 &+= b
            h2 &+= c
            h3 &+= d
            h4 &+= e
        }

        func writeDigest(into destination: UnsafeMutableRawBufferPointer) {
            destination.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt32.self)
            destination.storeBytes(of: h1.bigEndian, toByteOffset: 4, as: UInt32.self)
            destination.storeBytes(of: h2.bigEndian, toByteOffset: 8, as: UInt32.self)
            destination.storeBytes(of: h3.bigEndian, toByteOffset: 12, as: UInt32.self)
            destination.storeBytes(of: h4.bigEndian, toByteOffset: 16, as: UInt32.self)
        }
    }
}

/// Rotates `value` left by `count` bits, with `count` in 1...31.
@inline(__always)
private func rotateLeft(_ value: UInt32, by count: UInt32) -> UInt32 {
    (value &<< count) | (value &>> (32 &- count))
}

import Digest
import Testing

@Suite struct SHA1Tests {
    @Test func sha1OfAbc() {
        #expect(
            Hex.encode(SHA1.hash(FIPSMessage.abc.utf8))
                == "a9993e364706816aba3e25717850c26c9cd0d89d"
        )
    }

    @Test func sha1OfEmptyMessage() {
        #expect(
            Hex.encode(SHA1.hash([UInt8]()))
                == "da39a3ee5e6b4b0d3255bfef95601890afd80709"
        )
    }

    @Test func sha1Of448BitMessage() {
        #expect(
            Hex.encode(SHA1.hash(FIPSMessage.bits448.utf8))
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        )
    }

    @Test func sha1Of896BitMessage() {
        #expect(
            Hex.encode(SHA1.hash(FIPSMessage.bits896.utf8))
                == "a49b2446a02c645bf419f995b67091253a04a259"
        )
    }

    @Test func sha1OfOneMillionA() {
        #expect(
            Hex.encode(SHA1.hash(FIPSMessage.oneMillionA))
                == "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
        )
    }

    @Test func sha1DigestIs20Bytes() {
        #expect(SHA1.digestByteCount == 20)
        #expect(SHA1.hash([1, 2, 3]).count == 20)
    }

    /// Lengths around 55/56 and 64 bytes decide whether the padding needs a second block.
    @Test(
        arguments: [
            (55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"),
            (56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"),
            (57, "f08f24908d682555111be7ff6f004e78283d989a"),
            (63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"),
            (64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"),
            (65, "11655326c708d70319be2610e8a57d9a5b959d3b"),
            (119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56"),
            (120, "f34c1488385346a55709ba056ddd08280dd4c6d6"),
            (128, "ad5b3fdbcb526778c2839d2f151ea753995e26a0"),
        ]
    )
    func sha1OfRepeatedAAroundPaddingBoundaries(length: Int, expectedHex: String) {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        #expect(Hex.encode(SHA1.hash(message)) == expectedHex)
    }

    @Test(arguments: [[1], [63], [64], [65], [1, 63, 64, 65, 0, 127, 128, 129, 7], [3, 200, 1, 1000]])
    func sha1IsIndependentOfHowTheInputIsChunked(chunkLengths: [Int]) {
        let message = patternBytes(count: 5000)
        var hasher = SHA1()
        for piece in split(message, cyclingThrough: chunkLengths) {
            hasher.update(piece)
        }
        let digest = hasher.finalize()
        #expect(digest == SHA1.hash(message))
        #expect(Hex.encode(digest) == "26c1e1b8a2f0c90b01ec3bfcbc80d58806738d47")
    }

    @Test func sha1OfRawBufferMatchesSequence() {
        let message = patternBytes(count: 5000)
        var hasher = SHA1()
        message.withUnsafeBytes { hasher.update($0) }
        #expect(Hex.encode(hasher.finalize()) == "26c1e1b8a2f0c90b01ec3bfcbc80d58806738d47")
    }

    @Test func sha1OfNonContiguousSequence() {
        let lazyMessage = (0..<5000).lazy.map { UInt8(truncatingIfNeeded: 31 * $0 + 7) }
        #expect(
            Hex.encode(SHA1.hash(lazyMessage))
                == "26c1e1b8a2f0c90b01ec3bfcbc80d58806738d47"
        )
    }

    @Test func sha1CopiedHasherContinuesIndependently() {
        var hasher = SHA1()
        hasher.update("ab".utf8)
        var fork = hasher
        hasher.update("c".utf8)
        fork.update("x".utf8)
        #expect(Hex.encode(hasher.finalize()) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(fork.finalize() == SHA1.hash("abx".utf8))
    }
}

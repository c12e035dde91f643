import Digest
import TestSupport
import Testing

@Suite struct SHA256Tests {
    @Test func sha256OfAbc() {
        #expect(
            Hex.encode(SHA256.hash(FIPSMessage.abc.utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
    }

    @Test func sha256OfEmptyMessage() {
        #expect(
            Hex.encode(SHA256.hash([UInt8]()))
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        )
    }

    @Test func sha256Of448BitMessage() {
        #expect(
            Hex.encode(SHA256.hash(FIPSMessage.bits448.utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        )
    }

    @Test func sha256Of896BitMessage() {
        #expect(
            Hex.encode(SHA256.hash(FIPSMessage.bits896.utf8))
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        )
    }

    @Test func sha256OfOneMillionA() {
        #expect(
            Hex.encode(SHA256.hash(FIPSMessage.oneMillionA))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        )
    }

    @Test func sha256DigestIs32Bytes() {
        #expect(SHA256.digestByteCount == 32)
        #expect(SHA256.hash([1, 2, 3]).count == 32)
    }

    /// Lengths around 55/56 and 64 bytes decide whether the padding needs a second block.
    @Test(
        arguments: [
            (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
            (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
            (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
            (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
            (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
            (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
            (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
        ]
    )
    func sha256OfRepeatedAAroundPaddingBoundaries(length: Int, expectedHex: String) {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        #expect(Hex.encode(SHA256.hash(message)) == expectedHex)
    }

    @Test(arguments: [[1], [63], [64], [65], [1, 63, 64, 65, 0, 127, 128, 129, 7], [3, 200, 1, 1000]])
    func sha256IsIndependentOfHowTheInputIsChunked(chunkLengths: [Int]) {
        let message = patternBytes(count: 5000)
        var hasher = SHA256()
        for piece in split(message, cyclingThrough: chunkLengths) {
            hasher.update(piece)
        }
        let digest = hasher.finalize()
        #expect(digest == SHA256.hash(message))
        #expect(Hex.encode(digest) == "1e92fd98f113aba0a78e0830ca06e2775912370feab112dfc57bf3258b810595")
    }

    @Test func sha256OfRawBufferMatchesSequence() {
        let message = patternBytes(count: 5000)
        var hasher = SHA256()
        message.withUnsafeBytes { hasher.update($0) }
        #expect(Hex.encode(hasher.finalize()) == "1e92fd98f113aba0a78e0830ca06e2775912370feab112dfc57bf3258b810595")
    }

    @Test func sha256OfNonContiguousSequence() {
        let lazyMessage = (0..<5000).lazy.map { UInt8(truncatingIfNeeded: 31 * $0 + 7) }
        #expect(
            Hex.encode(SHA256.hash(lazyMessage))
                == "1e92fd98f113aba0a78e0830ca06e2775912370feab112dfc57bf3258b810595"
        )
    }

    @Test func sha256CopiedHasherContinuesIndependently() {
        var hasher = SHA256()
        hasher.update("ab".utf8)
        var fork = hasher
        hasher.update("c".utf8)
        fork.update("x".utf8)
        #expect(Hex.encode(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(fork.finalize() == SHA256.hash("abx".utf8))
    }

    @Test func sha256DigestWrittenInPlaceEqualsTheReturnedDigestForEveryLengthUpTo300() {
        for count in 0...300 {
            let message = patternBytes(count: count)
            var hasher = SHA256()
            hasher.update(message)
            let written = [UInt8](unsafeUninitializedCapacity: SHA256.digestByteCount) { buffer, initialized in
                hasher.finalize(into: UnsafeMutableRawBufferPointer(buffer))
                initialized = SHA256.digestByteCount
            }
            #expect(written == SHA256.hash(message), "length \(count)")
        }
    }

    @Test func referenceImplementationReproducesTheFIPSExample() {
        #expect(
            Hex.encode(ReferenceSHA256.hash(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
    }

    @Test func sha256AgreesWithTheReferenceImplementationOnRandomInputsOfEveryLengthUpTo300() {
        var generator = SplitMix64(seed: 0x5348_4132_3536)
        for count in 0...300 {
            let message = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(SHA256.hash(message) == ReferenceSHA256.hash(message), "length \(count)")
        }
    }
}

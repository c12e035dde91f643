import Digest
import Testing

/// The test cases of RFC 4231 §4 for HMAC-SHA-256.
@Suite struct HMACTests {
    private static let longKey = [UInt8](repeating: 0xaa, count: 131)

    @Test func hmacSHA256Rfc4231Case1() {
        let mac = HMAC.sha256(key: [UInt8](repeating: 0x0b, count: 20), message: "Hi There".utf8)
        #expect(Hex.encode(mac) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func hmacSHA256Rfc4231Case2WithKeyShorterThanDigest() {
        let mac = HMAC.sha256(key: "Jefe".utf8, message: "what do ya want for nothing?".utf8)
        #expect(Hex.encode(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func hmacSHA256Rfc4231Case3WithCombinedKeyAndDataOf50Bytes() {
        let mac = HMAC.sha256(
            key: [UInt8](repeating: 0xaa, count: 20),
            message: [UInt8](repeating: 0xdd, count: 50)
        )
        #expect(Hex.encode(mac) == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
    }

    @Test func hmacSHA256Rfc4231Case4() {
        let mac = HMAC.sha256(key: (1...25).map { UInt8($0) }, message: [UInt8](repeating: 0xcd, count: 50))
        #expect(Hex.encode(mac) == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
    }

    @Test func hmacSHA256Rfc4231Case5TruncatedTo128Bits() {
        let mac = HMAC.sha256(key: [UInt8](repeating: 0x0c, count: 20), message: "Test With Truncation".utf8)
        #expect(mac.count == 32)
        #expect(Hex.encode(mac.prefix(16)) == "a3b6167473100ee06e0c796c2955552b")
    }

    @Test func hmacSHA256Rfc4231Case6WithKeyLongerThanBlock() {
        let mac = HMAC.sha256(
            key: Self.longKey,
            message: "Test Using Larger Than Block-Size Key - Hash Key First".utf8
        )
        #expect(Hex.encode(mac) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func hmacSHA256Rfc4231Case7WithKeyAndDataLongerThanBlock() {
        let message =
            "This is a test using a larger than block-size key and a larger than block-size data. "
            + "The key needs to be hashed before being used by the HMAC algorithm."
        let mac = HMAC.sha256(key: Self.longKey, message: message.utf8)
        #expect(Hex.encode(mac) == "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }

    @Test func hmacSHA256AcceptsNonContiguousKeyAndMessage() {
        let mac = HMAC.sha256(
            key: Self.longKey.lazy.map { $0 },
            message: "Test Using Larger Than Block-Size Key - Hash Key First".utf8.lazy.map { $0 }
        )
        #expect(Hex.encode(mac) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func hmacSHA256Rfc4231Case2FedPieceByPieceIntoABuffer() {
        let key = HMAC.SHA256Key("Jefe".utf8)
        let code = Self.code(under: key, pieces: ["what do ya ", "", "want for nothing?"].map { Array($0.utf8)[...] })
        #expect(Hex.encode(code) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func hmacSHA256IntoABufferEqualsTheReturnedCodeForEveryLengthUpTo300() {
        let key = HMAC.SHA256Key(patternBytes(count: 32))
        for count in 0...300 {
            let message = patternBytes(count: count)
            let code = Self.code(under: key, pieces: split(message, cyclingThrough: [4, 0, 7, 61, 1]))
            #expect(code == key.authenticationCode(for: message), "length \(count)")
        }
    }

    /// The code of the concatenated `pieces`, fed one by one and written into a buffer.
    private static func code(under key: HMAC.SHA256Key, pieces: [ArraySlice<UInt8>]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: SHA256.digestByteCount) { buffer, initialized in
            key.authenticationCode(into: UnsafeMutableRawBufferPointer(buffer)) { hasher in
                for piece in pieces { piece.withUnsafeBytes { hasher.update($0) } }
            }
            initialized = SHA256.digestByteCount
        }
    }
}

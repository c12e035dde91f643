/// Keyed-hash message authentication codes (RFC 2104).
package enum HMAC: Sendable {
    /// The block size of SHA-256, to which HMAC pads or hashes the key.
    private static var sha256BlockByteCount: Int { 64 }

    /// Returns the 32-byte HMAC-SHA256 of `message` under `key`.
    ///
    /// Keys longer than the 64-byte block are hashed first, as RFC 2104 requires; shorter keys are zero-padded.
    package static func sha256(key: some Sequence<UInt8>, message: some Sequence<UInt8>) -> [UInt8] {
        withUnsafeTemporaryAllocation(byteCount: sha256BlockByteCount, alignment: 8) { keyBlock in
            keyBlock.initializeMemory(as: UInt8.self, repeating: 0)
            ByteChunks.withContiguous(key) { keyBytes in
                if keyBytes.count > sha256BlockByteCount {
                    var keyHasher = SHA256()
                    keyHasher.update(keyBytes)
                    let hashedKey = keyHasher.finalize()
                    hashedKey.withUnsafeBytes { keyBlock.copyMemory(from: $0) }
                } else {
                    keyBlock.copyMemory(from: keyBytes)
                }
            }

            for index in keyBlock.indices {
                keyBlock[index] ^= 0x36
            }
            var inner = SHA256()
            inner.update(UnsafeRawBufferPointer(keyBlock))
            inner.update(message)
            let innerDigest = inner.finalize()

            // Turns the inner pad (key ^ 0x36) into the outer pad (key ^ 0x5c) in place.
            for index in keyBlock.indices {
                keyBlock[index] ^= 0x36 ^ 0x5c
            }
            var outer = SHA256()
            outer.update(UnsafeRawBufferPointer(keyBlock))
            outer.update(innerDigest)
            return outer.finalize()
        }
    }
}

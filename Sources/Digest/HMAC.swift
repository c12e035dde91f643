/// Keyed-hash message authentication codes (RFC 2104).
package enum HMAC: Sendable {
    /// Returns the 32-byte HMAC-SHA256 of `message` under `key`.
    ///
    /// Keys longer than the 64-byte block are hashed first, as RFC 2104 requires; shorter keys are zero-padded.
    package static func sha256(key: some Sequence<UInt8>, message: some Sequence<UInt8>) -> [UInt8] {
        SHA256Key(key).authenticationCode(for: message)
    }

    /// An HMAC-SHA256 key made ready once: the hashers that have absorbed its inner and outer pads.
    ///
    /// Authenticating many short messages under one key (pseudonyms, say) then costs two compressions a
    /// message instead of four. Copying it forks the prepared hashers; it holds no other copy of the key.
    package struct SHA256Key: Sendable {
        /// The block size of SHA-256, to which HMAC pads or hashes the key.
        private static var blockByteCount: Int { 64 }

        private let inner: SHA256
        private let outer: SHA256

        /// Prepares `key`.
        package init(_ key: some Sequence<UInt8>) {
            var inner = SHA256()
            var outer = SHA256()
            withUnsafeTemporaryAllocation(byteCount: Self.blockByteCount, alignment: 8) { keyBlock in
                keyBlock.initializeMemory(as: UInt8.self, repeating: 0)
                ByteChunks.withContiguous(key) { keyBytes in
                    if keyBytes.count > Self.blockByteCount {
                        SHA256.hash(keyBytes).withUnsafeBytes { keyBlock.copyMemory(from: $0) }
                    } else {
                        keyBlock.copyMemory(from: keyBytes)
                    }
                }
                for index in keyBlock.indices { keyBlock[index] ^= 0x36 }
                inner.update(UnsafeRawBufferPointer(keyBlock))
                // Turns the inner pad (key ^ 0x36) into the outer pad (key ^ 0x5c) in place.
                for index in keyBlock.indices { keyBlock[index] ^= 0x36 ^ 0x5c }
                outer.update(UnsafeRawBufferPointer(keyBlock))
                // The pads are key material: leave none of it behind in the scratch memory.
                keyBlock.initializeMemory(as: UInt8.self, repeating: 0)
            }
            self.inner = inner
            self.outer = outer
        }

        /// Returns the 32-byte HMAC-SHA256 of `message`.
        package func authenticationCode(for message: some Sequence<UInt8>) -> [UInt8] {
            var inner = inner
            inner.update(message)
            var outer = outer
            outer.update(inner.finalize())
            return outer.finalize()
        }

        /// Writes the 32-byte HMAC-SHA256 of a message given piece by piece into `destination`, allocating
        /// nothing: `message` feeds the pieces to the inner hasher.
        ///
        /// ```swift
        /// withUnsafeTemporaryAllocation(byteCount: 32, alignment: 8) { code in
        ///     key.authenticationCode(into: code) { hasher in hasher.update("abc".utf8) }
        /// }
        /// ```
        package func authenticationCode(
            into destination: UnsafeMutableRawBufferPointer,
            message: (inout SHA256) -> Void
        ) {
            precondition(destination.count >= SHA256.digestByteCount, "an HMAC-SHA256 code needs 32 bytes")
            var inner = inner
            message(&inner)
            // The inner digest goes where the code will be, then is hashed by the outer hasher.
            inner.finalize(into: destination)
            var outer = outer
            outer.update(UnsafeRawBufferPointer(rebasing: destination[..<SHA256.digestByteCount]))
            outer.finalize(into: destination)
        }
    }
}

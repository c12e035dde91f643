/// The HMAC-based extract-and-expand key derivation function (RFC 5869).
package enum HKDF: Sendable {
    /// The largest output RFC 5869 allows for HMAC-SHA256: 255 blocks of 32 bytes.
    private static var sha256MaximumOutputByteCount: Int { 255 * SHA256.digestByteCount }

    /// Derives `outputByteCount` bytes of key material with HKDF-SHA256, or returns nil when
    /// `outputByteCount > 255 * 32` or `outputByteCount < 0`.
    ///
    /// An empty `salt` stands for 32 zero bytes, as RFC 5869 §2.2 specifies (HMAC pads short keys with zeros anyway).
    package static func sha256(
        inputKeyMaterial: some Sequence<UInt8>,
        salt: some Sequence<UInt8>,
        info: some Sequence<UInt8>,
        outputByteCount: Int
    ) -> [UInt8]? {
        guard outputByteCount >= 0, outputByteCount <= sha256MaximumOutputByteCount else { return nil }
        let pseudorandomKey = HMAC.sha256(key: salt, message: inputKeyMaterial)
        let info = Array(info)
        var output: [UInt8] = []
        output.reserveCapacity(outputByteCount)
        var previousBlock: [UInt8] = []
        var counter: UInt8 = 1
        while output.count < outputByteCount {
            // T(i) = HMAC-Hash(PRK, T(i-1) | info | i), with T(0) empty.
            let blockInput = previousBlock + info + [counter]
            previousBlock = HMAC.sha256(key: pseudorandomKey, message: blockInput)
            output.append(contentsOf: previousBlock.prefix(outputByteCount - output.count))
            counter &+= 1
        }
        return output
    }
}

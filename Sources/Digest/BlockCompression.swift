/// The compression function of a Merkle–Damgård hash over 64-byte blocks, such as SHA-1 and SHA-256.
///
/// Conformers hold only the chaining state; ``MerkleDamgardHasher`` does the buffering and padding they share.
protocol BlockCompression: Sendable {
    /// The number of bytes that ``writeDigest(into:)`` writes.
    static var digestByteCount: Int { get }

    /// Creates the algorithm's initial chaining state.
    init()

    /// Folds `blocks`, whose count is a multiple of 64, into the chaining state.
    ///
    /// Taking several blocks per call lets long inputs be compressed straight from the caller's memory.
    mutating func compress(_ blocks: UnsafeRawBufferPointer)

    /// Writes the chaining state, big-endian, into the first ``digestByteCount`` bytes of `destination`.
    func writeDigest(into destination: UnsafeMutableRawBufferPointer)
}

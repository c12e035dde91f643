/// The streaming front end shared by SHA-1 and SHA-256: buffers partial blocks and applies the FIPS 180-4 padding.
///
/// The partial block lives in a tuple rather than an array, so a hasher never allocates.
struct MerkleDamgardHasher<Compression: BlockCompression>: Sendable {
    /// The block size of every FIPS 180-4 hash this type supports.
    static var blockByteCount: Int { 64 }

    /// The length field of the padding starts at this offset of the last block.
    private static var lengthFieldOffset: Int { 56 }

    /// Eight words hold one 64-byte block without allocating.
    private typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    private var compression = Compression()
    private var pending: Block = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingByteCount = 0
    private var messageByteCount: UInt64 = 0

    /// Creates a hasher in the algorithm's initial state.
    init() {}

    /// Appends `bytes` to the message, compressing every block that becomes complete.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var input = bytes
        guard !input.isEmpty else { return }
        messageByteCount &+= UInt64(input.count)
        if pendingByteCount > 0 {
            let taken = min(Self.blockByteCount - pendingByteCount, input.count)
            let start = pendingByteCount
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[start..<start + taken])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: input[..<taken]))
            }
            pendingByteCount += taken
            input = UnsafeRawBufferPointer(rebasing: input[taken...])
            guard pendingByteCount == Self.blockByteCount else { return }
            compressPending()
            pendingByteCount = 0
        }
        let wholeBlocksByteCount = input.count - input.count % Self.blockByteCount
        if wholeBlocksByteCount > 0 {
            compression.compress(UnsafeRawBufferPointer(rebasing: input[..<wholeBlocksByteCount]))
            input = UnsafeRawBufferPointer(rebasing: input[wholeBlocksByteCount...])
        }
        if !input.isEmpty {
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[..<input.count]).copyMemory(from: input)
            }
            pendingByteCount = input.count
        }
    }

    /// Pads the message, compresses the last block(s) and returns the digest; the hasher must not be updated after.
    mutating func finalize() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: Compression.digestByteCount) { digest, initializedCount in
            finalize(into: UnsafeMutableRawBufferPointer(digest))
            initializedCount = Compression.digestByteCount
        }
    }

    /// Pads the message, processes the last block(s) and writes the digest into `destination`, which holds
    /// at least `Compression.digestByteCount` bytes: no allocation, for callers that hash many short messages.
    mutating func finalize(into destination: UnsafeMutableRawBufferPointer) {
        let messageBitCount = messageByteCount &* 8
        let markerOffset = pendingByteCount
        withUnsafeMutableBytes(of: &pending) { block in
            block[markerOffset] = 0x80
            UnsafeMutableRawBufferPointer(rebasing: block[(markerOffset + 1)...]).initializeMemory(
                as: UInt8.self,
                repeating: 0
            )
        }
        if markerOffset >= Self.lengthFieldOffset {
            compressPending()
            pending = (0, 0, 0, 0, 0, 0, 0, 0)
        }
        withUnsafeMutableBytes(of: &pending) { block in
            block.storeBytes(of: messageBitCount.bigEndian, toByteOffset: Self.lengthFieldOffset, as: UInt64.self)
        }
        compressPending()
        pendingByteCount = 0
        compression.writeDigest(into: destination)
    }

    private mutating func compressPending() {
        let block = pending
        withUnsafeBytes(of: block) { compression.compress($0) }
    }
}

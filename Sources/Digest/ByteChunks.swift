/// Hands the bytes of any sequence to code that works on raw buffers, copying only when the sequence is not contiguous.
enum ByteChunks: Sendable {
    /// The size of the stack buffer through which non-contiguous sequences are copied.
    private static var chunkByteCount: Int { 256 }

    /// Calls `body` with successive buffers that together hold `bytes` in order.
    ///
    /// Contiguous sequences (arrays, native strings' UTF-8 views, `Data`) are passed in one call without copying;
    /// any other sequence is streamed through a small stack buffer, so arbitrarily long lazy sequences never allocate.
    static func forEach(in bytes: some Sequence<UInt8>, _ body: (UnsafeRawBufferPointer) -> Void) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }
        guard handled == nil else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunkByteCount) { chunk in
            var iterator = bytes.makeIterator()
            var isExhausted = false
            while !isExhausted {
                var count = 0
                while count < chunk.count {
                    guard let byte = iterator.next() else {
                        isExhausted = true
                        break
                    }
                    chunk.initializeElement(at: count, to: byte)
                    count += 1
                }
                if count > 0 {
                    body(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: chunk[..<count])))
                }
            }
        }
    }

    /// Calls `body` with all of `bytes` in a single buffer, copying them into an array only when not contiguous.
    static func withContiguous<Result>(
        _ bytes: some Sequence<UInt8>,
        _ body: (UnsafeRawBufferPointer) -> Result
    ) -> Result {
        if let result = bytes.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes(body)
    }
}

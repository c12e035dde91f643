/// A 64-bit fingerprint of a JSON value that is the same on every run and machine.
///
/// Equal values get equal fingerprints: member order does not count, and numbers count by their
/// decimal value (`1.0` and `1`). Strings count by their UTF-8 bytes. It finds repeated statements
/// in large exports without keeping them; it is not a cryptographic hash.
extension JSONValue {
    package var fingerprint: UInt64 {
        var state = Fingerprint()
        state.add(self)
        return state.value
    }
}

/// FNV-1a steps for single bytes, MurmurHash3's fmix64 for whole words and at the end; objects combine
/// members by addition so that their order does not matter. Words are read in the machine's byte order,
/// so fingerprints agree across little-endian machines (all that Swift runs on today).
private struct Fingerprint {
    private(set) var hash: UInt64 = 0xCBF2_9CE4_8422_2325

    var value: UInt64 { hash.avalanched }

    mutating func byte(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func word(_ word: UInt64) {
        hash = (hash ^ word).avalanched
    }

    mutating func add(_ value: JSONValue) {
        switch value {
        case .null:
            byte(0)
        case .bool(let bool):
            byte(bool ? 2 : 1)
        case .number(let number):
            byte(3)
            number.feedCanonicalForm { byte($0) }
        case .string(let string):
            byte(4)
            add(string)
        case .array(let elements):
            byte(5)
            for element in elements {
                var inner = Fingerprint()
                inner.add(element)
                word(inner.value)
            }
        case .object(let object):
            byte(6)
            var sum: UInt64 = 0
            for member in object.members {
                var inner = Fingerprint()
                inner.add(member.key)
                inner.add(member.value)
                sum &+= inner.value
            }
            word(sum)
            word(UInt64(object.count))
        }
    }

    /// Strings go in eight bytes at a time, then the tail, then their length, so "ab"+"c" and "a"+"bc" differ.
    private mutating func add(_ string: String) {
        var text = string
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset + 8 <= bytes.count {
                word(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            while offset < bytes.count {
                byte(bytes[offset])
                offset += 1
            }
        }
        word(UInt64(string.utf8.count))
    }

}

extension UInt64 {
    /// The value with its bits avalanched (MurmurHash3's 64-bit finalizer): inputs that differ in one bit
    /// differ in about half the bits of the result, so hashes built on it spread evenly.
    package var avalanched: UInt64 {
        var z = self
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }
}

/// Remembers every statement id of an export compactly, to find repeated ids in constant memory per statement.
///
/// Each entry is the 128-bit id, a 32-bit hash of the statement's content and the 1-based line (or index)
/// where it was first seen: 28 bytes. Entries live in 256 open-addressing tables chosen by the id's first
/// byte, so growing one table never holds two copies of the whole set.
struct StatementIDRegistry {
    /// What the registry knew of an id before it was recorded.
    enum Sighting: Equatable {
        /// The first time.
        case new
        /// Seen before with the same content, at `firstPlace`.
        case repeated(firstPlace: Int)
        /// Seen before with different content, at `firstPlace`.
        case conflicting(firstPlace: Int)
    }

    private var shards: [Shard] = Array(repeating: Shard(), count: 256)

    /// The number of distinct ids recorded.
    private(set) var count = 0

    /// Records `id` with its content hash and place, and says whether it was seen before.
    mutating func record(_ id: StatementID, contentHash: UInt32, place: Int) -> Sighting {
        let shard = Int(id.high >> 56)
        let sighting = shards[shard].record(id, contentHash: contentHash, place: UInt32(truncatingIfNeeded: place))
        if sighting == .new { count += 1 }
        return sighting
    }

    /// One open-addressing table with linear probing; slot arrays side by side to avoid padding.
    private struct Shard {
        var high: [UInt64] = []
        var low: [UInt64] = []
        var hashes: [UInt32] = []
        var places: [UInt32] = []
        var used = 0

        mutating func record(_ id: StatementID, contentHash: UInt32, place: UInt32) -> Sighting {
            if (used + 1) * 8 > high.count * 7 { grow() }
            let mask = high.count - 1
            var slot = Int(truncatingIfNeeded: id.low ^ (id.high >> 7)) & mask
            while places[slot] != 0 {
                if high[slot] == id.high, low[slot] == id.low {
                    let first = Int(places[slot]) - 1
                    return hashes[slot] == contentHash ? .repeated(firstPlace: first) : .conflicting(firstPlace: first)
                }
                slot = (slot + 1) & mask
            }
            high[slot] = id.high
            low[slot] = id.low
            hashes[slot] = contentHash
            // Place 0 marks an empty slot; places are stored plus one.
            places[slot] = place &+ 1
            used += 1
            return .new
        }

        private mutating func grow() {
            let capacity = max(16, high.count * 2)
            let old = (high, low, hashes, places)
            high = Array(repeating: 0, count: capacity)
            low = Array(repeating: 0, count: capacity)
            hashes = Array(repeating: 0, count: capacity)
            places = Array(repeating: 0, count: capacity)
            used = 0
            for slot in old.3.indices where old.3[slot] != 0 {
                _ = record(
                    StatementID(high: old.0[slot], low: old.1[slot]),
                    contentHash: old.2[slot],
                    place: old.3[slot] &- 1
                )
            }
        }
    }
}

/// A statement id as 128 bits, case-insensitive like the UUID it is.
struct StatementID: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Reads the 8-4-4-4-12 hexadecimal form; `nil` for anything else.
    init?(_ text: String) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var digits = 0
        var utf8Count = 0
        for byte in text.utf8 {
            utf8Count += 1
            if byte == UInt8(ascii: "-") {
                switch utf8Count {
                case 9, 14, 19, 24: continue
                default: return nil
                }
            }
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            if digits < 16 {
                high = high << 4 | UInt64(value)
            } else {
                low = low << 4 | UInt64(value)
            }
            digits += 1
        }
        guard digits == 32, utf8Count == 36 else { return nil }
        self.init(high: high, low: low)
    }
}

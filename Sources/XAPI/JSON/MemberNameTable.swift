/// The member names xAPI statements are written with, each held once as a `String`, so that the parser
/// hands out one of these instead of building a new string for every key it reads.
///
/// Keys are about half of the strings of a statement and nearly all of them are property names of the
/// specification (Data 2.4 to 2.5) or language tags; building a string (checking its UTF-8 again and
/// copying it) costs several times a lookup here. A name is found by its exact bytes only, so a key
/// that is not in the table, or is written with escapes, is built as before: the result is the same.
struct MemberNameTable: Sendable {
    /// The table of the parser: every property name of xAPI 1.0.3 and 2.0 objects, the members of a
    /// StatementResult, and the language tags most language maps use.
    static let xAPI = MemberNameTable(names: [
        // Statement and SubStatement (Data 2.4, 2.4.4.3)
        "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
        "attachments", "objectType",
        // Agent, Group, Account (Data 2.4.2)
        "name", "mbox", "mbox_sha1sum", "openid", "account", "homePage", "member",
        // Verb, Activity and its definition (Data 2.4.3, 2.4.4.1)
        "display", "definition", "description", "type", "moreInfo", "extensions", "interactionType",
        "correctResponsesPattern", "choices", "scale", "source", "target", "steps",
        // Result and Score (Data 2.4.5)
        "score", "scaled", "raw", "min", "max", "success", "completion", "response", "duration",
        // Context (Data 2.4.6)
        "registration", "instructor", "team", "contextActivities", "contextAgents", "contextGroups",
        "relevantTypes", "parent", "grouping", "category", "other", "revision", "platform", "language",
        "statement",
        // Attachment (Data 2.4.11)
        "usageType", "contentType", "length", "sha2", "fileUrl",
        // StatementResult (Communication 2.1.3)
        "statements", "more",
        // Language maps (Data 4.2)
        "en", "en-US", "en-GB", "fr", "fr-FR", "fr-CA", "fr-BE", "fr-CH", "de", "de-DE", "es", "es-ES", "it",
        "it-IT", "nl", "nl-NL", "pt", "pt-BR", "und",
    ])

    /// The longest name the table holds: three 64-bit words.
    static let longestName = 24

    /// A name with its bytes packed into three little-endian words (zero past its end).
    private struct Slot: Sendable {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        /// The name's length in bytes; 0 marks an empty slot.
        var count = 0
        var name = ""
        /// The name's place in the list the table was made from.
        var ordinal = 0
    }

    /// How many names a table holds at most: an ordinal fits a ``MemberNameSet``.
    static let capacity = MemberNameSet.capacity

    /// Open addressing, at most a third full so that a miss ends after a probe or two.
    private let slots: [Slot]
    private let mask: Int

    private init(names: [String]) {
        precondition(names.count <= Self.capacity, "a table holds at most \(Self.capacity) names")
        var capacity = 64
        while capacity < names.count * 3 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (ordinal, name) in names.enumerated() {
            let bytes = Array(name.utf8)
            precondition(!bytes.isEmpty && bytes.count <= Self.longestName, "\(name) does not fit the table")
            let words = bytes.withUnsafeBufferPointer { Self.words(of: $0, from: 0, count: bytes.count) }
            var position = Self.slot(of: words, count: bytes.count, mask: capacity - 1)
            while slots[position].count != 0 { position = (position + 1) & (capacity - 1) }
            slots[position] = Slot(words: words, count: bytes.count, name: name, ordinal: ordinal)
        }
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The slot of the name whose bytes are `bytes[start..<start + count]`, if the table holds it.
    ///
    /// Equal bytes always give the same slot, and bytes the table does not hold give none.
    @inline(__always)
    func slot(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard count > 0, count <= Self.longestName else { return nil }
        let words = Self.words(of: bytes, from: start, count: count)
        var position = Self.slot(of: words, count: count, mask: mask)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slotCount = slots[position].count
                if slotCount == 0 { return nil }
                if slotCount == count, slots[position].words == words { return position }
                position = (position + 1) & mask
            }
        }
    }

    /// The name held in `slot`, a slot this table gave.
    @inline(__always)
    func name(inSlot slot: Int) -> String {
        slots[slot].name
    }

    /// The place in the table's list of the name held in `slot`, a slot this table gave: from 0 to
    /// ``capacity`` - 1, one per name.
    @inline(__always)
    func ordinal(inSlot slot: Int) -> Int {
        slots[slot].ordinal
    }

    /// The bytes packed into three words: loaded eight at a time where the buffer has room past the name
    /// (it almost always has: a key is followed by its value), byte by byte near its end.
    @inline(__always)
    private static func words(
        of bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        count: Int
    ) -> (UInt64, UInt64, UInt64) {
        if start + longestName <= bytes.count, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base + start)
            return (
                UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & lowBytes(count),
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & lowBytes(count - 8),
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)) & lowBytes(count - 16)
            )
        }
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for offset in 0..<count {
            let byte = UInt64(bytes[start + offset]) << (UInt64(offset % 8) * 8)
            switch offset / 8 {
            case 0: words.0 |= byte
            case 1: words.1 |= byte
            default: words.2 |= byte
            }
        }
        return words
    }

    /// A mask keeping the low `count` bytes of a word (all of them from 8, none below 1).
    @inline(__always)
    private static func lowBytes(_ count: Int) -> UInt64 {
        if count >= 8 { return ~0 }
        if count <= 0 { return 0 }
        return (1 << (UInt64(count) * 8)) &- 1
    }

    @inline(__always)
    private static func slot(of words: (UInt64, UInt64, UInt64), count: Int, mask: Int) -> Int {
        let mixed =
            (words.0 ^ (words.1 &* 0x9E37_79B9) ^ (words.2 &* 0x85EB_CA6B) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }
}

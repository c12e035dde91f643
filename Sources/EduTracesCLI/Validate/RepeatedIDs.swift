package import XAPI
import XAPIValidation

/// Remembers every statement id of an export compactly, to find repeated ids in constant memory per statement.
///
/// Each entry is the 128-bit id and a 32-bit fingerprint of the statement's content: 20 bytes, about 27
/// bytes an id with the tables' free slots. Entries live in 256 open-addressing tables chosen by a hash
/// of the id, so growing one table never holds two copies of the whole set. Where an id was first seen
/// is not kept: at a million ids, the line numbers would cost as much again.
package struct StatementIDRegistry {
    /// What the registry knew of an id before it was recorded.
    package enum Sighting: Equatable {
        /// The first time.
        case new
        /// Seen before with the same content.
        case repeated
        /// Seen before with different content.
        case conflicting
    }

    private var shards: [Shard] = Array(repeating: Shard(), count: 256)

    /// The number of distinct ids recorded.
    package private(set) var count = 0

    /// Creates an empty registry.
    package init() {}

    /// Records `id` with its content fingerprint, and says whether it was seen before.
    package mutating func record(_ id: StatementID, contentHash: UInt32) -> Sighting {
        let sighting = shards[Int(id.mixed & 0xFF)].record(id, contentHash: contentHash)
        if sighting == .new { count += 1 }
        return sighting
    }

    /// One open-addressing table with linear probing, in a single allocation of five 32-bit words a slot:
    /// the id's four words, then the content fingerprint, never zero in a used slot.
    private struct Shard {
        static let wordsPerSlot = 5
        var words: [UInt32] = []
        var used = 0

        var capacity: Int { words.count / Self.wordsPerSlot }

        package mutating func record(_ id: StatementID, contentHash: UInt32) -> Sighting {
            if (used + 1) * 8 > capacity * 7 { grow() }
            let key = id.words
            // A zero fingerprint marks an empty slot; content whose fingerprint is zero is stored as one.
            let fingerprint = max(contentHash, 1)
            // Lemire's multiply-shift maps the hash's high bits onto any capacity, so tables can grow by half.
            var slot = Int(truncatingIfNeeded: id.mixed.multipliedFullWidth(by: UInt64(capacity)).high)
            return words.withUnsafeMutableBufferPointer { words in
                while true {
                    let base = slot * Self.wordsPerSlot
                    if words[base + 4] == 0 {
                        words[base] = key.0
                        words[base + 1] = key.1
                        words[base + 2] = key.2
                        words[base + 3] = key.3
                        words[base + 4] = fingerprint
                        used += 1
                        return .new
                    }
                    if words[base] == key.0, words[base + 1] == key.1, words[base + 2] == key.2,
                        words[base + 3] == key.3
                    {
                        return words[base + 4] == fingerprint ? .repeated : .conflicting
                    }
                    slot = slot + 1 == words.count / Self.wordsPerSlot ? 0 : slot + 1
                }
            }
        }

        /// Grows by half, which keeps tables between 58% and 88% full.
        private mutating func grow() {
            let old = words
            words = Array(repeating: 0, count: max(16, capacity + capacity / 2) * Self.wordsPerSlot)
            used = 0
            for base in stride(from: 0, to: old.count, by: Self.wordsPerSlot) where old[base + 4] != 0 {
                let high = UInt64(old[base]) << 32 | UInt64(old[base + 1])
                let low = UInt64(old[base + 2]) << 32 | UInt64(old[base + 3])
                _ = record(StatementID(high: high, low: low), contentHash: old[base + 4])
            }
        }
    }
}

extension StatementID {
    /// The id as four 32-bit words, most significant first.
    fileprivate var words: (UInt32, UInt32, UInt32, UInt32) {
        (
            UInt32(truncatingIfNeeded: high >> 32), UInt32(truncatingIfNeeded: high),
            UInt32(truncatingIfNeeded: low >> 32), UInt32(truncatingIfNeeded: low)
        )
    }
}

/// Judges each statement's id against the ids before it in the export, in input order.
///
/// In statements that share a batch (a JSON array, which an LRS accepts or rejects whole) any repeated id is
/// an error. In an NDJSON export an identical repeat is a warning (a statement exported twice) and a
/// different statement under the same id an error (an LRS keeps the first and refuses the second).
///
/// ```swift
/// var repeatedIDs = RepeatedIDJudgement()
/// repeatedIDs.judge(&verdict, statementsShareABatch: reader.statementsShareABatch)
/// ```
struct RepeatedIDJudgement {
    private var registry = StatementIDRegistry()

    /// Adds a finding to `verdict` when its id was seen before in this export.
    mutating func judge(_ verdict: inout StatementVerdict, statementsShareABatch: Bool) {
        guard let id = verdict.statementID, let text = verdict.id else { return }
        let idPath = JSONPointer.root.appending("id")
        switch (registry.record(id, contentHash: verdict.contentHash), statementsShareABatch) {
        case (.new, _):
            break
        case (.repeated, false):
            verdict.findings.append(
                Finding(
                    rule: .repeatedStatement,
                    path: idPath,
                    message: "the same statement (id \(text)) appears earlier in this export"
                )
            )
        case (.conflicting, false):
            verdict.findings.append(
                Finding(
                    rule: .batchDuplicateID,
                    path: idPath,
                    message: "id \(text) is used earlier in this export by a different statement"
                )
            )
        case (_, true):
            verdict.findings.append(
                Finding(
                    rule: .batchDuplicateID,
                    path: idPath,
                    message:
                        "id \(text) is also the id of an earlier statement of this batch; an LRS rejects the whole batch"
                )
            )
        }
    }
}

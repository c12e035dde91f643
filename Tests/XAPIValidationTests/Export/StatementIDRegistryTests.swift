import Testing
import XAPI

@testable import XAPIValidation

/// The registry that finds repeated statement ids in constant memory per id.
@Suite("Statement id registry")
struct StatementIDRegistryTests {
    @Test func tellsNewRepeatedAndConflictingIdsApart() throws {
        var registry = StatementIDRegistry()
        let id = try StatementID("5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7d")
        #expect(registry.record(id, contentHash: 7) == .new)
        #expect(registry.record(id, contentHash: 7) == .repeated)
        #expect(registry.record(id, contentHash: 8) == .conflicting)
        #expect(registry.count == 1)
    }

    @Test func readsUUIDsInEitherCaseAsTheSameId() throws {
        #expect(
            try StatementID("5B0A3B0E-2F57-4A2C-9D6E-3C1F0E8A9B7D")
                == StatementID("5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7d")
        )
        #expect(!StatementID.isValid("5b0a3b0e2f574a2c9d6e3c1f0e8a9b7d"))
        #expect(!StatementID.isValid("5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7"))
    }

    /// Sequential ids (the first 96 bits equal) once piled into one slot run: every insertion walked them all.
    @Test(.timeLimit(.minutes(1)))
    func keepsSequentialIdsApartAndFindsEachOnce() {
        var registry = StatementIDRegistry()
        let count = 300_000
        for number in 0..<count {
            let id = StatementID(high: 0x0000_0000_0000_4000, low: 0x8000_0000_0000_0000 | UInt64(number))
            #expect(registry.record(id, contentHash: UInt32(number % 97)) == .new)
        }
        #expect(registry.count == count)
        let again = StatementID(high: 0x0000_0000_0000_4000, low: 0x8000_0000_0000_0000 | 12_345)
        #expect(registry.record(again, contentHash: 12_345 % 97) == .repeated)
        #expect(registry.record(again, contentHash: 1) == .conflicting)
    }
}

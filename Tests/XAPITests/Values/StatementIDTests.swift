import Foundation
import Testing
import XAPI

@Suite("Statement ids")
struct StatementIDTests {
    @Test func readsEitherCaseAsOneIdAndKeepsTheTextAsWritten() throws {
        let upper = try StatementID("5B0A3B0E-2F57-4A2C-9D6E-3C1F0E8A9B7D")
        let lower = try StatementID("5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7d")
        #expect(upper == lower)
        #expect(upper.hashValue == lower.hashValue)
        #expect(upper.text == "5B0A3B0E-2F57-4A2C-9D6E-3C1F0E8A9B7D")
        #expect(upper.canonicalText == lower.text)
    }

    @Test(arguments: [
        "5b0a3b0e2f574a2c9d6e3c1f0e8a9b7d", "5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7",
        "5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7dd",
        "5b0a3b0e-2f57-4a2c-9d6e_3c1f0e8a9b7d", "5b0a3b0e-2f57-4a2c-9d6e-3c1f0e8a9b7g", "",
    ])
    func refusesOtherText(_ text: String) {
        #expect(!StatementID.isValid(text))
        #expect(throws: ValueFormatError.self) { try StatementID(text) }
    }

    @Test func convertsToAndFromFoundationUUIDs() throws {
        for _ in 0..<100 {
            let uuid = UUID()
            let id = StatementID(uuid)
            #expect(id.uuid == uuid)
            #expect(id.text == uuid.uuidString.lowercased())
            #expect(try StatementID(uuid.uuidString) == id)
        }
    }

    @Test func makesDistinctRandomIds() {
        #expect(Set((0..<1_000).map { _ in StatementID() }).count == 1_000)
    }
}

import Foundation

/// Helpers shared by the value-type tests: JSON round trips through Foundation's coders.
enum ValueFixtures {
    /// Encodes `[value]` (top-level fragments are not portable) without escaping `/`, and decodes it back.
    static func roundTrip<Value: Codable>(_ value: Value) throws -> (json: String, decoded: Value?) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode([value])
        let decoded = try JSONDecoder().decode([Value].self, from: data)
        return (String(decoding: data, as: UTF8.self), decoded.first)
    }

    /// The `debugDescription` of the `DecodingError.dataCorrupted` thrown when decoding `[text]`,
    /// or `nil` when decoding succeeds or fails otherwise.
    static func dataCorruptedDescription<Value: Decodable>(decoding type: Value.Type, _ text: String) -> String? {
        do {
            let data = try JSONEncoder().encode([text])
            _ = try JSONDecoder().decode([Value].self, from: data)
            return nil
        } catch DecodingError.dataCorrupted(let context) {
            return context.debugDescription
        } catch {
            return nil
        }
    }
}

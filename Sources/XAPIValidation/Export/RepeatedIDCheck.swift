import XAPI

/// Finds statements that reuse an earlier statement's id (xAPI Communication 2.1.2, Data 2.3.1): the one
/// implementation of the rule, for the command and for ``Validator/validate(batch:)`` alike.
///
/// In a batch (statements sent together) any repeated id is an error: an LRS rejects the whole batch.
/// In an export of independent statements, an identical repeat is a warning (an LRS stores it once) and
/// a different statement under the same id is an error. Ids are kept in 20 bytes each (the id and a
/// fingerprint of the content), so a million-statement export needs about 27 MB.
struct RepeatedIDCheck: ExportCheck {
    private var registry = StatementIDRegistry()

    /// A statement's id (its bits only) and the fingerprint of its content: small enough to travel
    /// without an allocation.
    private struct Sighting: Sendable {
        let high: UInt64
        let low: UInt64
        let fingerprint: UInt32
    }

    var extractor: @Sendable (JSONValue) -> (any Sendable)? {
        { statement in
            guard let text = statement[property: "id"]?.stringValue, let id = try? StatementID(text) else {
                return nil
            }
            // Only statements with an id can repeat one: the others need no fingerprint.
            return Sighting(high: id.high, low: id.low, fingerprint: UInt32(truncatingIfNeeded: statement.fingerprint))
        }
    }

    mutating func check(_ extract: (any Sendable)?, at position: ExportPosition) -> [Finding] {
        guard let sighting = extract as? Sighting else { return [] }
        let statementID = StatementID(high: sighting.high, low: sighting.low)
        let seen = registry.record(statementID, contentHash: sighting.fingerprint)
        guard seen != .new else { return [] }
        let id = statementID.canonicalText
        let path = JSONPointer.root.appending("id")
        if position.sharesBatch {
            return [
                Finding(
                    rule: .batchDuplicateID,
                    path: path,
                    message: LocalizedText(
                        english: "id \(id) is also the id of an earlier statement of this batch; "
                            + "an LRS rejects the whole batch",
                        french: "l'id \(id) est aussi celui d'une déclaration précédente de ce lot ; "
                            + "un LRS rejette le lot entier"
                    )
                )
            ]
        }
        if seen == .repeated {
            return [
                Finding(
                    rule: .repeatedStatement,
                    path: path,
                    message: LocalizedText(
                        english: "the same statement (id \(id)) appears earlier in this export",
                        french: "la même déclaration (id \(id)) figure plus haut dans cet export"
                    )
                )
            ]
        }
        return [
            Finding(
                rule: .batchDuplicateID,
                path: path,
                message: LocalizedText(
                    english: "id \(id) is used earlier in this export by a different statement",
                    french: "l'id \(id) est déjà utilisé plus haut dans cet export par une autre déclaration"
                )
            )
        ]
    }

    func finish() -> [ExportFinding] { [] }
}

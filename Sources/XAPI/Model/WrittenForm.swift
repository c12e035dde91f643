import Foundation

/// How a model was spelled in its JSON, where xAPI allows two spellings of the same data.
///
/// Decoding records the spelling so that writing gives back the very same JSON (lossless
/// round trips), yet two models that differ only in spelling are equal: `==` is always true
/// and hashing adds nothing. Public initializers use the default, explicit spelling.
struct WrittenForm: Hashable, Sendable {
    /// Whether an optional `objectType` (`"Agent"`, `"Activity"`) was left out.
    var omitsObjectType = false
    /// The UUID's text as written (xAPI accepts upper-case hex, Foundation writes lower-case).
    var uuidText: String?
    /// The `contextActivities` keys written as one Activity object rather than an array.
    var singleObjectKeys: Set<String> = []

    static func == (lhs: WrittenForm, rhs: WrittenForm) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}

extension WrittenForm {
    /// The form of a UUID read from `text`.
    init(uuidText text: String?) {
        self.uuidText = text
    }

    /// The JSON string of `uuid`: its text as written when it still names the same UUID, else lower-case.
    func json(for uuid: UUID) -> JSONValue {
        if let uuidText, (try? StatementID(uuidText))?.uuid == uuid { return .string(uuidText) }
        return .string(uuid.uuidString.lowercased())
    }
}

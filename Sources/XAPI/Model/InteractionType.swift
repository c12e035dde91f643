/// The kind of question an interaction Activity asks, as SCORM 2004 defines it (xAPI Data 2.4.4.1).
///
/// Raw values are the exact, case-sensitive JSON spellings.
public enum InteractionType: String, Sendable, Hashable, CaseIterable, JSONField {
    /// Two possible answers: `true` or `false`.
    case trueFalse = "true-false"
    /// One or more answers picked from a list of `choices`.
    case choice
    /// A short free-text answer.
    case fillIn = "fill-in"
    /// A long free-text answer, such as an essay.
    case longFillIn = "long-fill-in"
    /// Pairs matched between a `source` list and a `target` list.
    case matching
    /// A task made of `steps`.
    case performance
    /// `choices` put in order.
    case sequencing
    /// A rating on a `scale`.
    case likert
    /// A number.
    case numeric
    /// Anything else.
    case other

    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        let text = try json.string(expected: "an interactionType string", at: path)
        guard let type = InteractionType(rawValue: text) else {
            throw ModelDecodingError(
                path: path,
                reason: "\"\(text)\" is not an interactionType: expected "
                    + ObjectReader.list(Self.allCases.map(\.rawValue)) + " (values are case-sensitive)"
            )
        }
        self = type
    }

    var json: JSONValue { .string(rawValue) }
}

import Foundation
import XAPI

/// One walk over a statement: the policy applied to everything, and each agent position replaced by its
/// pseudonymous agent as the walk reaches it.
///
/// Every member of the objects it walks is checked against the properties xAPI defines, so that one the
/// pseudonymizer does not know is refused (fail closed) rather than copied through. The walk edits the tree
/// where it stands: a freshly parsed statement, which nothing else holds, is neither copied nor rebuilt; only
/// what changes is written. Pointers are built only for an error.
///
/// Errors are those of a policy pass followed by an agent pass: the first agent that cannot be pseudonymized
/// is kept in `agentFailure` and reported only once the whole statement has passed the policy.
extension Pseudonymizer {
    /// Where a value is, computed only when an error names it: this walk runs for every member of every
    /// statement.
    typealias Location = () -> JSONPointer

    /// Applies the policy to a statement or SubStatement object and pseudonymizes its agents, in place.
    func rewriteStatement(
        _ statement: inout JSONObject,
        at path: Location,
        isSubStatement: Bool,
        agentFailure: inout PseudonymizationError?
    ) throws(PseudonymizationError) {
        var index = 0
        while index < statement.count {
            let key = statement.members[index].key
            switch key {
            case "actor":
                statement.editValue(at: index) { actor in
                    pseudonymize(agentIn: &actor, at: { path().appending(key) }, failure: &agentFailure)
                }
            case "verb":
                // A verb says what was done, not who did it (xAPI Data 2.4.3).
                try checkProperties(
                    of: statement.members[index].value,
                    in: "a verb",
                    at: { path().appending(key) },
                    allowing: { $0 == "id" || $0 == "display" }
                )
            case "objectType" where isSubStatement, "version" where !isSubStatement:
                break
            case "id" where !isSubStatement:
                try remapIdentifier(at: index, of: &statement, at: path)
            case "object":
                try statement.editValue(at: index) { object throws(PseudonymizationError) in
                    try rewriteObject(&object, at: { path().appending(key) }, agentFailure: &agentFailure)
                }
            case "result":
                let interactionType = statement["object"]?["definition"]?["interactionType"]?.stringValue
                try statement.editValue(at: index) { result throws(PseudonymizationError) in
                    try rewriteResult(&result, interactionType: interactionType, at: { path().appending(key) })
                }
            case "context":
                try statement.editValue(at: index) { context throws(PseudonymizationError) in
                    try rewriteContext(&context, at: { path().appending(key) }, agentFailure: &agentFailure)
                }
            case "timestamp":
                let value = statement.members[index].value
                if let normalized = try normalizedTimestamp(value, at: { path().appending(key) }) {
                    statement.replaceValue(at: index, with: normalized)
                }
            case "stored" where !isSubStatement, "authority" where !isSubStatement:
                // The receiving LRS sets both (xAPI Data 2.4.8, 2.4.9); a configured authority is added later.
                statement.removeMember(at: index)
                continue
            case "attachments":
                if !policy.keepsAttachments {
                    statement.removeMember(at: index)
                    continue
                }
            default:
                throw unknownProperty(
                    key,
                    in: isSubStatement ? "a SubStatement" : "a statement",
                    at: path().appending(key)
                )
            }
            index += 1
        }
    }

    /// Replaces the agent or group in `value` by its pseudonymous form; keeps the first failure in `failure`
    /// (and leaves the value as it is), so that a policy error found later in the statement comes first.
    func pseudonymize(agentIn value: inout JSONValue, at path: Location, failure: inout PseudonymizationError?) {
        if failure != nil { return }
        do throws(PseudonymizationError) {
            value = try pseudonymousAgentWithMembers(value, at: path)
        } catch {
            failure = error
        }
    }

    /// Edits the object held by `value` in place; refuses any other JSON type.
    @inline(__always)
    func editObject(
        _ value: inout JSONValue,
        at path: Location,
        _ edit: (inout JSONObject) throws(PseudonymizationError) -> Void
    ) throws(PseudonymizationError) {
        guard case .object(var object) = value else { throw wrongType(value, expected: "an object", at: path()) }
        // Release the enum's reference so that the object's storage is held once and edited where it is.
        value = .null
        defer { value = .object(object) }
        try edit(&object)
    }

    /// The object of a statement, rewritten according to its `objectType` (xAPI Data 2.4.4).
    private func rewriteObject(
        _ value: inout JSONValue,
        at path: Location,
        agentFailure: inout PseudonymizationError?
    ) throws(PseudonymizationError) {
        guard case .object(let object) = value else { throw wrongType(value, expected: "an object", at: path()) }
        switch object["objectType"] {
        case nil, "Activity":
            try editObject(&value, at: path) { activity throws(PseudonymizationError) in
                try rewriteActivity(&activity, at: path)
            }
        case "Agent", "Group":
            pseudonymize(agentIn: &value, at: path, failure: &agentFailure)
        case "StatementRef":
            try editObject(&value, at: path) { reference throws(PseudonymizationError) in
                try rewriteStatementReference(&reference, at: path)
            }
        case "SubStatement":
            try editObject(&value, at: path) { statement throws(PseudonymizationError) in
                try rewriteStatement(&statement, at: path, isSubStatement: true, agentFailure: &agentFailure)
            }
        default:
            throw PseudonymizationError(
                rule: "pseudonym.object.type",
                path: path().appending("objectType"),
                message: "an object's objectType must be Activity, Agent, Group, StatementRef or SubStatement"
            )
        }
    }

    /// An activity with its definition's extensions filtered.
    func rewriteActivity(_ activity: inout JSONObject, at path: Location) throws(PseudonymizationError) {
        for index in activity.members.indices {
            let key = activity.members[index].key
            switch key {
            case "id", "objectType":
                continue
            case "definition":
                try activity.editValue(at: index) { definition throws(PseudonymizationError) in
                    try editObject(&definition, at: { path().appending(key) }) {
                        definition throws(PseudonymizationError) in
                        try rewriteDefinition(&definition, at: { path().appending(key) })
                    }
                }
            default:
                throw unknownProperty(key, in: "an Activity", at: path().appending(key))
            }
        }
    }

    /// An activity definition (xAPI Data 2.4.4.1 and its interaction properties) with extensions filtered.
    private func rewriteDefinition(_ definition: inout JSONObject, at path: Location) throws(PseudonymizationError) {
        var index = 0
        while index < definition.count {
            let key = definition.members[index].key
            switch key {
            case "extensions":
                if try filterExtensions(at: index, of: &definition, at: path) { continue }
            case "name", "description", "type", "moreInfo", "interactionType", "correctResponsesPattern", "choices",
                "scale", "source", "target", "steps":
                break
            default:
                throw unknownProperty(key, in: "an activity definition", at: path().appending(key))
            }
            index += 1
        }
    }

    /// A statement reference, with its id re-mapped when the policy says so.
    func rewriteStatementReference(
        _ reference: inout JSONObject,
        at path: Location
    ) throws(PseudonymizationError) {
        for index in reference.members.indices {
            switch reference.members[index].key {
            case "objectType": continue
            case "id": try remapIdentifier(at: index, of: &reference, at: path)
            default:
                let key = reference.members[index].key
                throw unknownProperty(key, in: "a StatementRef", at: path().appending(key))
            }
        }
    }

    /// A result (xAPI Data 2.4.5) with free-text responses and extensions handled by the policy.
    private func rewriteResult(
        _ value: inout JSONValue,
        interactionType: String?,
        at path: Location
    ) throws(PseudonymizationError) {
        try editObject(&value, at: path) { result throws(PseudonymizationError) in
            var index = 0
            while index < result.count {
                let key = result.members[index].key
                switch key {
                case "score":
                    try checkProperties(
                        of: result.members[index].value,
                        in: "a score",
                        at: { path().appending(key) },
                        allowing: { $0 == "scaled" || $0 == "raw" || $0 == "min" || $0 == "max" }
                    )
                case "success", "completion", "duration":
                    break
                case "response":
                    // Responses of fixed-choice interactions are ids of the activity's own choices (Data 2.4.4.1.1).
                    let isFixedChoice = interactionType.map(PseudonymizationPolicy.fixedChoiceInteractionTypes.contains)
                    if isFixedChoice != true && policy.freeTextResponses != .keep {
                        result.removeMember(at: index)
                        continue
                    }
                case "extensions":
                    if try filterExtensions(at: index, of: &result, at: path) { continue }
                default:
                    throw unknownProperty(key, in: "a result", at: path().appending(key))
                }
                index += 1
            }
        }
    }

    /// Keeps the allowlisted members of the extensions object at `index` of `container`, and removes the
    /// property when the filter leaves none (an extensions object written empty stays). Returns whether it
    /// removed the property.
    func filterExtensions(
        at index: Int,
        of container: inout JSONObject,
        at containerPath: Location
    ) throws(PseudonymizationError) -> Bool {
        let allowed = policy.allowedExtensions
        let isEmptied = try container.editValue(at: index) { value throws(PseudonymizationError) -> Bool in
            let key = "extensions"
            var removedAny = false
            try editObject(&value, at: { containerPath().appending(key) }) { extensions in
                var position = 0
                while position < extensions.count {
                    if allowed.contains(extensions.members[position].key) {
                        position += 1
                    } else {
                        extensions.removeMember(at: position)
                        removedAny = true
                    }
                }
            }
            return removedAny && value.objectValue?.isEmpty == true
        }
        if isEmptied { container.removeMember(at: index) }
        return isEmptied
    }

    /// Re-maps the statement id or registration at `index` of `container` with the scope key, when the policy
    /// says so.
    func remapIdentifier(
        at index: Int,
        of container: inout JSONObject,
        at containerPath: Location
    ) throws(PseudonymizationError) {
        guard policy.remapsIdentifiers else { return }
        let member = container.members[index]
        guard let text = member.value.stringValue, let id = try? StatementID(text) else {
            throw PseudonymizationError(
                rule: "pseudonym.identifier",
                path: containerPath().appending(member.key),
                message: "an id to re-map must be a UUID"
            )
        }
        container.replaceValue(at: index, with: .string(derivation.remappedUUID(id).canonicalText))
    }

    /// The timestamp in UTC with milliseconds, truncated as the policy says; nil when it is already so.
    ///
    /// A timestamp without an offset is read as UTC, as ``Timestamp/date`` does.
    func normalizedTimestamp(_ value: JSONValue, at path: Location) throws(PseudonymizationError) -> JSONValue? {
        guard let text = value.stringValue, let timestamp = try? Timestamp(text) else {
            throw PseudonymizationError(
                rule: "pseudonym.timestamp",
                path: path(),
                message: "a timestamp must be an ISO 8601 date and time"
            )
        }
        guard let truncation = policy.timestampTruncation else {
            // Already `YYYY-MM-DDThh:mm:ss.sssZ`: kept as written.
            let utf8 = text.utf8
            if timestamp.isUTC, timestamp.fractionDigitCount == 3, utf8.count == 24, utf8.last == UInt8(ascii: "Z"),
                utf8.dropFirst(10).first == UInt8(ascii: "T")
            {
                return nil
            }
            return try utcText(timestamp.date, at: path)
        }
        let unit = Double(truncation.seconds)
        let truncated = (timestamp.date.timeIntervalSince1970 / unit).rounded(.down) * unit
        return try utcText(Date(timeIntervalSince1970: truncated), at: path)
    }

    private func utcText(_ date: Date, at path: Location) throws(PseudonymizationError) -> JSONValue {
        guard let written = try? Timestamp(date) else {
            throw PseudonymizationError(
                rule: "pseudonym.timestamp",
                path: path(),
                message: "a timestamp must fall in the years 0000 to 9999 in UTC"
            )
        }
        return .string(written.text)
    }

    /// Checks that `value` is an object with no property but those `isAllowed` accepts (a closed xAPI object).
    private func checkProperties(
        of value: JSONValue,
        in container: String,
        at path: Location,
        allowing isAllowed: (String) -> Bool
    ) throws(PseudonymizationError) {
        guard case .object(let object) = value else { throw wrongType(value, expected: "an object", at: path()) }
        for member in object.members where !isAllowed(member.key) {
            throw unknownProperty(member.key, in: container, at: path().appending(member.key))
        }
    }

    func unknownProperty(_ key: String, in container: String, at path: JSONPointer) -> PseudonymizationError {
        PseudonymizationError(
            rule: "pseudonym.property",
            path: path,
            message: "\(container) has no property \"\(key)\" that the pseudonymizer can interpret"
        )
    }

    func wrongType(_ value: JSONValue, expected: String, at path: JSONPointer) -> PseudonymizationError {
        PseudonymizationError(
            rule: "pseudonym.statement.shape",
            path: path,
            message: "expected \(expected), found \(value.typeName)"
        )
    }
}

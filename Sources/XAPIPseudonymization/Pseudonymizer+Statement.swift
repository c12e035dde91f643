import Foundation
import XAPI

/// The policy applied to everything in a statement but its agents, which a second pass rewrites.
///
/// Every member of the objects it walks is checked against the properties xAPI defines, so that one the
/// pseudonymizer does not know is refused (fail closed) rather than copied through. Objects are edited only
/// where the policy changes something.
extension Pseudonymizer {
    /// Applies the policy to a statement or SubStatement object; agents are left for the second pass.
    func rewriteStatement(
        _ statement: JSONObject,
        at path: JSONPointer,
        isSubStatement: Bool
    ) throws(PseudonymizationError) -> JSONObject {
        let edited = try statement.edited { member throws(PseudonymizationError) -> MemberEdit in
            // Pointers are built only where they may be needed: this runs for every member of every statement.
            var memberPath: JSONPointer { path.appending(member.key) }
            switch member.key {
            case "actor":
                // Rewritten by the agent pass.
                return .keep
            case "verb":
                // A verb says what was done, not who did it (xAPI Data 2.4.3).
                try checkProperties(of: member.value, allowed: ["id", "display"], in: "a verb", at: memberPath)
                return .keep
            case "objectType" where isSubStatement, "version" where !isSubStatement:
                return .keep
            case "id" where !isSubStatement:
                return MemberEdit(try identifier(member.value, at: memberPath))
            case "object":
                return MemberEdit(try rewriteObject(member.value, at: memberPath))
            case "result":
                let interactionType = statement["object"]?["definition"]?["interactionType"]?.stringValue
                return MemberEdit(try rewriteResult(member.value, interactionType: interactionType, at: memberPath))
            case "context":
                return MemberEdit(try rewriteContext(member.value, at: memberPath))
            case "timestamp":
                return MemberEdit(try normalizedTimestamp(member.value, at: memberPath))
            case "stored" where !isSubStatement, "authority" where !isSubStatement:
                // The receiving LRS sets both (xAPI Data 2.4.8, 2.4.9); a configured authority is added later.
                return .remove
            case "attachments":
                return policy.keepsAttachments ? .keep : .remove
            default:
                throw unknownProperty(member.key, in: isSubStatement ? "a SubStatement" : "a statement", at: memberPath)
            }
        }
        return edited ?? statement
    }

    /// The object of a statement rewritten according to its `objectType` (xAPI Data 2.4.4); nil if unchanged.
    private func rewriteObject(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue? {
        guard case .object(let object) = value else { throw wrongType(value, expected: "an object", at: path) }
        switch object["objectType"] {
        case nil, "Activity":
            return try rewriteActivity(object, at: path).map(JSONValue.object)
        case "Agent", "Group":
            return nil
        case "StatementRef":
            return try rewriteStatementReference(object, at: path).map(JSONValue.object)
        case "SubStatement":
            return .object(try rewriteStatement(object, at: path, isSubStatement: true))
        default:
            throw PseudonymizationError(
                rule: "pseudonym.object.type",
                path: path.appending("objectType"),
                message: "an object's objectType must be Activity, Agent, Group, StatementRef or SubStatement"
            )
        }
    }

    /// An activity with its definition's extensions filtered; nil if unchanged.
    private func rewriteActivity(
        _ activity: JSONObject,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONObject? {
        try activity.edited { member throws(PseudonymizationError) -> MemberEdit in
            var memberPath: JSONPointer { path.appending(member.key) }
            switch member.key {
            case "id", "objectType":
                return .keep
            case "definition":
                guard case .object(let definition) = member.value else {
                    throw wrongType(member.value, expected: "an object", at: memberPath)
                }
                return MemberEdit(try rewriteDefinition(definition, at: memberPath).map(JSONValue.object))
            default:
                throw unknownProperty(member.key, in: "an Activity", at: memberPath)
            }
        }
    }

    /// An activity definition (xAPI Data 2.4.4.1 and its interaction properties) with extensions filtered.
    private func rewriteDefinition(
        _ definition: JSONObject,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONObject? {
        try definition.edited { member throws(PseudonymizationError) -> MemberEdit in
            switch member.key {
            case "extensions":
                return try allowedExtensions(member.value, at: path.appending(member.key))
            case "name", "description", "type", "moreInfo", "interactionType", "correctResponsesPattern", "choices",
                "scale", "source", "target", "steps":
                return .keep
            default:
                throw unknownProperty(member.key, in: "an activity definition", at: path.appending(member.key))
            }
        }
    }

    /// A statement reference, with its id re-mapped when the policy says so; nil if unchanged.
    private func rewriteStatementReference(
        _ reference: JSONObject,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONObject? {
        try reference.edited { member throws(PseudonymizationError) -> MemberEdit in
            switch member.key {
            case "objectType": return .keep
            case "id": return MemberEdit(try identifier(member.value, at: path.appending(member.key)))
            default: throw unknownProperty(member.key, in: "a StatementRef", at: path.appending(member.key))
            }
        }
    }

    /// A result (xAPI Data 2.4.5) with free-text responses and extensions handled by the policy.
    private func rewriteResult(
        _ value: JSONValue,
        interactionType: String?,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONValue? {
        guard case .object(let result) = value else { throw wrongType(value, expected: "an object", at: path) }
        let edited = try result.edited { member throws(PseudonymizationError) -> MemberEdit in
            switch member.key {
            case "score":
                let allowed = ["scaled", "raw", "min", "max"]
                try checkProperties(of: member.value, allowed: allowed, in: "a score", at: path.appending("score"))
                return .keep
            case "success", "completion", "duration":
                return .keep
            case "response":
                // Responses of fixed-choice interactions are ids of the activity's own choices (Data 2.4.4.1.1).
                let isFixedChoice = interactionType.map(PseudonymizationPolicy.fixedChoiceInteractionTypes.contains)
                return isFixedChoice == true || policy.freeTextResponses == .keep ? .keep : .remove
            case "extensions":
                return try allowedExtensions(member.value, at: path.appending(member.key))
            default:
                throw unknownProperty(member.key, in: "a result", at: path.appending(member.key))
            }
        }
        return edited.map(JSONValue.object)
    }

    /// A context (xAPI Data 2.4.6, with 2.0's contextAgents and contextGroups) with its registration,
    /// statement reference, activities and extensions handled.
    private func rewriteContext(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue? {
        guard case .object(let context) = value else { throw wrongType(value, expected: "an object", at: path) }
        let edited = try context.edited { member throws(PseudonymizationError) -> MemberEdit in
            var memberPath: JSONPointer { path.appending(member.key) }
            switch member.key {
            case "instructor", "team", "revision", "platform", "language":
                // Instructor and team are rewritten by the agent pass.
                return .keep
            case "registration":
                return MemberEdit(try identifier(member.value, at: memberPath))
            case "statement":
                guard case .object(let reference) = member.value else {
                    throw wrongType(member.value, expected: "an object", at: memberPath)
                }
                return MemberEdit(try rewriteStatementReference(reference, at: memberPath).map(JSONValue.object))
            case "contextActivities":
                return MemberEdit(try rewriteContextActivities(member.value, at: memberPath))
            case "extensions":
                return try allowedExtensions(member.value, at: memberPath)
            case "contextAgents":
                try checkContextEntries(member.value, holding: "agent", at: memberPath)
                return .keep
            case "contextGroups":
                try checkContextEntries(member.value, holding: "group", at: memberPath)
                return .keep
            default:
                throw unknownProperty(member.key, in: "a context", at: memberPath)
            }
        }
        return edited.map(JSONValue.object)
    }

    /// Context activities: each list's activities with their definitions' extensions filtered.
    private func rewriteContextActivities(
        _ value: JSONValue,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONValue? {
        guard case .object(let lists) = value else { throw wrongType(value, expected: "an object", at: path) }
        let edited = try lists.edited { list throws(PseudonymizationError) -> MemberEdit in
            var listPath: JSONPointer { path.appending(list.key) }
            switch list.key {
            case "parent", "grouping", "category", "other": break
            default: throw unknownProperty(list.key, in: "contextActivities", at: listPath)
            }
            switch list.value {
            case .object(let activity):
                // xAPI 1.0.3 allows a single activity where an array is expected.
                return MemberEdit(try rewriteActivity(activity, at: listPath).map(JSONValue.object))
            case .array(var activities):
                var changed = false
                for index in activities.indices {
                    guard case .object(let activity) = activities[index] else {
                        throw wrongType(activities[index], expected: "an object", at: listPath.appending(index))
                    }
                    if let rewritten = try rewriteActivity(activity, at: listPath.appending(index)) {
                        activities[index] = .object(rewritten)
                        changed = true
                    }
                }
                return changed ? .replace(.array(activities)) : .keep
            default:
                throw wrongType(list.value, expected: "an array of activities", at: listPath)
            }
        }
        return edited.map(JSONValue.object)
    }

    /// Checks that contextAgents or contextGroups is an array of entries the agent pass will reach: objects
    /// with the agent or group, and nothing but `objectType` and `relevantTypes` besides (xAPI 2.0 Data 2.4.6).
    private func checkContextEntries(
        _ value: JSONValue,
        holding inner: String,
        at path: JSONPointer
    ) throws(PseudonymizationError) {
        guard case .array(let entries) = value else { throw wrongType(value, expected: "an array", at: path) }
        for (index, entry) in entries.enumerated() {
            let entryPath = path.appending(index)
            guard case .object(let object) = entry, object[inner] != nil else {
                throw PseudonymizationError(
                    rule: "pseudonym.context.entry",
                    path: entryPath,
                    message: "each entry must be an object with \"\(inner)\""
                )
            }
            if let unknown = object.keys.first(where: { $0 != "objectType" && $0 != "relevantTypes" && $0 != inner }) {
                throw unknownProperty(unknown, in: "a context \(inner) entry", at: entryPath.appending(unknown))
            }
        }
    }

    /// Keeps the allowlisted members of an extensions object; removes the property when none is left.
    private func allowedExtensions(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> MemberEdit
    {
        guard case .object(let extensions) = value else { throw wrongType(value, expected: "an object", at: path) }
        let allowed = policy.allowedExtensions
        guard let kept = extensions.edited({ allowed.contains($0.key) ? .keep : .remove }) else { return .keep }
        return kept.isEmpty ? .remove : .replace(.object(kept))
    }

    /// A statement id or registration re-mapped with the scope key, when the policy says so; else nil.
    private func identifier(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue? {
        guard policy.remapsIdentifiers else { return nil }
        guard let text = value.stringValue, let id = try? StatementID(text) else {
            throw PseudonymizationError(
                rule: "pseudonym.identifier",
                path: path,
                message: "an id to re-map must be a UUID"
            )
        }
        return .string(derivation.remappedUUID(id).canonicalText)
    }

    /// The timestamp in UTC with milliseconds, truncated as the policy says; nil when it is already so.
    ///
    /// A timestamp without an offset is read as UTC, as ``Timestamp/date`` does.
    private func normalizedTimestamp(
        _ value: JSONValue,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONValue? {
        guard let text = value.stringValue, let timestamp = try? Timestamp(text) else {
            throw PseudonymizationError(
                rule: "pseudonym.timestamp",
                path: path,
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

    private func utcText(_ date: Date, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue {
        guard let written = try? Timestamp(date) else {
            throw PseudonymizationError(
                rule: "pseudonym.timestamp",
                path: path,
                message: "a timestamp must fall in the years 0000 to 9999 in UTC"
            )
        }
        return .string(written.text)
    }

    /// Checks that `value` is an object with no property but `allowed` (a closed xAPI object).
    private func checkProperties(
        of value: JSONValue,
        allowed: [String],
        in container: String,
        at path: @autoclosure () -> JSONPointer
    ) throws(PseudonymizationError) {
        guard case .object(let object) = value else { throw wrongType(value, expected: "an object", at: path()) }
        for member in object where !allowed.contains(member.key) {
            throw unknownProperty(member.key, in: container, at: path().appending(member.key))
        }
    }

    private func unknownProperty(_ key: String, in container: String, at path: JSONPointer) -> PseudonymizationError {
        PseudonymizationError(
            rule: "pseudonym.property",
            path: path,
            message: "\(container) has no property \"\(key)\" that the pseudonymizer can interpret"
        )
    }

    private func wrongType(_ value: JSONValue, expected: String, at path: JSONPointer) -> PseudonymizationError {
        PseudonymizationError(
            rule: "pseudonym.statement.shape",
            path: path,
            message: "expected \(expected), found \(value.typeName)"
        )
    }
}

import Foundation
import XAPI

/// The policy applied to everything in a statement but its agents, which a second pass rewrites.
///
/// Each object is rebuilt member by member from a closed list of the properties xAPI defines, so that a
/// property the pseudonymizer does not know is refused (fail closed) rather than copied through.
extension Pseudonymizer {
    /// Properties of a statement (xAPI Data 2.4).
    private static let statementProperties: Set<String> = [
        "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
        "attachments",
    ]

    /// Properties of a SubStatement (xAPI Data 2.4.4.3): no id, stored, version or authority.
    private static let subStatementProperties: Set<String> = [
        "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments",
    ]

    /// Properties of a result (xAPI Data 2.4.5).
    private static let resultProperties: Set<String> = [
        "score", "success", "completion", "response", "duration", "extensions",
    ]

    /// Properties of a context (xAPI Data 2.4.6, with 2.0's contextAgents and contextGroups).
    private static let contextProperties: Set<String> = [
        "registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement",
        "extensions", "contextAgents", "contextGroups",
    ]

    /// Properties of an activity definition (xAPI Data 2.4.4.1 and its interaction properties).
    private static let definitionProperties: Set<String> = [
        "name", "description", "type", "moreInfo", "extensions", "interactionType", "correctResponsesPattern",
        "choices", "scale", "source", "target", "steps",
    ]

    /// Rewrites a statement or SubStatement object; agents are left for the second pass.
    func rewriteStatement(
        _ statement: JSONObject,
        at path: JSONPointer,
        isSubStatement: Bool
    ) throws(PseudonymizationError) -> JSONObject {
        let allowed = isSubStatement ? Self.subStatementProperties : Self.statementProperties
        var output = JSONObject()
        for member in statement {
            let key = member.key
            let memberPath = path.appending(key)
            guard allowed.contains(key) else {
                throw unknownProperty(key, in: isSubStatement ? "a SubStatement" : "a statement", at: memberPath)
            }
            switch key {
            case "id":
                output[key] = try identifier(member.value, at: memberPath)
            case "object":
                output[key] = try rewriteObject(member.value, at: memberPath)
            case "result":
                let interactionType = statement["object"]?["definition"]?["interactionType"]?.stringValue
                output[key] = try rewriteResult(member.value, interactionType: interactionType, at: memberPath)
            case "context":
                output[key] = try rewriteContext(member.value, at: memberPath)
            case "timestamp":
                output[key] = try normalizedTimestamp(member.value, at: memberPath)
            case "stored", "authority":
                // The receiving LRS sets both (xAPI Data 2.4.8, 2.4.9); a configured authority is added later.
                continue
            case "attachments":
                if policy.keepsAttachments { output[key] = member.value }
            default:
                // actor (rewritten by the agent pass), verb, version, objectType.
                output[key] = member.value
            }
        }
        return output
    }

    /// Rewrites the object of a statement according to its `objectType` (xAPI Data 2.4.4).
    private func rewriteObject(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue {
        guard case .object(let object) = value else { throw wrongType(value, expected: "an object", at: path) }
        switch object["objectType"] {
        case nil, "Activity":
            return try rewriteActivity(object, at: path)
        case "Agent", "Group":
            return value
        case "StatementRef":
            return .object(try rewriteStatementReference(object, at: path))
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

    /// An activity with its definition's extensions filtered.
    private func rewriteActivity(
        _ activity: JSONObject,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONValue {
        var output = JSONObject()
        for member in activity {
            let memberPath = path.appending(member.key)
            switch member.key {
            case "id", "objectType":
                output[member.key] = member.value
            case "definition":
                guard case .object(let definition) = member.value else {
                    throw wrongType(member.value, expected: "an object", at: memberPath)
                }
                var rewritten = JSONObject()
                for property in definition {
                    guard Self.definitionProperties.contains(property.key) else {
                        throw unknownProperty(
                            property.key,
                            in: "an activity definition",
                            at: memberPath.appending(property.key)
                        )
                    }
                    if property.key == "extensions" {
                        rewritten[property.key] = try allowedExtensions(
                            property.value,
                            at: memberPath.appending(property.key)
                        )
                    } else {
                        rewritten[property.key] = property.value
                    }
                }
                output[member.key] = .object(rewritten)
            default:
                throw unknownProperty(member.key, in: "an Activity", at: memberPath)
            }
        }
        return .object(output)
    }

    /// A statement reference, with its id re-mapped when the policy says so.
    private func rewriteStatementReference(
        _ reference: JSONObject,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONObject {
        var output = JSONObject()
        for member in reference {
            let memberPath = path.appending(member.key)
            switch member.key {
            case "objectType": output[member.key] = member.value
            case "id": output[member.key] = try identifier(member.value, at: memberPath)
            default: throw unknownProperty(member.key, in: "a StatementRef", at: memberPath)
            }
        }
        return output
    }

    /// A result with free-text responses and extensions handled by the policy.
    private func rewriteResult(
        _ value: JSONValue,
        interactionType: String?,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONValue {
        guard case .object(let result) = value else { throw wrongType(value, expected: "an object", at: path) }
        var output = JSONObject()
        for member in result {
            let memberPath = path.appending(member.key)
            guard Self.resultProperties.contains(member.key) else {
                throw unknownProperty(member.key, in: "a result", at: memberPath)
            }
            switch member.key {
            case "response":
                let isFixedChoice = interactionType.map(PseudonymizationPolicy.fixedChoiceInteractionTypes.contains)
                if isFixedChoice == true || policy.freeTextResponses == .keep { output[member.key] = member.value }
            case "extensions":
                output[member.key] = try allowedExtensions(member.value, at: memberPath)
            default:
                output[member.key] = member.value
            }
        }
        return .object(output)
    }

    /// A context with its registration, statement reference, activities and extensions handled.
    private func rewriteContext(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue {
        guard case .object(let context) = value else { throw wrongType(value, expected: "an object", at: path) }
        var output = JSONObject()
        for member in context {
            let key = member.key
            let memberPath = path.appending(key)
            guard Self.contextProperties.contains(key) else {
                throw unknownProperty(key, in: "a context", at: memberPath)
            }
            switch key {
            case "registration":
                output[key] = try identifier(member.value, at: memberPath)
            case "statement":
                guard case .object(let reference) = member.value else {
                    throw wrongType(member.value, expected: "an object", at: memberPath)
                }
                output[key] = .object(try rewriteStatementReference(reference, at: memberPath))
            case "contextActivities":
                output[key] = try rewriteContextActivities(member.value, at: memberPath)
            case "extensions":
                output[key] = try allowedExtensions(member.value, at: memberPath)
            case "contextAgents", "contextGroups":
                try checkContextEntries(
                    member.value,
                    holding: key == "contextAgents" ? "agent" : "group",
                    at: memberPath
                )
                output[key] = member.value
            default:
                // instructor and team (rewritten by the agent pass), revision, platform, language.
                output[key] = member.value
            }
        }
        return .object(output)
    }

    /// Context activities: each list's activities with their definitions' extensions filtered.
    private func rewriteContextActivities(
        _ value: JSONValue,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONValue {
        guard case .object(let lists) = value else { throw wrongType(value, expected: "an object", at: path) }
        var output = JSONObject()
        for list in lists {
            let listPath = path.appending(list.key)
            guard ["parent", "grouping", "category", "other"].contains(list.key) else {
                throw unknownProperty(list.key, in: "contextActivities", at: listPath)
            }
            switch list.value {
            case .object(let activity):
                // xAPI 1.0.3 allows a single activity where an array is expected.
                output[list.key] = try rewriteActivity(activity, at: listPath)
            case .array(let activities):
                var rewritten: [JSONValue] = []
                rewritten.reserveCapacity(activities.count)
                for (index, activity) in activities.enumerated() {
                    guard case .object(let object) = activity else {
                        throw wrongType(activity, expected: "an object", at: listPath.appending(index))
                    }
                    rewritten.append(try rewriteActivity(object, at: listPath.appending(index)))
                }
                output[list.key] = .array(rewritten)
            default:
                throw wrongType(list.value, expected: "an array of activities", at: listPath)
            }
        }
        return .object(output)
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
            if let unknown = object.keys.first(where: { !["objectType", "relevantTypes", inner].contains($0) }) {
                throw unknownProperty(unknown, in: "a context \(inner) entry", at: entryPath.appending(unknown))
            }
        }
    }

    /// The allowlisted members of an extensions object, or nil (the property is removed) when none is left.
    private func allowedExtensions(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue?
    {
        guard case .object(let extensions) = value else { throw wrongType(value, expected: "an object", at: path) }
        let kept = JSONObject(
            extensions.lazy.filter { policy.allowedExtensions.contains($0.key) }.map { ($0.key, $0.value) }
        )
        return kept.isEmpty ? nil : .object(kept)
    }

    /// A statement id or registration, re-mapped with the scope key when the policy says so.
    private func identifier(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> JSONValue {
        guard policy.remapsIdentifiers else { return value }
        guard let text = value.stringValue, let id = try? StatementID(text) else {
            throw PseudonymizationError(
                rule: "pseudonym.identifier",
                path: path,
                message: "an id to re-map must be a UUID"
            )
        }
        return .string(derivation.remappedUUID(id).canonicalText)
    }

    /// The timestamp in UTC with milliseconds, truncated as the policy says.
    ///
    /// A timestamp without an offset is read as UTC, as ``Timestamp/date`` does; one already written in UTC
    /// with milliseconds is kept as written when nothing is truncated.
    private func normalizedTimestamp(
        _ value: JSONValue,
        at path: JSONPointer
    ) throws(PseudonymizationError) -> JSONValue {
        guard let text = value.stringValue, let timestamp = try? Timestamp(text) else {
            throw PseudonymizationError(
                rule: "pseudonym.timestamp",
                path: path,
                message: "a timestamp must be an ISO 8601 date and time"
            )
        }
        guard let truncation = policy.timestampTruncation else {
            if timestamp.isUTC, timestamp.fractionDigitCount == 3, text.utf8.count == 24,
                text.utf8.last == UInt8(ascii: "Z"),
                text.utf8.dropFirst(10).first == UInt8(ascii: "T")
            {
                return value
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

import XAPI

/// xAPI normalization of `context.contextActivities` (Data §2.4.6.2): a single activity becomes an array of
/// one, as Profiles §8.1 requires before rules are evaluated.
enum ContextActivitiesNormalization {
    /// `statement` with every context activities member an array; the statement itself when they already are
    /// (no copy in the common case).
    static func normalized(_ statement: JSONValue) -> JSONValue {
        guard case .object(var root) = statement else { return statement }
        var changed = false
        if let context = root["context"], let fixed = normalizedContext(context) {
            root["context"] = fixed
            changed = true
        }
        // A SubStatement has a context of its own.
        if case .object(var object)? = root["object"], let context = object["context"],
            let fixed = normalizedContext(context)
        {
            object["context"] = fixed
            root["object"] = .object(object)
            changed = true
        }
        return changed ? .object(root) : statement
    }

    /// The context with arrays, or `nil` when nothing needs to change.
    private static func normalizedContext(_ context: JSONValue) -> JSONValue? {
        guard case .object(var contextObject) = context,
            case .object(var activities)? = contextObject["contextActivities"]
        else { return nil }
        var changed = false
        for index in activities.members.indices {
            if case .object = activities.members[index].value {
                activities.replaceValue(at: index, with: .array([activities.members[index].value]))
                changed = true
            }
        }
        guard changed else { return nil }
        contextObject["contextActivities"] = .object(activities)
        return .object(contextObject)
    }
}

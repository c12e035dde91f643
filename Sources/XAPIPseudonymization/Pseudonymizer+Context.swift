import XAPI

/// The context of a statement (xAPI Data 2.4.6): the part of the statement walk (Pseudonymizer+Statement.swift)
/// that reaches the context's agents, activities, registration and statement reference.
extension Pseudonymizer {
    /// A context (xAPI Data 2.4.6, with 2.0's contextAgents and contextGroups) with its registration,
    /// statement reference, activities, extensions and agents handled.
    func rewriteContext(
        _ value: inout JSONValue,
        at path: Location,
        agentFailure: inout PseudonymizationError?
    ) throws(PseudonymizationError) {
        try editObject(&value, at: path) { context throws(PseudonymizationError) in
            var index = 0
            while index < context.count {
                let key = context.members[index].key
                switch key {
                case "instructor", "team":
                    context.editValue(at: index) { agent in
                        pseudonymize(agentIn: &agent, at: { path().appending(key) }, failure: &agentFailure)
                    }
                case "revision", "platform", "language":
                    break
                case "registration":
                    try remapIdentifier(at: index, of: &context, at: path)
                case "statement":
                    try context.editValue(at: index) { reference throws(PseudonymizationError) in
                        try editObject(&reference, at: { path().appending(key) }) {
                            reference throws(PseudonymizationError) in
                            try rewriteStatementReference(&reference, at: { path().appending(key) })
                        }
                    }
                case "contextActivities":
                    try context.editValue(at: index) { lists throws(PseudonymizationError) in
                        try rewriteContextActivities(&lists, at: { path().appending(key) })
                    }
                case "extensions":
                    if try filterExtensions(at: index, of: &context, at: path) { continue }
                case "contextAgents", "contextGroups":
                    try context.editValue(at: index) { entries throws(PseudonymizationError) in
                        try rewriteContextEntries(
                            &entries,
                            holding: key == "contextAgents" ? "agent" : "group",
                            at: { path().appending(key) },
                            agentFailure: &agentFailure
                        )
                    }
                default:
                    throw unknownProperty(key, in: "a context", at: path().appending(key))
                }
                index += 1
            }
        }
    }

    /// Context activities: each list's activities with their definitions' extensions filtered.
    private func rewriteContextActivities(_ value: inout JSONValue, at path: Location) throws(PseudonymizationError) {
        try editObject(&value, at: path) { lists throws(PseudonymizationError) in
            for index in lists.members.indices {
                let key = lists.members[index].key
                switch key {
                case "parent", "grouping", "category", "other": break
                default: throw unknownProperty(key, in: "contextActivities", at: path().appending(key))
                }
                try lists.editValue(at: index) { list throws(PseudonymizationError) in
                    try rewriteActivityList(&list, at: { path().appending(key) })
                }
            }
        }
    }

    /// One list of context activities: an array of activities, or a single one as xAPI 1.0.3 allows.
    private func rewriteActivityList(_ list: inout JSONValue, at path: Location) throws(PseudonymizationError) {
        switch list {
        case .object:
            try editObject(&list, at: path) { activity throws(PseudonymizationError) in
                try rewriteActivity(&activity, at: path)
            }
        case .array(var activities):
            list = .null
            defer { list = .array(activities) }
            for index in activities.indices {
                // editObject refuses an element that is not an object, at this element's pointer.
                func location() -> JSONPointer { path().appending(index) }
                try editObject(&activities[index], at: location) { activity throws(PseudonymizationError) in
                    try rewriteActivity(&activity, at: location)
                }
            }
        default:
            throw wrongType(list, expected: "an array of activities", at: path())
        }
    }

    /// The entries of contextAgents or contextGroups, with the agent or group of each pseudonymized: objects with
    /// the agent or group, and nothing but `objectType` and `relevantTypes` besides (xAPI 2.0 Data 2.4.6).
    private func rewriteContextEntries(
        _ value: inout JSONValue,
        holding inner: String,
        at path: Location,
        agentFailure: inout PseudonymizationError?
    ) throws(PseudonymizationError) {
        guard case .array(var entries) = value else { throw wrongType(value, expected: "an array", at: path()) }
        value = .null
        defer { value = .array(entries) }
        for index in entries.indices {
            guard case .object(var entry) = entries[index], let innerIndex = entry.index(forKey: inner) else {
                throw PseudonymizationError(
                    rule: "pseudonym.context.entry",
                    path: path().appending(index),
                    message: "each entry must be an object with \"\(inner)\""
                )
            }
            if let unknown = entry.keys.first(where: { $0 != "objectType" && $0 != "relevantTypes" && $0 != inner }) {
                throw unknownProperty(
                    unknown,
                    in: "a context \(inner) entry",
                    at: path().appending(index).appending(unknown)
                )
            }
            entries[index] = .null
            entry.editValue(at: innerIndex) { agent in
                pseudonymize(
                    agentIn: &agent,
                    at: { path().appending(index).appending(inner) },
                    failure: &agentFailure
                )
            }
            entries[index] = .object(entry)
        }
    }
}

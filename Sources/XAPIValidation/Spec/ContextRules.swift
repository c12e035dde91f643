import XAPI

extension Rule {
    /// revision or platform on a statement whose object is not an Activity.
    public static let contextActivityOnly = Rule(
        id: "xapi.context.activity-only",
        severity: .error,
        spec: "Data 2.4.6",
        requirements: ["C3"],
        summary: "context.revision and context.platform appear only when the object is an Activity."
    )

    /// A contextActivities value that is not an Activity or array of Activities.
    public static let contextActivities = Rule(
        id: "xapi.context-activities",
        severity: .error,
        spec: "Data 2.4.6.2",
        requirements: ["C5"],
        summary:
            "contextActivities has only parent, grouping, category and other, each an Activity or an array of them."
    )

    /// A malformed contextAgents or contextGroups entry (xAPI 2.0).
    public static let contextAgents = Rule(
        id: "xapi.context.agents",
        severity: .error,
        spec: "IEEE 9274.1.1 4.2.2.5",
        requirements: ["C6"],
        summary: "contextAgents and contextGroups are arrays of {objectType contextAgent/contextGroup, agent/group, "
            + "relevantTypes (a non-empty array of IRIs)}."
    )
}

extension SpecChecker {
    static let contextKeys = [
        "registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement",
        "extensions",
    ]
    static let contextKeysV2 = contextKeys + ["contextAgents", "contextGroups"]
    static let contextActivityKeys = ["parent", "grouping", "category", "other"]

    /// Checks the context at member `context`; `object` is the statement's object, which decides C3.
    mutating func checkContext(_ value: JSONValue, object: JSONValue?) {
        descend("context") { checker in
            guard let context = checker.object(value, "context") else { return }
            checker.checkMembers(
                of: context,
                allowed: checker.version == .v2_0_0 ? Self.contextKeysV2 : Self.contextKeys,
                in: "a context"
            )
            if let registration = checker.member(context, "registration") {
                checker.checkUUID(registration, at: "registration", "registration")
            }
            if let instructor = checker.member(context, "instructor") {
                checker.checkActor(instructor, at: "instructor", position: .actor)
            }
            if let team = checker.member(context, "team") { checker.checkActor(team, at: "team", position: .group) }
            if let activities = checker.member(context, "contextActivities") {
                checker.descend("contextActivities") { $0.checkContextActivities(activities) }
            }
            let objectIsActivity =
                object.map { $0["objectType"] == nil || $0["objectType"] == .string("Activity") } ?? true
            for key in ["revision", "platform"] {
                guard let text = checker.member(context, key) else { continue }
                _ = checker.string(text, at: key)
                if !objectIsActivity {
                    checker.report(
                        .contextActivityOnly,
                        at: key,
                        "context.\(key) is only allowed when the object is an Activity"
                    )
                }
            }
            if let language = checker.member(context, "language") { checker.checkLanguageTag(language, at: "language") }
            if let statement = checker.member(context, "statement") {
                checker.checkStatementReference(statement, at: "statement")
            }
            if let extensions = checker.member(context, "extensions") {
                checker.checkExtensions(extensions, at: "extensions")
            }
            if checker.version == .v2_0_0 {
                if let agents = checker.member(context, "contextAgents") {
                    checker.checkContextActors(
                        agents,
                        at: "contextAgents",
                        objectType: "contextAgent",
                        actorKey: "agent"
                    )
                }
                if let groups = checker.member(context, "contextGroups") {
                    checker.checkContextActors(
                        groups,
                        at: "contextGroups",
                        objectType: "contextGroup",
                        actorKey: "group"
                    )
                }
            }
        }
    }

    private mutating func checkContextActivities(_ value: JSONValue) {
        guard case .object(let activities) = value else {
            report(.contextActivities, "contextActivities must be an object, found \(value.typeName)")
            return
        }
        for member in activities.members {
            guard Self.contextActivityKeys.contains(where: { $0.hasSameUTF8(as: member.key) }) else {
                report(
                    .contextActivities,
                    at: member.key,
                    "contextActivities has parent, grouping, category and other only, found \"\(member.key)\""
                )
                continue
            }
            descend(member.key) { checker in
                switch member.value {
                case .array(let list):
                    for (index, activity) in list.enumerated() {
                        checker.descend(index) { $0.checkContextActivity(activity) }
                    }
                case .object:
                    checker.checkContextActivity(member.value)
                case .null:
                    checker.report(.null, "\(member.key) must not be null")
                default:
                    checker.report(
                        .contextActivities,
                        "\(member.key) must be an Activity or an array of Activities, found \(member.value.typeName)"
                    )
                }
            }
        }
    }

    private mutating func checkContextActivity(_ value: JSONValue) {
        guard case .object(let activity) = value else {
            report(.contextActivities, "a context activity must be an Activity object, found \(value.typeName)")
            return
        }
        if let objectType = activity["objectType"], objectType != .string("Activity") {
            report(.objectType, at: "objectType", "a context activity's objectType must be \"Activity\"")
            return
        }
        checkActivity(activity)
    }

    private mutating func checkContextActors(_ value: JSONValue, at key: String, objectType: String, actorKey: String) {
        guard let entries = array(value, at: key) else { return }
        let allowed = ["objectType", actorKey, "relevantTypes"]
        descend(key) { checker in
            for (index, entry) in entries.enumerated() {
                checker.descend(index) { checker in
                    guard let object = checker.object(entry, "a \(objectType)") else { return }
                    checker.checkMembers(of: object, allowed: allowed, in: "a \(objectType)")
                    if let written = checker.required(object, "objectType", in: "a \(objectType)"),
                        written != .string(objectType)
                    {
                        checker.report(.contextAgents, at: "objectType", "objectType must be \"\(objectType)\"")
                    }
                    if let actor = checker.required(object, actorKey, in: "a \(objectType)") {
                        checker.checkActor(actor, at: actorKey, position: actorKey == "agent" ? .agent : .group)
                    }
                    if let types = checker.member(object, "relevantTypes"),
                        let list = checker.array(types, at: "relevantTypes")
                    {
                        if list.isEmpty {
                            checker.report(
                                .contextAgents,
                                at: "relevantTypes",
                                "relevantTypes must not be empty when present"
                            )
                        }
                        checker.descend("relevantTypes") { checker in
                            for (index, type) in list.enumerated() {
                                checker.descend(index) { $0.checkIRIValue(type, "a relevant type") }
                            }
                        }
                    }
                }
            }
        }
    }
}

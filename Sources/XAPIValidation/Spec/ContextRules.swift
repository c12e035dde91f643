import XAPI

extension Rule {
    /// revision or platform on a statement whose object is not an Activity.
    public static let contextActivityOnly = Rule(
        id: "xapi.context.activity-only",
        severity: .error,
        spec: "Data 2.4.6",
        requirements: ["C3"],
        summary: LocalizedText(
            english: "context.revision and context.platform appear only when the object is an Activity.",
            french: "context.revision et context.platform n'apparaissent que lorsque l'objet est une activité."
        )
    )

    /// A contextActivities value that is not an Activity or array of Activities.
    public static let contextActivities = Rule(
        id: "xapi.context-activities",
        severity: .error,
        spec: "Data 2.4.6.2",
        requirements: ["C5"],
        summary: LocalizedText(
            english:
                "contextActivities has only parent, grouping, category and other, each an Activity or an array of them.",
            french:
                "contextActivities n'a que parent, grouping, category et other, chacun une activité ou un tableau d'activités."
        )
    )

    /// A malformed contextAgents or contextGroups entry (xAPI 2.0).
    public static let contextAgents = Rule(
        id: "xapi.context.agents",
        severity: .error,
        spec: "IEEE 9274.1.1 4.2.2.5",
        requirements: ["C6"],
        summary: LocalizedText(
            english:
                "contextAgents and contextGroups are arrays of {objectType contextAgent/contextGroup, agent/group, "
                + "relevantTypes (a non-empty array of IRIs)}.",
            french:
                "contextAgents et contextGroups sont des tableaux de {objectType contextAgent/contextGroup, agent/group, relevantTypes (un tableau non vide d'IRI)}."
        )
    )
}

/// The properties of a context (Data 2.4.6); `contextAgents` and `contextGroups` exist in xAPI 2.0 only.
enum ContextProperty: Int, PropertyName {
    case registration, instructor, team, contextActivities, revision, platform, language, statement, extensions
    case contextAgents, contextGroups
    static let jsonNames = caseNames()
    static let kind = Noun("a context", "un contexte")
}

/// The properties of a contextAgent or contextGroup entry (IEEE 9274.1.1 4.2.2.5).
enum ContextActorProperty: Int, PropertyName {
    case objectType, agent, group, relevantTypes
    static let jsonNames = caseNames()
    static let kind = Noun("a contextAgent or contextGroup", "un contextAgent ou un contextGroup")
}

extension SpecChecker {
    static let contextActivityKeys = ["parent", "grouping", "category", "other"]

    /// Checks the context at member `context`; `object` is the statement's object, which decides C3.
    mutating func checkContext(_ value: JSONValue, object: JSONValue?) {
        descend("context") { checker in
            guard let context = checker.object(value, Noun("context", "context")) else { return }
            let properties = checker.properties(of: context, as: ContextProperty.self)
            if checker.version == .v1_0_3 {
                for name in [ContextProperty.contextAgents, .contextGroups] where properties.isWritten(name) {
                    checker.report(
                        .unknownProperty,
                        at: name.jsonName,
                        LocalizedText(
                            english: """
                                \(name.jsonName) is an xAPI 2.0 property; this statement is checked as 1.0.3 \
                                (set "version": "2.0.0" or choose 2.0)
                                """,
                            french: """
                                \(name.jsonName) est une propriété d'xAPI 2.0 ; cette déclaration est vérifiée en 1.0.3 \
                                (indiquer "version": "2.0.0" ou choisir 2.0)
                                """
                        )
                    )
                }
            }
            checker.checkContext(properties, object: object)
        }
    }

    private mutating func checkContext(_ context: Properties<ContextProperty>, object: JSONValue?) {
        if let registration = context[.registration] {
            checkUUID(registration, at: "registration", Noun("registration", "registration"))
        }
        if let instructor = context[.instructor] { checkActor(instructor, at: "instructor", position: .actor) }
        if let team = context[.team] { checkActor(team, at: "team", position: .group) }
        if let activities = context[.contextActivities] {
            descend("contextActivities") { $0.checkContextActivities(activities) }
        }
        let objectType = object?[property: "objectType"]
        let objectIsActivity = objectType == nil || objectType == .string("Activity")
        for name in [ContextProperty.revision, .platform] {
            guard let text = context[name] else { continue }
            _ = string(text, at: name.jsonName)
            if !objectIsActivity {
                report(
                    .contextActivityOnly,
                    at: name.jsonName,
                    LocalizedText(
                        english: "context.\(name.jsonName) is only allowed when the object is an Activity",
                        french: "context.\(name.jsonName) n'est permis que lorsque l'objet est une activité"
                    )
                )
            }
        }
        if let language = context[.language] { checkLanguageTag(language, at: "language") }
        if let statement = context[.statement] { checkStatementReference(statement, at: "statement") }
        if let extensions = context[.extensions] { checkExtensions(extensions, at: "extensions") }
        if version == .v2_0_0 {
            if let agents = context[.contextAgents] { checkContextActors(agents, at: "contextAgents", actor: .agent) }
            if let groups = context[.contextGroups] { checkContextActors(groups, at: "contextGroups", actor: .group) }
        }
    }

    private mutating func checkContextActivities(_ value: JSONValue) {
        guard case .object(let activities) = value else {
            report(
                .contextActivities,
                LocalizedText(
                    english: "contextActivities must be an object, found \(value.typeName)",
                    french: "contextActivities doit être un objet, et non \(Self.frenchType(of: value))"
                )
            )
            return
        }
        for member in activities.members {
            let count = member.key.utf8.count
            guard Self.contextActivityKeys.contains(where: { $0.utf8.count == count && $0 == member.key }) else {
                report(
                    .contextActivities,
                    at: member.key,
                    LocalizedText(
                        english:
                            "contextActivities has parent, grouping, category and other only, found \"\(member.key)\"",
                        french:
                            "contextActivities n'a que parent, grouping, category et other, et non « \(member.key) »"
                    )
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
                    checker.report(
                        .null,
                        LocalizedText(
                            english: "\(member.key) must not be null",
                            french: "\(member.key) ne doit pas être null"
                        )
                    )
                default:
                    checker.report(
                        .contextActivities,
                        LocalizedText(
                            english:
                                "\(member.key) must be an Activity or an array of Activities, found \(member.value.typeName)",
                            french:
                                "\(member.key) doit être une activité ou un tableau d'activités, et non \(Self.frenchType(of: member.value))"
                        )
                    )
                }
            }
        }
    }

    private mutating func checkContextActivity(_ value: JSONValue) {
        guard case .object(let activity) = value else {
            report(
                .contextActivities,
                LocalizedText(
                    english: "a context activity must be an Activity object, found \(value.typeName)",
                    french: "une activité de contexte doit être un objet Activity, et non \(Self.frenchType(of: value))"
                )
            )
            return
        }
        // A null objectType is reported as a null when the activity's properties are read.
        if let objectType = activity[property: "objectType"], !objectType.isNull, objectType != .string("Activity") {
            let found = objectType.stringValue.map { "\"\($0)\"" } ?? objectType.typeName
            let foundInFrench = objectType.stringValue.map { "« \($0) »" } ?? Self.frenchType(of: objectType)
            report(
                .objectType,
                at: "objectType",
                LocalizedText(
                    english: "a context activity's objectType must be \"Activity\", found \(found)",
                    french: "l'objectType d'une activité de contexte doit valoir « Activity », et non \(foundInFrench)"
                )
            )
            return
        }
        checkActivity(activity)
    }

    /// Checks contextAgents (`actor` is `.agent`) or contextGroups (`.group`).
    private mutating func checkContextActors(_ value: JSONValue, at key: String, actor: ContextActorProperty) {
        guard let entries = array(value, at: key) else { return }
        let objectType = actor == .agent ? "contextAgent" : "contextGroup"
        descend(key) { checker in
            for (index, entry) in entries.enumerated() {
                checker.descend(index) { $0.checkContextActor(entry, objectType: objectType, actor: actor) }
            }
        }
    }

    private mutating func checkContextActor(_ value: JSONValue, objectType: String, actor: ContextActorProperty) {
        guard let object = object(value, Noun("a \(objectType)", "un \(objectType)")) else { return }
        let properties = properties(of: object, as: ContextActorProperty.self)
        let other: ContextActorProperty = actor == .agent ? .group : .agent
        if properties.isWritten(other) {
            report(
                .unknownProperty,
                at: other.jsonName,
                LocalizedText(
                    english: "a \(objectType) has no property \"\(other.jsonName)\"",
                    french: "un \(objectType) n'a pas de propriété « \(other.jsonName) »"
                )
            )
        }
        if let written = required(properties, .objectType), written != .string(objectType) {
            report(
                .contextAgents,
                at: "objectType",
                LocalizedText(
                    english: "objectType must be \"\(objectType)\"",
                    french: "objectType doit valoir « \(objectType) »"
                )
            )
        }
        if let member = required(properties, actor) {
            checkActor(member, at: actor.jsonName, position: actor == .agent ? .agent : .group)
        }
        if let types = properties[.relevantTypes], let list = array(types, at: "relevantTypes") {
            if list.isEmpty {
                report(
                    .contextAgents,
                    at: "relevantTypes",
                    LocalizedText(
                        english: "relevantTypes must not be empty when present",
                        french: "relevantTypes ne doit pas être vide lorsqu'il est présent"
                    )
                )
            }
            descend("relevantTypes") { checker in
                for (index, type) in list.enumerated() {
                    checker.descend(index) { $0.checkIRIValue(type, Noun("a relevant type", "un type pertinent")) }
                }
            }
        }
    }
}

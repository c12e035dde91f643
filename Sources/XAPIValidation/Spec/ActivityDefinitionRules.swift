import XAPI

extension Rule {
    /// An interactionType outside the ten of the specification.
    public static let interactionType = Rule(
        id: "xapi.interaction.type",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O5", "G7"],
        summary: "interactionType is one of true-false, choice, fill-in, long-fill-in, matching, performance, "
            + "sequencing, likert, numeric, other."
    )

    /// Interaction properties without an interactionType.
    public static let interactionTypeRequired = Rule(
        id: "xapi.interaction.type-required",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O6"],
        summary:
            "A definition with correctResponsesPattern, choices, scale, source, target or steps has an interactionType."
    )

    /// A correctResponsesPattern that is not an array of strings.
    public static let correctResponsesPattern = Rule(
        id: "xapi.interaction.correct-responses",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O7"],
        summary: "correctResponsesPattern is an array of strings."
    )

    /// Interaction components that are not a list of {id, description} with distinct ids.
    public static let interactionComponents = Rule(
        id: "xapi.interaction.components",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O7"],
        summary: "choices, scale, source, target and steps are arrays of {id, description} with distinct string ids."
    )

    /// A component list that the interaction type does not use.
    public static let interactionComponentKind = Rule(
        id: "xapi.interaction.component-kind",
        severity: .warning,
        spec: "Data 2.4.4.1",
        requirements: ["O7"],
        summary: "Component lists match the interaction type: choices for choice and sequencing, scale for likert, "
            + "source and target for matching, steps for performance."
    )
}

extension SpecChecker {
    static let definitionKeys = [
        "name", "description", "type", "moreInfo", "extensions", "interactionType", "correctResponsesPattern",
        "choices", "scale", "source", "target", "steps",
    ]
    static let interactionTypes = [
        "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert",
        "numeric", "other",
    ]
    static let componentListKeys = ["choices", "scale", "source", "target", "steps"]
    static let componentKeys = ["id", "description"]
    static let interactionPropertyKeys = ["correctResponsesPattern"] + componentListKeys

    /// Checks an activity definition (the current value).
    mutating func checkDefinition(_ value: JSONValue) {
        guard let definition = object(value, "definition") else { return }
        checkMembers(of: definition, allowed: Self.definitionKeys, in: "an activity definition")
        if let name = member(definition, "name") { checkLanguageMap(name, at: "name") }
        if let description = member(definition, "description") { checkLanguageMap(description, at: "description") }
        if let type = member(definition, "type") { checkIRI(type, at: "type", "definition type") }
        if let moreInfo = member(definition, "moreInfo") { checkIRI(moreInfo, at: "moreInfo", "moreInfo") }
        if let extensions = member(definition, "extensions") { checkExtensions(extensions, at: "extensions") }
        checkInteraction(definition)
    }

    private mutating func checkInteraction(_ definition: JSONObject) {
        var interactionType: String?
        if let value = member(definition, "interactionType"), let text = string(value, at: "interactionType") {
            if Self.interactionTypes.contains(text) {
                interactionType = text
            } else {
                report(
                    .interactionType,
                    at: "interactionType",
                    "\"\(text)\" is not an interaction type; use one of \(Self.interactionTypes.joined(separator: ", ")) (exact case)"
                )
            }
        }
        if definition["interactionType"] == nil {
            let used = Self.interactionPropertyKeys.filter { definition[$0] != nil }
            if !used.isEmpty {
                report(
                    .interactionTypeRequired,
                    "a definition with \(used.joined(separator: ", ")) must have an interactionType"
                )
            }
        }
        if let pattern = member(definition, "correctResponsesPattern") {
            checkCorrectResponsesPattern(pattern)
        }
        for key in Self.componentListKeys {
            guard let list = member(definition, key) else { continue }
            checkComponents(list, at: key)
            if let interactionType, !Self.interactionType(interactionType, uses: key) {
                report(.interactionComponentKind, at: key, "a \(interactionType) interaction does not use \(key)")
            }
        }
    }

    private static func interactionType(_ type: String, uses key: String) -> Bool {
        switch key {
        case "choices": return type == "choice" || type == "sequencing"
        case "scale": return type == "likert"
        case "source", "target": return type == "matching"
        case "steps": return type == "performance"
        default: return false
        }
    }

    private mutating func checkCorrectResponsesPattern(_ value: JSONValue) {
        guard case .array(let patterns) = value else {
            report(
                .correctResponsesPattern,
                at: "correctResponsesPattern",
                "correctResponsesPattern must be an array of strings, found \(value.typeName)"
            )
            return
        }
        descend("correctResponsesPattern") { checker in
            for (index, pattern) in patterns.enumerated() {
                guard case .string = pattern else {
                    checker.descend(index) {
                        $0.report(
                            .correctResponsesPattern,
                            "a correct response pattern must be a string, found \(pattern.typeName)"
                        )
                    }
                    continue
                }
            }
        }
    }

    private mutating func checkComponents(_ value: JSONValue, at key: String) {
        guard case .array(let components) = value else {
            report(
                .interactionComponents,
                at: key,
                "\(key) must be an array of interaction components, found \(value.typeName)"
            )
            return
        }
        descend(key) { checker in
            var seen: Set<String> = []
            for (index, element) in components.enumerated() {
                checker.descend(index) { checker in
                    guard case .object(let component) = element else {
                        checker.report(
                            .interactionComponents,
                            "an interaction component must be an object, found \(element.typeName)"
                        )
                        return
                    }
                    checker.checkMembers(of: component, allowed: Self.componentKeys, in: "an interaction component")
                    if let description = checker.member(component, "description") {
                        checker.checkLanguageMap(description, at: "description")
                    }
                    guard let id = checker.required(component, "id", in: "an interaction component") else { return }
                    guard case .string(let text) = id else {
                        checker.report(
                            .interactionComponents,
                            at: "id",
                            "an interaction component's id must be a string, found \(id.typeName)"
                        )
                        return
                    }
                    if !seen.insert(text).inserted {
                        checker.report(
                            .interactionComponents,
                            at: "id",
                            "component id \"\(text)\" appears more than once in \(key)"
                        )
                    }
                }
            }
        }
    }
}

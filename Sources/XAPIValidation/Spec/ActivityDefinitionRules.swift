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

/// The properties of an activity definition (Data 2.4.4.1), interaction properties included.
enum DefinitionProperty: Int, PropertyName {
    case name, description, type, moreInfo, extensions, interactionType, correctResponsesPattern
    case choices, scale, source, target, steps
    static let jsonNames = caseNames()
    static let kind = "an activity definition"
    static let componentLists: [DefinitionProperty] = [.choices, .scale, .source, .target, .steps]
    static let interactionProperties: [DefinitionProperty] = [.correctResponsesPattern] + componentLists
}

/// The properties of an interaction component (Data 2.4.4.1).
enum ComponentProperty: Int, PropertyName {
    case id, description
    static let jsonNames = caseNames()
    static let kind = "an interaction component"
}

extension SpecChecker {
    static let interactionTypes = [
        "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert",
        "numeric", "other",
    ]

    /// Checks an activity definition (the current value).
    mutating func checkDefinition(_ value: JSONValue) {
        guard let definition = object(value, "definition") else { return }
        let properties = properties(of: definition, as: DefinitionProperty.self)
        if let name = properties[.name] { checkLanguageMap(name, at: "name") }
        if let description = properties[.description] { checkLanguageMap(description, at: "description") }
        if let type = properties[.type] { checkIRI(type, at: "type", "definition type") }
        if let moreInfo = properties[.moreInfo] { checkIRI(moreInfo, at: "moreInfo", "moreInfo") }
        if let extensions = properties[.extensions] { checkExtensions(extensions, at: "extensions") }
        checkInteraction(properties)
    }

    private mutating func checkInteraction(_ definition: Properties<DefinitionProperty>) {
        var interactionType: String?
        if let value = definition[.interactionType], let text = string(value, at: "interactionType") {
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
        if !definition.isWritten(.interactionType) {
            let used = DefinitionProperty.interactionProperties.filter(definition.isWritten).map(\.jsonName)
            if !used.isEmpty {
                report(
                    .interactionTypeRequired,
                    "a definition with \(used.joined(separator: ", ")) must have an interactionType"
                )
            }
        }
        if let pattern = definition[.correctResponsesPattern] {
            checkCorrectResponsesPattern(pattern)
        }
        for list in DefinitionProperty.componentLists {
            guard let components = definition[list] else { continue }
            checkComponents(components, at: list.jsonName)
            if let interactionType, !Self.interactionType(interactionType, uses: list) {
                report(
                    .interactionComponentKind,
                    at: list.jsonName,
                    "a \(interactionType) interaction does not use \(list.jsonName)"
                )
            }
        }
    }

    private static func interactionType(_ type: String, uses list: DefinitionProperty) -> Bool {
        switch list {
        case .choices: return type == "choice" || type == "sequencing"
        case .scale: return type == "likert"
        case .source, .target: return type == "matching"
        case .steps: return type == "performance"
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
                if case .string = pattern { continue }
                checker.descend(index) {
                    $0.report(
                        .correctResponsesPattern,
                        "a correct response pattern must be a string, found \(pattern.typeName)"
                    )
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
                checker.descend(index) { $0.checkComponent(element, in: key, seen: &seen) }
            }
        }
    }

    private mutating func checkComponent(_ value: JSONValue, in list: String, seen: inout Set<String>) {
        guard case .object(let component) = value else {
            report(.interactionComponents, "an interaction component must be an object, found \(value.typeName)")
            return
        }
        let properties = properties(of: component, as: ComponentProperty.self)
        if let description = properties[.description] { checkLanguageMap(description, at: "description") }
        guard let id = required(properties, .id) else { return }
        guard case .string(let text) = id else {
            report(
                .interactionComponents,
                at: "id",
                "an interaction component's id must be a string, found \(id.typeName)"
            )
            return
        }
        if !seen.insert(text).inserted {
            report(.interactionComponents, at: "id", "component id \"\(text)\" appears more than once in \(list)")
        }
    }
}

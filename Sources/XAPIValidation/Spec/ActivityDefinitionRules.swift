import XAPI

extension Rule {
    /// An interactionType outside the ten of the specification.
    public static let interactionType = Rule(
        id: "xapi.interaction.type",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O5", "G7"],
        summary: LocalizedText(
            english: "interactionType is one of true-false, choice, fill-in, long-fill-in, matching, performance, "
                + "sequencing, likert, numeric, other.",
            french:
                "interactionType vaut true-false, choice, fill-in, long-fill-in, matching, performance, sequencing, likert, numeric ou other."
        )
    )

    /// Interaction properties without an interactionType.
    public static let interactionTypeRequired = Rule(
        id: "xapi.interaction.type-required",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O6"],
        summary: LocalizedText(
            english:
                "A definition with correctResponsesPattern, choices, scale, source, target or steps has an interactionType.",
            french:
                "Une définition avec correctResponsesPattern, choices, scale, source, target ou steps a un interactionType."
        )
    )

    /// A correctResponsesPattern that is not an array of strings.
    public static let correctResponsesPattern = Rule(
        id: "xapi.interaction.correct-responses",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O7"],
        summary: LocalizedText(
            english: "correctResponsesPattern is an array of strings.",
            french: "correctResponsesPattern est un tableau de chaînes."
        )
    )

    /// Interaction components that are not a list of {id, description} with distinct ids.
    public static let interactionComponents = Rule(
        id: "xapi.interaction.components",
        severity: .error,
        spec: "Data 2.4.4.1",
        requirements: ["O7"],
        summary: LocalizedText(
            english:
                "choices, scale, source, target and steps are arrays of {id, description} with distinct string ids.",
            french:
                "choices, scale, source, target et steps sont des tableaux de {id, description} aux id de type chaîne, tous distincts."
        )
    )

    /// A component list that the interaction type does not use.
    public static let interactionComponentKind = Rule(
        id: "xapi.interaction.component-kind",
        severity: .warning,
        spec: "Data 2.4.4.1",
        requirements: ["O7"],
        summary: LocalizedText(
            english: "Component lists match the interaction type: choices for choice and sequencing, scale for likert, "
                + "source and target for matching, steps for performance.",
            french:
                "Les listes de composants correspondent au type d'interaction : choices pour choice et sequencing, scale pour likert, source et target pour matching, steps pour performance."
        )
    )
}

/// The properties of an activity definition (Data 2.4.4.1), interaction properties included.
enum DefinitionProperty: Int, PropertyName {
    case name, description, type, moreInfo, extensions, interactionType, correctResponsesPattern
    case choices, scale, source, target, steps
    static let jsonNames = caseNames()
    static let kind = Noun("an activity definition", "une définition d'activité")
    static let componentLists: [DefinitionProperty] = [.choices, .scale, .source, .target, .steps]
    static let interactionProperties: [DefinitionProperty] = [.correctResponsesPattern] + componentLists
}

/// The properties of an interaction component (Data 2.4.4.1).
enum ComponentProperty: Int, PropertyName {
    case id, description
    static let jsonNames = caseNames()
    static let kind = Noun("an interaction component", "un composant d'interaction")
}

extension SpecChecker {
    static let interactionTypes = [
        "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert",
        "numeric", "other",
    ]

    /// Checks an activity definition (the current value).
    mutating func checkDefinition(_ value: JSONValue) {
        guard let definition = object(value, Noun("definition", "definition")) else { return }
        let properties = properties(of: definition, as: DefinitionProperty.self)
        if let name = properties[.name] { checkLanguageMap(name, at: "name") }
        if let description = properties[.description] { checkLanguageMap(description, at: "description") }
        if let type = properties[.type] {
            checkIRI(type, at: "type", Noun("definition type", "le type de la définition"))
        }
        if let moreInfo = properties[.moreInfo] { checkIRI(moreInfo, at: "moreInfo", Noun("moreInfo", "moreInfo")) }
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
                    LocalizedText(
                        english:
                            "\"\(text)\" is not an interaction type; use one of \(Self.interactionTypes.joined(separator: ", ")) (exact case)",
                        french:
                            "« \(text) » n'est pas un type d'interaction ; utiliser l'un de \(Self.interactionTypes.joined(separator: ", ")) (casse exacte)"
                    )
                )
            }
        }
        if !definition.isWritten(.interactionType) {
            let used = DefinitionProperty.interactionProperties.filter(definition.isWritten).map(\.jsonName)
            if !used.isEmpty {
                report(
                    .interactionTypeRequired,
                    LocalizedText(
                        english: "a definition with \(used.joined(separator: ", ")) must have an interactionType",
                        french: "une définition avec \(used.joined(separator: ", ")) doit avoir un interactionType"
                    )
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
                    LocalizedText(
                        english: "a \(interactionType) interaction does not use \(list.jsonName)",
                        french: "une interaction \(interactionType) n'utilise pas \(list.jsonName)"
                    )
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
                LocalizedText(
                    english: "correctResponsesPattern must be an array of strings, found \(value.typeName)",
                    french:
                        "correctResponsesPattern doit être un tableau de chaînes, et non \(Self.frenchType(of: value))"
                )
            )
            return
        }
        descend("correctResponsesPattern") { checker in
            for (index, pattern) in patterns.enumerated() {
                if case .string = pattern { continue }
                checker.descend(index) {
                    $0.report(
                        .correctResponsesPattern,
                        LocalizedText(
                            english: "a correct response pattern must be a string, found \(pattern.typeName)",
                            french:
                                "un motif de réponse correcte doit être une chaîne, et non \(Self.frenchType(of: pattern))"
                        )
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
                LocalizedText(
                    english: "\(key) must be an array of interaction components, found \(value.typeName)",
                    french:
                        "\(key) doit être un tableau de composants d'interaction, et non \(Self.frenchType(of: value))"
                )
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
            report(
                .interactionComponents,
                LocalizedText(
                    english: "an interaction component must be an object, found \(value.typeName)",
                    french: "un composant d'interaction doit être un objet, et non \(Self.frenchType(of: value))"
                )
            )
            return
        }
        let properties = properties(of: component, as: ComponentProperty.self)
        if let description = properties[.description] { checkLanguageMap(description, at: "description") }
        guard let id = required(properties, .id) else { return }
        guard case .string(let text) = id else {
            report(
                .interactionComponents,
                at: "id",
                LocalizedText(
                    english: "an interaction component's id must be a string, found \(id.typeName)",
                    french: "l'id d'un composant d'interaction doit être une chaîne, et non \(Self.frenchType(of: id))"
                )
            )
            return
        }
        if !seen.insert(text).inserted {
            report(
                .interactionComponents,
                at: "id",
                LocalizedText(
                    english: "component id \"\(text)\" appears more than once in \(list)",
                    french: "l'id de composant « \(text) » apparaît plusieurs fois dans \(list)"
                )
            )
        }
    }
}

import XAPI

extension Rule {
    /// A required property is missing.
    public static let required = Rule(
        id: "xapi.required",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G1", "A6", "V1", "O2", "O8", "AT1"],
        summary: LocalizedText(
            english: "Every required property is present (a statement has actor, verb and object).",
            french: "Chaque propriété obligatoire est présente (une déclaration a actor, verb et object)."
        )
    )

    /// A property has the wrong JSON type.
    public static let type = Rule(
        id: "xapi.type",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G4"],
        summary: LocalizedText(
            english: "Every property has the JSON type the specification gives it (no \"true\" or \"1\" strings).",
            french: "Chaque propriété a le type JSON que lui donne la spécification (pas de chaînes \"true\" ou \"1\")."
        )
    )

    /// A property written twice in one object.
    public static let duplicateProperty = Rule(
        id: "xapi.property.duplicate",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G2"],
        summary: LocalizedText(
            english: "Each property appears at most once in an object (JSON parsers silently keep one of the copies).",
            french:
                "Chaque propriété apparaît au plus une fois dans un objet (les analyseurs JSON ne gardent en silence qu'une des copies)."
        )
    )

    /// A property is `null`.
    public static let null = Rule(
        id: "xapi.null",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G3"],
        summary: LocalizedText(
            english: "No property is null, except values inside extensions.",
            french: "Aucune propriété ne vaut null, sauf les valeurs à l'intérieur des extensions."
        )
    )

    /// A property the specification does not define.
    public static let unknownProperty = Rule(
        id: "xapi.property.unknown",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G8"],
        summary: LocalizedText(
            english: "Objects have only the properties the specification defines for them.",
            french: "Les objets n'ont que les propriétés que la spécification leur définit."
        )
    )

    /// A property name written in the wrong case.
    public static let propertyCase = Rule(
        id: "xapi.property.case",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G6"],
        summary: LocalizedText(
            english: "Property names have the exact case of the specification (objectType, not objecttype).",
            french: "Les noms de propriété ont la casse exacte de la spécification (objectType, et non objecttype)."
        )
    )

    /// An `objectType` that is not one the position allows, or in the wrong case.
    public static let objectType = Rule(
        id: "xapi.object-type",
        severity: .error,
        spec: "Data 2.4.2, 2.4.4",
        requirements: ["G7", "A1", "O1", "O2"],
        summary: LocalizedText(
            english: "objectType has one of the values the position allows, in their exact case.",
            french: "objectType a l'une des valeurs que la position permet, dans leur casse exacte."
        )
    )
}

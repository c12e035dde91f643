import XAPI

extension Rule {
    /// A required property is missing.
    public static let required = Rule(
        id: "xapi.required",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G1", "A6", "V1", "O2", "O8", "AT1"],
        summary: "Every required property is present (a statement has actor, verb and object)."
    )

    /// A property has the wrong JSON type.
    public static let type = Rule(
        id: "xapi.type",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G4"],
        summary: "Every property has the JSON type the specification gives it (no \"true\" or \"1\" strings)."
    )

    /// A property written twice in one object.
    public static let duplicateProperty = Rule(
        id: "xapi.property.duplicate",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G2"],
        summary: "Each property appears at most once in an object (JSON parsers silently keep one of the copies)."
    )

    /// A property is `null`.
    public static let null = Rule(
        id: "xapi.null",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G3"],
        summary: "No property is null, except values inside extensions."
    )

    /// A property the specification does not define.
    public static let unknownProperty = Rule(
        id: "xapi.property.unknown",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G8"],
        summary: "Objects have only the properties the specification defines for them."
    )

    /// A property name written in the wrong case.
    public static let propertyCase = Rule(
        id: "xapi.property.case",
        severity: .error,
        spec: "Data 2.2",
        requirements: ["G6"],
        summary: "Property names have the exact case of the specification (objectType, not objecttype)."
    )

    /// An `objectType` that is not one the position allows, or in the wrong case.
    public static let objectType = Rule(
        id: "xapi.object-type",
        severity: .error,
        spec: "Data 2.4.2, 2.4.4",
        requirements: ["G7", "A1", "O1", "O2"],
        summary: "objectType has one of the values the position allows, in their exact case."
    )
}

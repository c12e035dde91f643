extension Rule {
    /// A statement matches the determining properties of none of a loaded profile's templates.
    public static let profileNoTemplate = Rule(
        id: "profile.no-template",
        severity: .warning,
        spec: "xAPI Profiles Part Three §2.1",
        summary: LocalizedText(
            english: "A statement matches at least one statement template of each loaded profile.",
            french: "Une déclaration correspond à au moins un modèle de déclaration de chaque profil chargé."
        )
    )

    /// A statement of a registration that no live state of the profile's primary patterns can consume.
    public static let profilePatternUnmatched = Rule(
        id: "profile.pattern.unmatched",
        severity: .warning,
        spec: "xAPI Profiles §9, Part Three §2.2",
        summary: LocalizedText(
            english: "Within a registration, statements of a profile follow one of its primary patterns in order.",
            french:
                "Dans une inscription, les déclarations d'un profil suivent dans l'ordre un de ses motifs principaux."
        )
    )

    /// A registration whose statements stop part-way through every primary pattern of the profile.
    public static let profilePatternIncomplete = Rule(
        id: "profile.pattern.incomplete",
        severity: .warning,
        spec: "xAPI Profiles §9, Part Three §2.2",
        summary: LocalizedText(
            english: "A registration's statements complete one of the profile's primary patterns.",
            french: "Les déclarations d'une inscription complètent un des motifs principaux du profil."
        )
    )
}

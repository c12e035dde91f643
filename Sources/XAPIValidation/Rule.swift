/// One rule a statement is checked against, with the stable id that findings and documentation use.
///
/// Rule ids never change meaning once published: scripts filter on them, never on wording. Ids follow
/// one scheme: `json.*` for syntax, `xapi.*` for the specification, `fr.*` for the French education
/// profile, `profile.*` for the profile engine, and `<template IRI>#rule-<n>` for a loaded profile's rules.
/// The spec's rules are ``Rule/catalog``; a configured validator lists its own in ``Validator/rules``.
///
/// ```swift
/// Rule.agentIdentifier.id        // "xapi.agent.ifi"
/// Rule.agentIdentifier.spec      // "Data 2.4.2.1"
/// ```
public struct Rule: Sendable, Hashable, Identifiable {
    /// The stable id, e.g. `xapi.agent.ifi`.
    public let id: String
    /// The severity of its findings.
    public let severity: Severity
    /// Where the rule comes from, e.g. `Data 2.4.2.1` (xAPI 1.0.3 Data document section) or `RFC 8259`.
    public let spec: String
    /// The requirement ids of ../conformance/REQUIREMENTS.md-style lists it enforces (e.g. `A2`), if any.
    public let requirements: [String]
    /// One sentence saying what a conforming statement does, in English and French.
    public let summaryText: LocalizedText

    /// Creates a rule.
    public init(id: String, severity: Severity, spec: String, requirements: [String] = [], summary: LocalizedText) {
        self.id = id
        self.severity = severity
        self.spec = spec
        self.requirements = requirements
        self.summaryText = summary
    }

    /// Creates a rule whose summary is in English only (until it is translated).
    public init(id: String, severity: Severity, spec: String, requirements: [String] = [], summary: String) {
        self.init(
            id: id,
            severity: severity,
            spec: spec,
            requirements: requirements,
            summary: LocalizedText(english: summary, french: nil)
        )
    }

    /// The summary in English.
    public var summary: String { summaryText.english }

    /// The summary in `language`.
    public func summary(in language: Language) -> String {
        summaryText.text(in: language)
    }

    /// The rules of the xAPI specification, in a stable order: syntax, then the statement rules by spec area.
    ///
    /// A validator configured with profiles has more: see ``Validator/rules``.
    public static let catalog: [Rule] =
        [.jsonSyntax, .batchDuplicateID, .repeatedStatement, .putStatementID] + specRules

    /// The rule with this id, if there is one.
    public static func named(_ id: String) -> Rule? {
        catalog.first { $0.id == id }
    }
}

extension Rule {
    /// The text is not JSON (RFC 8259), so nothing else could be checked.
    public static let jsonSyntax = Rule(
        id: "json.syntax",
        severity: .error,
        spec: "RFC 8259",
        requirements: [],
        summary: LocalizedText(
            english: "The statement is well-formed JSON (UTF-8; no trailing commas, comments, NaN or leading zeros).",
            french:
                "La déclaration est du JSON bien formé (UTF-8 ; ni virgule en trop, ni commentaire, ni NaN, ni zéro en tête)."
        )
    )

    /// Two statements of one batch, or two different statements of an export, share an id.
    public static let batchDuplicateID = Rule(
        id: "xapi.batch.duplicate-id",
        severity: .error,
        spec: "Communication 2.1.2",
        requirements: ["B1"],
        summary: LocalizedText(
            english: "Statement ids are unique within a batch, and an id names one statement content only.",
            french: "Les id de déclaration sont uniques dans un lot, et un id désigne un seul contenu de déclaration."
        )
    )

    /// The same statement (same id, same content) listed twice in an export.
    public static let repeatedStatement = Rule(
        id: "xapi.export.repeated-statement",
        severity: .warning,
        spec: "Data 2.3.1",
        requirements: ["B1"],
        summary: LocalizedText(
            english: "An export lists each statement once; an LRS stores an identical repeat only once.",
            french:
                "Un export liste chaque déclaration une fois ; un LRS ne stocke qu'une fois une répétition identique."
        )
    )

    /// A statement sent with PUT carries an `id` different from the `statementId` parameter.
    public static let putStatementID = Rule(
        id: "xapi.put.statement-id",
        severity: .error,
        spec: "Communication 2.1.1",
        requirements: ["P1"],
        summary: LocalizedText(
            english: "A statement sent with PUT has no id or the same id as the statementId parameter.",
            french: "Une déclaration envoyée par PUT n'a pas d'id ou a le même id que le paramètre statementId."
        )
    )
}

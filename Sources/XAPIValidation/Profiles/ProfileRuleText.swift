import XAPI

/// The rules, summaries and messages of a loaded profile, in English and French, made from its templates.
enum ProfileRuleText {
    /// The rule `<template IRI>#rule-<n>`: an error, or a warning when its presence is `recommended`.
    static func rule(
        _ rule: StatementTemplateRule,
        index: Int,
        of template: StatementTemplate,
        profileLabel: String
    ) -> Rule {
        let path = "`\(rule.location.text)`" + (rule.selector.map { " → `\($0.text)`" } ?? "")
        var english: [String] = []
        var french: [String] = []
        switch rule.presence {
        case .included?:
            english.append("is present")
            french.append("est présent")
        case .excluded?:
            english.append("is absent")
            french.append("est absent")
        case .recommended?:
            english.append("should be present")
            french.append("devrait être présent")
        case nil:
            break
        }
        if let any = rule.any {
            english.append("holds one of \(list(any))")
            french.append("contient une des valeurs \(list(any))")
        }
        if let all = rule.all {
            english.append("holds only values of \(list(all))")
            french.append("ne contient que des valeurs parmi \(list(all))")
        }
        if let none = rule.none {
            english.append("holds none of \(list(none))")
            french.append("ne contient aucune des valeurs \(list(none))")
        }
        return Rule(
            id: "\(template.id)#rule-\(index)",
            severity: rule.presence == .recommended ? .warning : .error,
            spec: spec(profileLabel),
            summary: LocalizedText(
                english: "Template “\(template.label(in: .english))”: \(path) \(english.joined(separator: " and ")).",
                french: "Modèle « \(template.label(in: .french)) » : \(path) \(french.joined(separator: " et "))."
            )
        )
    }

    /// The rule that a template's object (or `context.statement`) is a StatementRef.
    static func statementReferenceRule(
        _ property: String,
        of template: StatementTemplate,
        profileLabel: String
    )
        -> Rule
    {
        let path = property == "object" ? "object" : "context.statement"
        return Rule(
            id: "\(template.id)#\(property)-statement-ref",
            severity: .error,
            spec: spec(profileLabel),
            summary: LocalizedText(
                english: "Template “\(template.label(in: .english))”: `\(path)` is a StatementRef.",
                french: "Modèle « \(template.label(in: .french)) » : `\(path)` est une StatementRef."
            )
        )
    }

    static func statementReferenceFinding(
        _ property: String,
        of template: StatementTemplate,
        profile: Profile
    )
        -> Finding
    {
        let rule = statementReferenceRule(property, of: template, profileLabel: profile.label(in: .english))
        let pointer = property == "object" ? JSONPointer.root.appending("object") : .root.appending("context")
        return Finding(
            rule: rule,
            path: pointer,
            message: message(
                LocalizedText(
                    english: "`\(property == "object" ? "object" : "context.statement")` must be a StatementRef",
                    french: "`\(property == "object" ? "object" : "context.statement")` doit être une StatementRef"
                ),
                template: template
            )
        )
    }

    /// `template “Label” (IRI): text`.
    static func message(_ text: LocalizedText, template: StatementTemplate) -> LocalizedText {
        LocalizedText(
            english: "template “\(template.label(in: .english))” (\(template.id)): \(text.english)",
            french: "modèle « \(template.label(in: .french)) » (\(template.id)) : \(text.text(in: .french))"
        )
    }

    /// The warning for a statement that matches no template of `profile`.
    static func noTemplate(_ statement: JSONValue, profile: Profile) -> Finding {
        let verb = statement["verb"]?["id"]?.stringValue ?? "?"
        let type = statement["object"]?["definition"]?["type"]?.stringValue
        let english = type.map { "verb \(verb), object type \($0)" } ?? "verb \(verb)"
        let french = type.map { "verbe \(verb), type d'objet \($0)" } ?? "verbe \(verb)"
        return Finding(
            rule: .profileNoTemplate,
            path: .root,
            message: LocalizedText(
                english: "the statement (\(english)) matches no statement template of profile "
                    + "“\(profile.label(in: .english))” (\(profile.id))",
                french: "la déclaration (\(french)) ne correspond à aucun modèle du profil "
                    + "« \(profile.label(in: .french)) » (\(profile.id))"
            )
        )
    }

    private static func spec(_ profileLabel: String) -> String {
        "xAPI Profiles §8.1, profile “\(profileLabel)”"
    }

    private static func list(_ values: [JSONValue]) -> String {
        let shown = values.prefix(5).map(\.description).joined(separator: ", ")
        return values.count > 5 ? "[\(shown), … (\(values.count) values)]" : "[\(shown)]"
    }
}

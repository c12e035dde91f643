import XAPIValidation

/// Every word of the HTML report, in English and French (the language of `--lang`).
///
/// ```swift
/// ReportLabels(.french).statements  // "Déclarations"
/// ```
struct ReportLabels {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    private func text(_ english: String, _ french: String) -> String {
        language == .french ? french : english
    }

    var title: String { text("xAPI export quality report", "Rapport de qualité de l'export xAPI") }
    var inputs: String { text("Inputs", "Entrées") }
    var summary: String { text("Summary", "Résumé") }
    var statements: String { text("Statements", "Déclarations") }
    var valid: String { text("Valid", "Valides") }
    var invalid: String { text("Invalid", "Non valides") }
    var errors: String { text("Errors", "Erreurs") }
    var warnings: String { text("Warnings", "Avertissements") }
    var conformingShare: String { text("Conforming statements", "Déclarations conformes") }
    var verdictClean: String {
        text("No statement has an error.", "Aucune déclaration n'a d'erreur.")
    }
    var verdictErrors: String {
        text(
            "Some statements have errors: the export does not conform.",
            "Des déclarations ont des erreurs : l'export n'est pas conforme."
        )
    }
    var findingsPerRule: String { text("Findings per rule", "Constats par règle") }
    var noFindings: String {
        text("No finding: every statement conforms.", "Aucun constat : toutes les déclarations sont conformes.")
    }
    var rule: String { text("Rule", "Règle") }
    var severity: String { text("Severity", "Gravité") }
    var findings: String { text("Findings", "Constats") }
    var documentation: String { text("Documentation", "Documentation") }
    var source: String { text("Source", "Source") }
    var sourceLead: String { text("Source: ", "Source\u{A0}: ") }
    var statementsPerDay: String { text("Statements per day (UTC)", "Déclarations par jour (UTC)") }
    var day: String { text("Day", "Jour") }
    var statementsPerVerb: String { text("Statements per verb", "Déclarations par verbe") }
    var verb: String { text("Verb", "Verbe") }
    var conformingPerPlatform: String {
        text("Conforming statements per platform", "Déclarations conformes par plateforme")
    }
    var platform: String { text("Platform (context.platform)", "Plateforme (context.platform)") }
    var conforming: String { text("Conforming", "Conformes") }
    var share: String { text("Share", "Part") }
    var examples: String { text("Examples", "Exemples") }
    var ruleDetails: String { text("Rules and first examples", "Règles et premiers exemples") }
    var location: String { text("Where", "Où") }
    var pointer: String { text("JSON Pointer", "Pointeur JSON") }
    var message: String { text("Message", "Message") }
    var dataTable: String { text("Data as a table", "Données sous forme de tableau") }
    var noTimestamp: String { text("(no timestamp)", "(pas d'horodatage)") }
    var noVerb: String { text("(no verb id)", "(pas d'identifiant de verbe)") }
    var noPlatform: String { text("(no platform)", "(pas de plateforme)") }
    var other: String { text("(other values)", "(autres valeurs)") }
    var error: String { text("error", "erreur") }
    var warning: String { text("warning", "avertissement") }
    var footer: String {
        text(
            "Written by edutraces validate. Each rule links to its documentation: the xAPI specification's section, "
                + "the RFC, or the labelling rules guide of the French education profile.",
            "Produit par edutraces validate. Chaque règle renvoie à sa documentation : la section de la "
                + "spécification xAPI, la RFC, ou le guide des règles de labellisation du profil éducation française."
        )
    }

    /// `error` or `warning` in the report's language.
    func name(of severity: Severity) -> String {
        severity == .error ? error : warning
    }

    /// `12 more examples not shown`.
    func moreExamples(_ count: Int) -> String {
        text("\(count) more not shown", "\(count) de plus non montrés")
    }

    /// `other values: 3 more platforms counted together`.
    func capped(_ limit: Int) -> String {
        text(
            "Only the first \(limit) distinct values are shown; later ones are counted together.",
            "Seules les \(limit) premières valeurs distinctes sont montrées ; les suivantes sont comptées ensemble."
        )
    }

    /// A share as a percentage with one decimal: `97.5%` or `97,5 %`.
    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let tenths = (part * 1000 + whole / 2) / whole
        let number = "\(tenths / 10)\(language == .french ? "," : ".")\(tenths % 10)"
        return language == .french ? "\(number)\u{A0}%" : "\(number)%"
    }
}

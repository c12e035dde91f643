import XAPI

extension FrenchEducationChecker {
    /// Checks the verb (the current value): its vocabulary, its scheme, its display.
    mutating func checkVerb(_ verb: JSONValue) {
        if let id = verb[property: "id"]?.stringValue {
            if Identifiers.hasPrefix(id, FrenchEducationVocabulary.secureADLPrefix) {
                report(
                    .frADLIRI,
                    at: "id",
                    "verb \(id) uses https: ADL defines http://adlnet.gov/expapi/... and IRIs compare exactly",
                    "le verbe \(id) utilise https : l'ADL définit http://adlnet.gov/expapi/... et les IRI se comparent à l'identique"
                )
            } else if !FrenchEducationVocabulary.verbPrefixes.contains(where: { Identifiers.hasPrefix(id, $0) }) {
                report(
                    .frVerbVocabulary,
                    at: "id",
                    "verb \(id) is from no known vocabulary: prefer an ADL, TinCan, xAPI.fr or profile verb",
                    "le verbe \(id) ne provient d'aucun vocabulaire connu : préférer un verbe de l'ADL, de TinCan, d'xAPI.fr ou d'un profil"
                )
            }
        }
        if let display = verb[property: "display"] { descend("display") { $0.checkLanguageMap(display) } }
    }

    /// Checks an Activity (the current value): its id, its type, its language maps.
    ///
    /// The object Activity must have a type (error); a context activity should (warning).
    mutating func checkActivity(_ activity: JSONValue, isObject: Bool) {
        guard case .object(let members) = activity else { return }
        if let id = members[property: "id"]?.stringValue { checkActivityID(id) }
        let definition = members[property: "definition"]
        let type = definition?[property: "type"]?.stringValue
        if let type {
            if Identifiers.hasPrefix(type, FrenchEducationVocabulary.secureADLPrefix) {
                descend("definition") { checker in
                    checker.report(
                        .frADLIRI,
                        at: "type",
                        "activity type \(type) uses https: ADL defines http://adlnet.gov/expapi/...",
                        "le type d'activité \(type) utilise https : l'ADL définit http://adlnet.gov/expapi/..."
                    )
                }
            }
        } else if isObject {
            report(
                .frActivityType,
                "the object Activity has no definition.type: say what it is (assessment, lesson, cmi.interaction...)",
                "l'activité objet n'a pas de definition.type : indiquer ce qu'elle est (assessment, lesson, cmi.interaction...)"
            )
        } else {
            report(
                .frActivityType,
                severity: .warning,
                "this context activity has no definition.type: say what it is (course, lesson, profile...)",
                "cette activité de contexte n'a pas de definition.type : indiquer ce qu'elle est (course, lesson, profile...)"
            )
        }
        guard let definition, case .object(let fields) = definition,
            fields.members.contains(where: { Self.isCheckedInDefinition($0.key) })
        else { return }
        descend("definition") { checker in
            for key in Self.languageMapKeys {
                if let map = fields[property: key] { checker.descend(key) { $0.checkLanguageMap(map) } }
            }
            for key in Self.componentKeys {
                guard let components = fields[property: key]?.arrayValue else { continue }
                checker.descend(key) { checker in
                    for (index, component) in components.enumerated() {
                        guard let description = component[property: "description"] else { continue }
                        checker.descend(index) { $0.descend("description") { $0.checkLanguageMap(description) } }
                    }
                }
            }
            if let extensions = fields[property: "extensions"] {
                checker.descend("extensions") { $0.checkExtensions(extensions) }
            }
        }
    }

    /// The language maps of a definition.
    private static let languageMapKeys = ["name", "description"]
    /// The interaction components of a definition, each with a description.
    private static let componentKeys = ["choices", "scale", "source", "target", "steps"]

    /// Whether the member `key` of a definition is one the checks above read: most context activities'
    /// definitions hold a type alone and need no more (lengths rule most keys out without a comparison).
    private static func isCheckedInDefinition(_ key: String) -> Bool {
        switch key.utf8.count {
        case 4: key == "name"
        case 5: key == "scale" || key == "steps"
        case 6: key == "source" || key == "target"
        case 7: key == "choices"
        case 10: key == "extensions"
        case 11: key == "description"
        default: false
        }
    }

    private mutating func checkActivityID(_ id: String) {
        let problem: (String, String)?
        // One pass over the bytes finds what most ids lack: an @, a ? and a run of 9 or more digits.
        let (hasAt, hasQuery, longestDigits) = Identifiers.withBytes(of: id) { bytes in
            var hasAt = false
            var hasQuery = false
            var longestDigits = 0
            var digits = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "@"): hasAt = true
                case UInt8(ascii: "?"): hasQuery = true
                default: break
                }
                digits = Identifiers.isDigit(byte) ? digits + 1 : 0
                longestDigits = max(longestDigits, digits)
            }
            return (hasAt, hasQuery, longestDigits)
        }
        if hasAt || Identifiers.hasPrefix(id, "mailto:", caseInsensitive: true) {
            problem = ("holds an e-mail address or an @", "contient une adresse e-mail ou un @")
        } else if hasQuery {
            problem = ("has a query string", "a une chaîne de requête")
        } else if longestDigits >= 9, Identifiers.containsINE(id) {
            problem = ("holds what looks like an INE", "contient ce qui ressemble à un INE")
        } else {
            problem = nil
        }
        guard let problem else { return }
        report(
            .frActivityID,
            at: "id",
            "activity id \(problem.0): an id names the activity, never the pupil; keep personal data out of it",
            "l'id d'activité \(problem.1) : un id nomme l'activité, jamais l'élève ; n'y mettre aucune donnée personnelle"
        )
    }

    /// Checks that a language map (the current value) has a French entry. Malformed tags are the spec
    /// rules' findings (`xapi.language-tag`).
    mutating func checkLanguageMap(_ value: JSONValue) {
        guard case .object(let map) = value, !map.isEmpty else { return }
        let hasFrench = map.members.contains { member in
            let tag = member.key.utf8
            return tag.count >= 2 && (tag.first == 0x66 || tag.first == 0x46)
                && (tag.dropFirst().first == 0x72 || tag.dropFirst().first == 0x52)
                && (tag.count == 2 || tag.dropFirst(2).first == 0x2D)
        }
        if !hasFrench {
            report(
                .frLanguage,
                "this language map has no French entry: add \"fr-FR\" (or \"fr\")",
                "ce dictionnaire de langues n'a pas d'entrée en français : ajouter « fr-FR » (ou « fr »)"
            )
        }
    }
}

import XAPI

extension FrenchEducationChecker {
    /// Checks a UAI (the current value): 7 digits and the check letter of their number modulo 23; an
    /// unknown département prefix is only a warning (test UAIs and new territories exist).
    mutating func checkUAI(_ value: JSONValue) {
        guard let uai = value.stringValue else {
            report(
                .frUAI,
                "the school UAI must be a string such as \"0750654D\", found \(value.typeName)",
                "l'UAI de l'établissement doit être une chaîne comme « 0750654D », trouvé : \(value.typeName)"
            )
            return
        }
        guard let (digits, expected, letter) = Self.uaiParts(uai) else {
            report(
                .frUAI,
                "school UAI \"\(uai)\" is not 7 digits and a letter, such as \"0750654D\"",
                "l'UAI « \(uai) » ne compte pas 7 chiffres et une lettre, comme « 0750654D »"
            )
            return
        }
        guard letter == expected else {
            report(
                .frUAI,
                "school UAI \"\(uai)\" has the check letter \(letter), expected \(expected): the UAI is mistyped",
                "l'UAI « \(uai) » a la lettre clé \(letter) au lieu de \(expected) : l'UAI est mal saisi"
            )
            return
        }
        if let prefix = Int(digits.prefix(3)), !Identifiers.isKnownUAIPrefix(prefix) {
            report(
                .frUAI,
                severity: .warning,
                "school UAI \"\(uai)\" starts with \(digits.prefix(3)), the prefix of no département: is it a test UAI?",
                "l'UAI « \(uai) » commence par \(digits.prefix(3)), préfixe d'aucun département : est-ce un UAI de test ?"
            )
        }
    }

    /// The 7 digits of `uai`, the check letter they call for and the letter written, when it is 7 digits
    /// and a letter.
    static func uaiParts(_ uai: String) -> (digits: Substring, expected: Character, letter: Character)? {
        // Nearly every UAI is 8 ASCII bytes: read them as bytes, without Character segmentation.
        let plain = Identifiers.withBytes(of: uai) { bytes -> (number: Int, letter: UInt8)? in
            guard bytes.count == 8, bytes.prefix(7).allSatisfy(Identifiers.isDigit), Identifiers.isLetter(bytes[7])
            else { return nil }
            return (bytes.prefix(7).reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }, bytes[7])
        }
        if let plain {
            return (
                Substring(uai.utf8.prefix(7)), Identifiers.uaiLetters[plain.number % 23],
                Character(Unicode.Scalar(plain.letter))
            )
        }
        let digits = uai.prefix(7)
        guard uai.utf8.count == 8, let expected = Identifiers.uaiCheckLetter(of: digits),
            let letter = uai.last, letter.isUppercase || letter.isLowercase
        else { return nil }
        return (digits, expected, letter)
    }

    /// Checks a level (the current value): a BCN MEF_STAT_4 code or a ScoLOMFR voc-022 IRI.
    mutating func checkLevel(_ value: JSONValue) {
        checkCode(
            value,
            rule: .frLevel,
            digits: 4,
            known: FrenchEducationVocabulary.levels,
            vocabularies: FrenchEducationVocabulary.levelVocabularyPrefixes,
            what: ("level", "le niveau"),
            example: "2112 (5e)"
        )
    }

    /// Checks a subject (the current value): a BCN subject code or a ScoLOMFR voc-015 IRI.
    mutating func checkSubject(_ value: JSONValue) {
        checkCode(
            value,
            rule: .frSubject,
            digits: 6,
            known: FrenchEducationVocabulary.subjects,
            vocabularies: FrenchEducationVocabulary.subjectVocabularyPrefixes,
            what: ("subject", "la matière"),
            example: "061300 (MATHEMATIQUES)"
        )
    }

    private mutating func checkCode(
        _ value: JSONValue,
        rule: Rule,
        digits: Int,
        known: [String: String],
        vocabularies: [String],
        what: (String, String),
        example: String
    ) {
        let code = value.stringValue ?? value.description
        if let text = value.stringValue, vocabularies.contains(where: text.hasPrefix) { return }
        guard let text = value.stringValue, text.utf8.count == digits, text.utf8.allSatisfy(Identifiers.isDigit)
        else {
            report(
                rule,
                "\(what.0) \(code) is neither a BCN code of \(digits) digits nor a ScoLOMFR IRI; write, say, \(example)",
                "\(what.1) \(code) n'est ni un code BCN à \(digits) chiffres ni une IRI ScoLOMFR ; écrire par exemple \(example)"
            )
            return
        }
        if known[text] == nil {
            report(
                rule,
                "\(what.0) \(text) is well-formed but not in the profile's list of BCN codes: check it in the BCN",
                "\(what.1) \(text) est bien formé mais absent de la liste de codes BCN du profil : le vérifier dans la BCN"
            )
        }
    }
}

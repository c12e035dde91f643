import XAPI

extension FrenchEducationChecker {
    typealias Vocabulary = FrenchEducationVocabulary

    /// Checks a result (the current value) against its verb and object: outcome, score, duration, free text.
    mutating func checkResult(_ result: JSONValue, verbID: String?, object: JSONValue?) {
        guard case .object(let fields) = result else { return }
        if let verbID { checkOutcome(fields, verbID: verbID) }
        if let verbID, fields[property: "duration"] == nil, Vocabulary.endingVerbs.contains(verbID) {
            reportMissingDuration(verbID: verbID)
        }
        if let score = fields[property: "score"], case .object(let parts) = score {
            descend("score") { $0.checkScore(parts) }
        }
        if fields[property: "response"] != nil {
            let interaction = object?[property: "definition"]?[property: "interactionType"]?.stringValue
            if interaction.map({ !Vocabulary.choiceInteractions.contains($0) }) ?? true {
                report(
                    .frFreeText,
                    at: "response",
                    "this response is free text (\(interaction ?? "not an interaction")): it may hold personal data; check before sharing",
                    "cette réponse est un texte libre (\(interaction ?? "hors interaction")) : elle peut contenir des données personnelles ; la vérifier avant tout partage"
                )
            }
        }
        if let extensions = fields[property: "extensions"] {
            descend("extensions") { $0.checkExtensions(extensions) }
        }
    }

    /// Checks what a verb needs of a result when there is none (the current path is `result`).
    mutating func checkMissingResult(verbID: String) {
        checkOutcome(JSONObject(), verbID: verbID)
        if Vocabulary.endingVerbs.contains(verbID) { reportMissingDuration(verbID: verbID) }
    }

    private mutating func checkOutcome(_ result: JSONObject, verbID: String) {
        let expected: (key: String, value: Bool)
        switch verbID {
        case Vocabulary.passed: expected = ("success", true)
        case Vocabulary.failed: expected = ("success", false)
        case Vocabulary.completed: expected = ("completion", true)
        default: return
        }
        guard result[property: expected.key]?.boolValue != expected.value else { return }
        let verb = verbID.split(separator: "/").last.map(String.init) ?? verbID
        report(
            .frResultOutcome,
            "a \(verb) statement must have result.\(expected.key) \(expected.value)",
            "une déclaration \(verb) doit avoir result.\(expected.key) à \(expected.value)"
        )
    }

    private mutating func reportMissingDuration(verbID: String) {
        let verb = verbID.split(separator: "/").last.map(String.init) ?? verbID
        report(
            .frResultDuration,
            "a \(verb) statement should have result.duration (ISO 8601, such as PT12M34S)",
            "une déclaration \(verb) devrait avoir result.duration (ISO 8601, par exemple PT12M34S)"
        )
    }

    private mutating func checkScore(_ score: JSONObject) {
        if score[property: "scaled"] == nil {
            report(
                .frResultScore,
                "the score has no scaled value: add scaled, between -1 and 1",
                "le score n'a pas de valeur scaled : ajouter scaled, entre -1 et 1"
            )
        }
        if score[property: "raw"] != nil, score[property: "min"] == nil || score[property: "max"] == nil {
            report(
                .frResultScore,
                "the score has raw without min and max: give both, so that the raw score can be read",
                "le score a raw sans min et max : donner les deux, pour que le score brut puisse être lu"
            )
        }
    }

    /// Looks for the GAR's civil-identity attributes in every key and string of the statement (`fr.pii.gar`).
    mutating func checkGARAttributes(_ value: JSONValue) {
        switch value {
        case .string(let text):
            if let attribute = Self.garAttribute(in: text) { reportGAR(attribute) }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                switch element {
                case .string, .array, .object: descend(index) { $0.checkGARAttributes(element) }
                default: continue
                }
            }
        case .object(let members):
            for member in members.members {
                if let attribute = Self.garAttribute(in: member.key) {
                    descend(member.key) { $0.reportGAR(attribute) }
                    continue
                }
                switch member.value {
                case .string, .array, .object: descend(member.key) { $0.checkGARAttributes(member.value) }
                default: continue
                }
            }
        default:
            return
        }
    }

    /// Whether any key or string of `value` names a GAR attribute, without tracking paths.
    static func containsGARAttribute(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let text):
            return mayHoldGARAttribute(text) && garAttribute(in: text) != nil
        case .array(let elements):
            // Reading through the buffer passes over the elements without retaining each one.
            return elements.withUnsafeBufferPointer { $0.contains(where: containsGARAttribute) }
        case .object(let object):
            return object.members.withUnsafeBufferPointer { members in
                members.contains { member in
                    (mayHoldGARAttribute(member.key) && garAttribute(in: member.key) != nil)
                        || containsGARAttribute(member.value)
                }
            }
        default:
            return false
        }
    }

    /// Whether a string is long enough to hold the `GARPerson` marker: most keys and values are not.
    @inline(__always)
    private static func mayHoldGARAttribute(_ text: String) -> Bool {
        text.utf8.count >= 9
    }

    private mutating func reportGAR(_ attribute: String) {
        report(
            .frPIIGAR,
            "\(attribute) is a GAR civil-identity attribute: never copy it into a trace",
            "\(attribute) est un attribut d'identité civile du GAR : ne jamais le recopier dans une trace"
        )
    }

    /// What every GAR attribute name starts with.
    static let garMarker: [UInt8] = Array("GARPerson".utf8)

    /// The GAR attribute named in `text`, if any; a byte search for `GARPerson` first, so clean text costs little.
    static func garAttribute(in text: String) -> String? {
        // Most keys and values are shorter than the marker: nothing to search.
        guard text.utf8.count >= Self.garMarker.count else { return nil }
        var text = text
        let found = text.withUTF8 { bytes -> Bool in
            // Horspool's search: the window's last byte says how far the marker can move, up to its length.
            let marker = Self.garMarker
            let last = marker.count - 1
            var end = last
            while end < bytes.count {
                let byte = bytes[end]
                if byte == marker[last], (0..<last).allSatisfy({ bytes[end - last + $0] == marker[$0] }) {
                    return true
                }
                end += Int(Self.garShifts[Int(byte)])
            }
            return false
        }
        guard found else { return nil }
        return Vocabulary.garAttributes.first { text.contains($0) }
    }

    /// How far the search window moves for each last byte: the distance from the byte's last place in the
    /// marker (its final byte excluded) to the marker's end, or the marker's whole length.
    private static let garShifts: [UInt8] = {
        var shifts = [UInt8](repeating: UInt8(garMarker.count), count: 256)
        for (index, byte) in garMarker.dropLast().enumerated() {
            shifts[Int(byte)] = UInt8(garMarker.count - 1 - index)
        }
        return shifts
    }()
}

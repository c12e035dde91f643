import Foundation
import XAPI

extension Rule {
    /// An IRI without a scheme or with characters IRIs exclude.
    public static let iri = Rule(
        id: "xapi.iri",
        severity: .error,
        spec: "Data 2.2, 4.1",
        requirements: ["G5", "G9"],
        summary: LocalizedText(
            english: "IRIs and IRLs are absolute: a scheme, ':' and no spaces or excluded characters.",
            french: "Les IRI et IRL sont absolues : un schéma, « : », ni espace ni caractère exclu."
        )
    )

    /// A UUID not written 8-4-4-4-12 in hexadecimal.
    public static let uuid = Rule(
        id: "xapi.uuid",
        severity: .error,
        spec: "Data 2.4.1, 4.4",
        requirements: ["ID1", "C1", "O8"],
        summary: LocalizedText(
            english: "UUIDs (id, registration, StatementRef ids) are in the 8-4-4-4-12 hexadecimal form of RFC 4122.",
            french:
                "Les UUID (id, registration, id de StatementRef) suivent la forme hexadécimale 8-4-4-4-12 de la RFC 4122."
        )
    )

    /// A language tag that is not well-formed.
    public static let languageTag = Rule(
        id: "xapi.language-tag",
        severity: .error,
        spec: "Data 4.2",
        requirements: ["G10", "L1", "C4"],
        summary: LocalizedText(
            english: "Language tags (language map keys, context.language) are well-formed RFC 5646 tags.",
            french:
                "Les codes de langue (clés des dictionnaires de langues, context.language) sont des codes RFC 5646 bien formés."
        )
    )

    /// A language map whose values are not strings.
    public static let languageMap = Rule(
        id: "xapi.language-map",
        severity: .error,
        spec: "Data 4.2",
        requirements: ["L1"],
        summary: LocalizedText(
            english: "A language map is an object from language tags to strings.",
            french: "Un dictionnaire de langues est un objet des codes de langue vers des chaînes."
        )
    )

    /// A timestamp that is not an ISO 8601 date and time.
    public static let timestamp = Rule(
        id: "xapi.timestamp",
        severity: .error,
        spec: "Data 2.4.7, 4.5",
        requirements: ["T1", "T2"],
        summary: LocalizedText(
            english: "timestamp and stored are ISO 8601 dates and times (xAPI 2.0: RFC 3339, with an offset).",
            french: "timestamp et stored sont des dates et heures ISO 8601 (xAPI 2.0 : RFC 3339, avec un décalage)."
        )
    )

    /// A 1.0.3 timestamp without a time zone.
    public static let timestampZone = Rule(
        id: "xapi.timestamp.zone",
        severity: .warning,
        spec: "Data 4.5",
        requirements: ["T1"],
        summary: LocalizedText(
            english: "A timestamp says its offset from UTC (xAPI 1.0.3 SHOULD; 2.0 requires it).",
            french:
                "Un timestamp indique son décalage par rapport à UTC (recommandé en xAPI 1.0.3, obligatoire en 2.0)."
        )
    )

    /// A timestamp in the future.
    public static let timestampFuture = Rule(
        id: "xapi.timestamp.future",
        severity: .warning,
        spec: "Data 2.4.7",
        requirements: ["T3"],
        summary: LocalizedText(
            english: "A learning record provider does not send timestamps in the future.",
            french: "Un fournisseur de traces n'envoie pas de timestamp dans le futur."
        )
    )

    /// A duration not in the ISO 8601 §4.4.3.2 format.
    public static let duration = Rule(
        id: "xapi.duration",
        severity: .error,
        spec: "Data 4.6",
        requirements: ["D1", "R1"],
        summary: LocalizedText(
            english: "Durations follow ISO 8601:2004 §4.4.3.2 (PnYnMnDTnHnMnS or PnW), never the alternative format.",
            french: "Les durées suivent l'ISO 8601:2004 §4.4.3.2 (PnYnMnDTnHnMnS ou PnW), jamais le format alternatif."
        )
    )

    /// A duration more precise than 0.01 s.
    public static let durationPrecision = Rule(
        id: "xapi.duration.precision",
        severity: .warning,
        spec: "Data 4.6",
        requirements: ["D1"],
        summary: LocalizedText(
            english: "Durations are sent with at most 0.01 second precision; finer digits are ignored by LRSs.",
            french:
                "Les durées sont envoyées avec une précision d'au plus 0,01 seconde ; les LRS ignorent les chiffres au-delà."
        )
    )

    /// A version that the checked xAPI version does not accept.
    public static let version = Rule(
        id: "xapi.version",
        severity: .error,
        spec: "Data 2.4.10",
        requirements: ["VE1"],
        summary: LocalizedText(
            english: "version is 1.0 or 1.0.x (xAPI 2.0 also accepts 2.0.x).",
            french: "version vaut 1.0 ou 1.0.x (xAPI 2.0 accepte aussi 2.0.x)."
        )
    )

    /// An extension key that is not an IRI.
    public static let extensionKey = Rule(
        id: "xapi.extensions.key",
        severity: .error,
        spec: "Data 4.1",
        requirements: ["E1"],
        summary: LocalizedText(
            english: "Extensions are objects whose keys are IRIs; their values may be any JSON.",
            french:
                "Les extensions sont des objets dont les clés sont des IRI ; leurs valeurs peuvent être n'importe quel JSON."
        )
    )
}

extension SpecChecker {
    /// Checks the IRI at member `key` of the current object.
    mutating func checkIRI(_ value: JSONValue, at key: String, _ what: Noun) {
        descend(key) { $0.checkIRIValue(value, what) }
    }

    /// Checks the IRI that is the current value.
    mutating func checkIRIValue(_ value: JSONValue, _ what: Noun) {
        guard case .string(let text) = value else {
            report(
                .type,
                LocalizedText(
                    english: "\(what.english) must be a string (an IRI), found \(value.typeName)",
                    french: "\(what.french) doit être une chaîne (une IRI), et non \(Self.frenchType(of: value))"
                )
            )
            return
        }
        if let problem = Self.iriProblem(text) {
            report(
                .iri,
                LocalizedText(
                    english: "\(what.english) is not an absolute IRI: \(problem)",
                    french: "\(what.french) n'est pas une IRI absolue : \(problem)"
                )
            )
        }
    }

    /// Why `text` is not an absolute IRI, or `nil` when it is one.
    static func iriProblem(_ text: String) -> String? {
        do throws(ValueFormatError) {
            _ = try IRI(text)
            return nil
        } catch {
            return error.reason
        }
    }

    /// Checks the UUID at member `key`.
    mutating func checkUUID(_ value: JSONValue, at key: String, _ what: Noun) {
        guard let text = string(value, at: key) else { return }
        if !StatementID.isValid(text) {
            report(
                .uuid,
                at: key,
                LocalizedText(
                    english: "\(what.english) must be a UUID in the form 8-4-4-4-12 hexadecimal digits",
                    french: "\(what.french) doit être un UUID de la forme 8-4-4-4-12 chiffres hexadécimaux"
                )
            )
        }
    }

    /// Checks the language map at member `key`.
    mutating func checkLanguageMap(_ value: JSONValue, at key: String) {
        descend(key) { checker in
            guard case .object(let map) = value else {
                checker.report(
                    .languageMap,
                    LocalizedText(
                        english:
                            "\(key) must be a language map (an object from language tags to strings), found \(value.typeName)",
                        french:
                            "\(key) doit être un dictionnaire de langues (un objet des codes de langue vers des chaînes), et non \(Self.frenchType(of: value))"
                    )
                )
                return
            }
            for entry in map.members {
                do throws(ValueFormatError) {
                    _ = try LanguageTag(entry.key)
                } catch {
                    checker.report(
                        .languageTag,
                        at: entry.key,
                        LocalizedText(
                            english: "\"\(entry.key)\" is not a well-formed RFC 5646 language tag: \(error.reason)",
                            french: "« \(entry.key) » n'est pas un code de langue RFC 5646 bien formé : \(error.reason)"
                        )
                    )
                }
                if case .string = entry.value { continue }
                checker.report(
                    .languageMap,
                    at: entry.key,
                    LocalizedText(
                        english: "a language map's values must be strings, found \(entry.value.typeName)",
                        french:
                            "les valeurs d'un dictionnaire de langues doivent être des chaînes, et non \(Self.frenchType(of: entry.value))"
                    )
                )
            }
        }
    }

    /// Checks the language tag at member `key`.
    mutating func checkLanguageTag(_ value: JSONValue, at key: String) {
        guard let text = string(value, at: key) else { return }
        do throws(ValueFormatError) {
            _ = try LanguageTag(text)
        } catch {
            report(
                .languageTag,
                at: key,
                LocalizedText(
                    english: "\(key) is not a well-formed RFC 5646 language tag: \(error.reason)",
                    french: "\(key) n'est pas un code de langue RFC 5646 bien formé : \(error.reason)"
                )
            )
        }
    }

    /// Checks the timestamp at member `key` against the rules of the checked version.
    mutating func checkTimestamp(_ value: JSONValue, at key: String, mayBeFuture: Bool = false) {
        guard let text = string(value, at: key) else { return }
        let timestamp: Timestamp
        do throws(ValueFormatError) {
            timestamp = try Timestamp(text)
        } catch {
            report(
                .timestamp,
                at: key,
                LocalizedText(
                    english: "\(key) is not an ISO 8601 date and time: \(error.reason)",
                    french: "\(key) n'est pas une date et heure ISO 8601 : \(error.reason)"
                )
            )
            return
        }
        if version == .v2_0_0, !timestamp.isRFC3339 {
            report(
                .timestamp,
                at: key,
                LocalizedText(
                    english: "\(key) must follow RFC 3339 in xAPI 2.0, with 'T' and an offset (Z or ±hh:mm)",
                    french: "\(key) doit suivre la RFC 3339 en xAPI 2.0, avec « T » et un décalage (Z ou ±hh:mm)"
                )
            )
        } else if version == .v1_0_3, !timestamp.hasZone {
            report(
                .timestampZone,
                at: key,
                LocalizedText(
                    english: "\(key) has no offset from UTC; add Z or ±hh:mm",
                    french: "\(key) n'indique pas de décalage par rapport à UTC ; ajouter Z ou ±hh:mm"
                )
            )
        }
        if let futureLimit, key == "timestamp", !mayBeFuture, timestamp.date > futureLimit {
            report(
                .timestampFuture,
                at: key,
                LocalizedText(english: "\(key) is in the future", french: "\(key) est dans le futur")
            )
        }
    }

    /// Checks the duration at member `key`.
    mutating func checkDuration(_ value: JSONValue, at key: String) {
        guard let text = string(value, at: key) else { return }
        do throws(ValueFormatError) {
            _ = try ISO8601Duration(text)
        } catch {
            report(
                .duration,
                at: key,
                LocalizedText(
                    english: "\(key) is not an ISO 8601 duration: \(error.reason)",
                    french: "\(key) n'est pas une durée ISO 8601 : \(error.reason)"
                )
            )
            return
        }
        if let dot = text.utf8.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
            text.utf8[text.utf8.index(after: dot)...].prefix(while: \.isDecimalDigit).count > 2
        {
            report(
                .durationPrecision,
                at: key,
                LocalizedText(
                    english: "\(key) is more precise than 0.01 s; LRSs may truncate it",
                    french: "\(key) est plus précis que 0,01 s ; les LRS peuvent le tronquer"
                )
            )
        }
    }

    /// Checks the extensions object at member `key`: IRI keys, any values.
    mutating func checkExtensions(_ value: JSONValue, at key: String) {
        descend(key) { checker in
            guard case .object(let extensions) = value else {
                checker.report(
                    .type,
                    LocalizedText(
                        english: "extensions must be an object, found \(value.typeName)",
                        french: "extensions doit être un objet, et non \(Self.frenchType(of: value))"
                    )
                )
                return
            }
            for entry in extensions.members {
                do throws(ValueFormatError) {
                    _ = try IRI(entry.key)
                } catch {
                    checker.report(
                        .extensionKey,
                        at: entry.key,
                        LocalizedText(
                            english: "extension key \"\(entry.key)\" is not an IRI: \(error.reason)",
                            french: "la clé d'extension « \(entry.key) » n'est pas une IRI : \(error.reason)"
                        )
                    )
                }
            }
        }
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII decimal digit.
    var isDecimalDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }
}

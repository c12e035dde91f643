/// The IRIs and code lists the French education profile's named checks compare against.
///
/// Only codes with a public source are listed (BCN nomenclatures, ScoLOMFR vocabularies); a well-formed
/// code that is not listed is a warning, never an error, since the lists grow every school year.
enum FrenchEducationVocabulary {
    /// The prefixes of the verb vocabularies French producers use (xAPI.fr best practices 1).
    static let verbPrefixes = [
        "http://adlnet.gov/expapi/verbs/",
        "https://w3id.org/xapi/adl/verbs/",
        "http://id.tincanapi.com/verb/",
        "https://xapi.fr/vocabulary/verbs/",
        "http://activitystrea.ms/schema/1.0/",
        "http://activitystrea.ms/",
        "https://w3id.org/xapi/video/verbs/",
        "https://w3id.org/xapi/virtual-classroom/verbs/",
        "https://w3id.org/xapi/cmi5/verbs/",
        "https://w3id.org/xapi/dod-isd/verbs/",
        "https://w3id.org/xapi/dases/verbs/",
        "https://w3id.org/xapi/lms/verbs/",
        "https://w3id.org/xapi/acrossx/verbs/",
        "https://w3id.org/xapi/scorm/verbs/",
    ]

    /// The ADL namespace written with the wrong scheme.
    static let secureADLPrefix = "https://adlnet.gov/expapi/"

    /// Verbs of attempts and sessions, which belong to a registration (`fr.registration`).
    static let sessionVerbs: Set<String> = [
        "http://adlnet.gov/expapi/verbs/initialized", "http://adlnet.gov/expapi/verbs/attempted",
        "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/completed",
        "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/failed",
        "http://adlnet.gov/expapi/verbs/terminated",
    ]

    /// Verbs that end an attempt, whose result carries a duration (`fr.result.duration`).
    static let endingVerbs: Set<String> = [
        "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed",
        "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/terminated",
    ]

    static let passed = "http://adlnet.gov/expapi/verbs/passed"
    static let failed = "http://adlnet.gov/expapi/verbs/failed"
    static let completed = "http://adlnet.gov/expapi/verbs/completed"

    /// Interaction types whose response is chosen, not written (`fr.free-text` leaves them alone).
    static let choiceInteractions: Set<String> = [
        "true-false", "choice", "likert", "matching", "performance", "sequencing", "numeric",
    ]

    /// TinCan extensions that identify a device, a place or other people (Prometheus-X trace-deidentifier).
    static let trackingExtensions: Set<String> = [
        "http://id.tincanapi.com/extension/browser-info", "http://id.tincanapi.com/extension/ip-address",
        "http://id.tincanapi.com/extension/geojson", "http://id.tincanapi.com/extension/referrer",
        "http://id.tincanapi.com/extension/invitee", "http://id.tincanapi.com/extension/observer",
        "http://id.tincanapi.com/extension/tweet",
    ]

    /// What every tracking extension starts with: a key without it needs no lookup (most keys).
    static let trackingExtensionPrefix: String = {
        var prefix = Array(trackingExtensions.first?.utf8 ?? "".utf8)
        for key in trackingExtensions {
            prefix = Array(zip(prefix, key.utf8).prefix { $0 == $1 }.map(\.0))
        }
        return String(decoding: prefix, as: UTF8.self)
    }()

    /// Whether `key` is one of ``trackingExtensions``.
    static func isTrackingExtension(_ key: String) -> Bool {
        Identifiers.hasPrefix(key, trackingExtensionPrefix) && trackingExtensions.contains(key)
    }

    /// The GAR attributes of civil identity (GAR connector attribute names).
    static let garAttributes = [
        "GARPersonNom", "GARPersonPrenom", "GARPersonAutresPrenoms", "GARPersonDateNaissance", "GARPersonMail",
    ]

    /// BCN subject codes (N_MATIERE_ENSEIGNEE) the profile knows by name.
    static let subjects: [String: String] = [
        "020700": "FRANCAIS", "061300": "MATHEMATIQUES", "062300": "PHYSIQUE-CHIMIE", "062900": "SVT",
        "043700": "HISTOIRE-GEOGRAPHIE", "030201": "ANGLAIS LV1", "100100": "EPS", "074600": "SNT", "074700": "NSI",
    ]

    /// BCN MEF_STAT_4 levels the profile knows by name.
    static let levels: [String: String] = [
        "1121": "CP", "1122": "CE1", "1123": "CE2", "1124": "CM1", "1125": "CM2", "2111": "6e", "2112": "5e",
    ]

    /// ScoLOMFR concept IRIs of the levels vocabulary (voc-022) and the subjects vocabulary (voc-015).
    static let levelVocabularyPrefixes = [
        "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-",
        "https://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-",
    ]
    static let subjectVocabularyPrefixes = [
        "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-015-",
        "https://data.education.fr/voc/scolomfr/concept/scolomfr-voc-015-",
    ]
}

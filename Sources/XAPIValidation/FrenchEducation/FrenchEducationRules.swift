extension Rule {
    /// The rules of the French education profile, in the order of its documentation.
    public static let frenchEducationRules: [Rule] = [
        .frAgentAccount, .frAgentName, .frAgentHomePage, .frAgentOpaque, .frID, .frTimestamp, .frTimestampUTC,
        .frProfile, .frPlatform, .frRegistration, .frLanguage, .frVerbVocabulary, .frADLIRI, .frActivityType,
        .frActivityID, .frUAI, .frLevel, .frSubject, .frResultOutcome, .frResultScore, .frResultDuration,
        .frFreeText, .frPIIExtension, .frPIIGAR, .frAttachment,
    ]

    /// Agents are identified by `account` only.
    public static let frAgentAccount = Rule(
        id: "fr.agent.account",
        severity: .error,
        spec: "xAPI.fr best practices 2; xapi-fr moodle profile; Prometheus-X trace-deidentifier",
        summary: LocalizedText(
            english: "Every agent and identified group is identified by account only: no mbox, mbox_sha1sum or openid.",
            french:
                "Chaque agent et chaque groupe identifié est identifié par account uniquement : ni mbox, ni mbox_sha1sum, ni openid."
        )
    )

    /// No `name` on agents and groups.
    public static let frAgentName = Rule(
        id: "fr.agent.name",
        severity: .error,
        spec: "xapi-fr moodle profile; GAR minimisation",
        summary: LocalizedText(
            english: "No agent or group carries a name.",
            french: "Aucun agent ni groupe ne porte de name."
        )
    )

    /// `account.homePage` is a plain https address.
    public static let frAgentHomePage = Rule(
        id: "fr.agent.home-page",
        severity: .error,
        spec: "xAPI.fr best practices 2.3",
        summary: LocalizedText(
            english: "account.homePage is an absolute https IRL with no query, fragment or user info.",
            french: "account.homePage est une IRL https absolue, sans requête, fragment ni identifiants."
        )
    )

    /// `account.name` is opaque.
    public static let frAgentOpaque = Rule(
        id: "fr.agent.opaque",
        severity: .error,
        spec: "xapi-fr (UUID); GAR opaque ids; GDPR minimisation",
        summary: LocalizedText(
            english: "account.name is opaque: a pseudonym of the SDK or a UUID, never an e-mail, a login or an INE.",
            french:
                "account.name est opaque : un pseudonyme du SDK ou un UUID, jamais une adresse e-mail, un identifiant de connexion ni un INE."
        )
    )

    /// Statements carry their id.
    public static let frID = Rule(
        id: "fr.id",
        severity: .error,
        spec: "xapi-fr SCORM-Lite; xAPI Communication 2.1",
        summary: LocalizedText(
            english: "The statement has an id (a UUID chosen by the producer, so that re-sending is idempotent).",
            french:
                "La déclaration a un id (un UUID choisi par le producteur, pour qu'un nouvel envoi soit idempotent)."
        )
    )

    /// Statements carry an RFC 3339 timestamp with an offset.
    public static let frTimestamp = Rule(
        id: "fr.timestamp",
        severity: .error,
        spec: "xapi-fr moodle profile; DASES templates; xAPI Data 4.5",
        summary: LocalizedText(
            english: "The statement has a timestamp in RFC 3339 form with an offset.",
            french: "La déclaration a un timestamp au format RFC 3339, avec un décalage horaire."
        )
    )

    /// Timestamps in UTC, to the millisecond.
    public static let frTimestampUTC = Rule(
        id: "fr.timestamp.utc",
        severity: .warning,
        spec: "xAPI Data 4.5; minimisation",
        summary: LocalizedText(
            english: "The timestamp is in UTC (Z) with millisecond precision.",
            french: "Le timestamp est en UTC (Z), à la milliseconde."
        )
    )

    /// The profile's marker in the categories.
    public static let frProfile = Rule(
        id: "fr.profile",
        severity: .error,
        spec: "ADL xAPI Profiles 2",
        summary: LocalizedText(
            english:
                "context.contextActivities.category contains the profile version IRI, typed http://adlnet.gov/expapi/activities/profile.",
            french:
                "context.contextActivities.category contient l'IRI de version du profil, de type http://adlnet.gov/expapi/activities/profile."
        )
    )

    /// The platform is named.
    public static let frPlatform = Rule(
        id: "fr.platform",
        severity: .error,
        spec: "xapi-fr; xAPI Data 2.4.6",
        summary: LocalizedText(
            english: "context.platform names the vendor's product when the object is an Activity.",
            french: "context.platform nomme le produit de l'éditeur lorsque l'objet est une activité."
        )
    )

    /// Attempts and sessions carry a registration.
    public static let frRegistration = Rule(
        id: "fr.registration",
        severity: .warning,
        spec: "DASES virtual classroom; xapi-fr SCORM-Lite",
        summary: LocalizedText(
            english:
                "Attempts and sessions (initialized, attempted, answered, completed, passed, failed, terminated) carry context.registration.",
            french:
                "Les tentatives et les sessions (initialized, attempted, answered, completed, passed, failed, terminated) portent context.registration."
        )
    )

    /// Language maps have a French entry.
    public static let frLanguage = Rule(
        id: "fr.language",
        severity: .warning,
        spec: "xapi-fr; xAPI Data 4.2",
        summary: LocalizedText(
            english: "Every language map has a French entry (fr or fr-XX).",
            french: "Chaque dictionnaire de langues a une entrée en français (fr ou fr-XX)."
        )
    )

    /// Verbs come from known vocabularies.
    public static let frVerbVocabulary = Rule(
        id: "fr.verb.vocabulary",
        severity: .warning,
        spec: "xAPI.fr best practices 1",
        summary: LocalizedText(
            english: "verb.id comes from a known vocabulary (ADL, TinCan, xAPI.fr, activity streams, video, cmi5...).",
            french:
                "verb.id provient d'un vocabulaire connu (ADL, TinCan, xAPI.fr, activity streams, vidéo, cmi5...)."
        )
    )

    /// ADL IRIs keep their `http` scheme.
    public static let frADLIRI = Rule(
        id: "fr.adl-iri",
        severity: .error,
        spec: "ADL vocabulary",
        summary: LocalizedText(
            english: "No verb or activity type starts with https://adlnet.gov/expapi/ (ADL defines http:// IRIs).",
            french:
                "Aucun verbe ni type d'activité ne commence par https://adlnet.gov/expapi/ (l'ADL définit des IRI en http://)."
        )
    )

    /// Activities say what they are.
    public static let frActivityType = Rule(
        id: "fr.activity.type",
        severity: .error,
        spec: "xapi-fr moodle profile",
        summary: LocalizedText(
            english: "The object Activity has definition.type; context activities should have one (warning).",
            french:
                "L'activité objet a un definition.type ; les activités de contexte devraient en avoir un (avertissement)."
        )
    )

    /// Activity ids hold no personal data.
    public static let frActivityID = Rule(
        id: "fr.activity.id",
        severity: .error,
        spec: "GDPR minimisation",
        summary: LocalizedText(
            english: "Activity ids carry no personal data: no @, no mailto:, no query string, no INE.",
            french:
                "Les id d'activité ne contiennent aucune donnée personnelle : ni @, ni mailto:, ni chaîne de requête, ni INE."
        )
    )

    /// School UAIs are well-formed.
    public static let frUAI = Rule(
        id: "fr.uai",
        severity: .error,
        spec: "UAI (RNE) format; Etalab csv-detective",
        summary: LocalizedText(
            english:
                "The school-uai extension is 7 digits and the right check letter; an unknown département prefix is a warning.",
            french:
                "L'extension school-uai compte 7 chiffres et la bonne lettre clé ; un préfixe de département inconnu est un avertissement."
        )
    )

    /// Levels are BCN or ScoLOMFR codes.
    public static let frLevel = Rule(
        id: "fr.level",
        severity: .warning,
        spec: "BCN MEF_STAT_4; ScoLOMFR voc-022; GAR",
        summary: LocalizedText(
            english: "The level extension is a BCN MEF_STAT_4 code (4 digits) or a ScoLOMFR voc-022 IRI.",
            french: "L'extension level est un code MEF_STAT_4 de la BCN (4 chiffres) ou une IRI ScoLOMFR voc-022."
        )
    )

    /// Subjects are BCN or ScoLOMFR codes.
    public static let frSubject = Rule(
        id: "fr.subject",
        severity: .warning,
        spec: "BCN N_MATIERE_ENSEIGNEE; ScoLOMFR voc-015",
        summary: LocalizedText(
            english: "The subject extension is a BCN subject code (6 digits) or a ScoLOMFR voc-015 IRI.",
            french: "L'extension subject est un code matière de la BCN (6 chiffres) ou une IRI ScoLOMFR voc-015."
        )
    )

    /// Results agree with their verb.
    public static let frResultOutcome = Rule(
        id: "fr.result.outcome",
        severity: .error,
        spec: "xapi-fr result events",
        summary: LocalizedText(
            english:
                "passed has result.success true, failed has result.success false, completed has result.completion true.",
            french:
                "passed a result.success à true, failed a result.success à false, completed a result.completion à true."
        )
    )

    /// Scores are complete.
    public static let frResultScore = Rule(
        id: "fr.result.score",
        severity: .warning,
        spec: "xapi-fr; DASES answered-question",
        summary: LocalizedText(
            english: "A score carries scaled, and min and max whenever raw is given.",
            french: "Un score porte scaled, et min et max dès que raw est donné."
        )
    )

    /// Ends of attempts carry their duration.
    public static let frResultDuration = Rule(
        id: "fr.result.duration",
        severity: .warning,
        spec: "xapi-fr; DASES virtual classroom",
        summary: LocalizedText(
            english: "completed, passed, failed and terminated carry result.duration.",
            french: "completed, passed, failed et terminated portent result.duration."
        )
    )

    /// Free-text answers may hold personal data.
    public static let frFreeText = Rule(
        id: "fr.free-text",
        severity: .warning,
        spec: "ENISA 2019 8; GDPR minimisation",
        summary: LocalizedText(
            english: "Free-text answers (result.response outside choice-like interactions) may hold personal data.",
            french:
                "Les réponses libres (result.response hors interactions à choix) peuvent contenir des données personnelles."
        )
    )

    /// No tracking extensions.
    public static let frPIIExtension = Rule(
        id: "fr.pii.extension",
        severity: .error,
        spec: "Prometheus-X trace-deidentifier",
        summary: LocalizedText(
            english:
                "No tracking extension that identifies a device or place (TinCan browser-info, ip-address, geojson, referrer...).",
            french:
                "Aucune extension de pistage qui identifie un appareil ou un lieu (browser-info, ip-address, geojson, referrer... de TinCan)."
        )
    )

    /// No GAR civil-identity attribute.
    public static let frPIIGAR = Rule(
        id: "fr.pii.gar",
        severity: .error,
        spec: "GAR attribute names",
        summary: LocalizedText(
            english: "No GAR civil-identity attribute (GARPersonNom, GARPersonMail...) as a key or a value.",
            french:
                "Aucun attribut d'identité civile du GAR (GARPersonNom, GARPersonMail...) comme clé ou comme valeur."
        )
    )

    /// Attachments need a policy.
    public static let frAttachment = Rule(
        id: "fr.attachment",
        severity: .warning,
        spec: "pupil productions are traces too",
        summary: LocalizedText(
            english: "Attachments (pupil productions) need an explicit policy.",
            french: "Les pièces jointes (productions d'élèves) demandent une politique explicite."
        )
    )
}

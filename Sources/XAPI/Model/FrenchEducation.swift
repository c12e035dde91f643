public import Foundation

/// The pieces of the French education labelling profile (`fr-education`), in one place for vendors.
///
/// A statement built with these pieces, an `account` agent with an opaque name, a statement id and a
/// timestamp conforms to the profile with no finding:
///
/// ```swift
/// let school = FrenchEducation.School(uai: "0750654D", level: "2112", subject: "061300")
/// let statement = Statement(
///     id: StatementID(),
///     actor: .agent(Agent(account: Account(homePage: "https://ent.example.fr", name: StatementID().text))),
///     verb: Verb.completed.withFrenchDisplay,
///     object: .activity(Activity(id: "https://exercices.example.fr/fractions/quiz-3",
///         definition: ActivityDefinition(name: ["fr-FR": "Quiz sur les fractions"], type: ActivityType.assessment))),
///     result: Statement.Result(completion: true, duration: try ISO8601Duration(seconds: 754)),
///     context: FrenchEducation.context(platform: "Maths+ 3.2", registration: UUID(), school: school),
///     timestamp: .now()
/// )
/// ```
///
/// The profile is this project's, derived from public French sources; it is not a ministry publication.
public enum FrenchEducation {
    /// The profile's IRI.
    public static let profile: IRI = "https://edutraces.org/xapi/profiles/fr-education"
    /// The IRI of the profile's current version: the category marker's id.
    public static let profileVersion: IRI = "https://edutraces.org/xapi/profiles/fr-education/v1.0"
    /// The activity type of a profile marker in `context.contextActivities.category` (ADL Profiles 2).
    public static let profileActivityType: IRI = "http://adlnet.gov/expapi/activities/profile"

    /// The extensions the profile defines, under `https://edutraces.org/xapi/extensions/`.
    public enum Extension {
        /// The school's UAI (7 digits and a check letter), a context extension.
        public static let schoolUAI: IRI = "https://edutraces.org/xapi/extensions/school-uai"
        /// The pupil's level: a BCN MEF_STAT_4 code or a ScoLOMFR voc-022 IRI, a context extension.
        public static let level: IRI = "https://edutraces.org/xapi/extensions/level"
        /// The subject taught: a BCN subject code or a ScoLOMFR voc-015 IRI, a context extension.
        public static let subject: IRI = "https://edutraces.org/xapi/extensions/subject"
    }

    /// The category Activity that marks a statement as following the profile (`fr.profile`).
    public static var categoryMarker: Activity {
        Activity(id: profileVersion, definition: ActivityDefinition(type: profileActivityType))
    }

    /// A school and what is taught there, written as the profile's context extensions.
    ///
    /// ```swift
    /// let school = FrenchEducation.School(uai: "0750654D", level: "2112", subject: "061300")
    /// school.extensions  // [.../school-uai: "0750654D", .../level: "2112", .../subject: "061300"]
    /// ```
    public struct School: Sendable, Hashable {
        /// The UAI (formerly RNE) of the school: 7 digits and a check letter, such as `0750654D`.
        public var uai: String
        /// The level: a BCN MEF_STAT_4 code (`2112` for 5e) or a ScoLOMFR voc-022 IRI.
        public var level: String?
        /// The subject: a BCN subject code (`061300` for mathematics) or a ScoLOMFR voc-015 IRI.
        public var subject: String?

        /// Creates a school.
        public init(uai: String, level: String? = nil, subject: String? = nil) {
            self.uai = uai
            self.level = level
            self.subject = subject
        }

        /// The context extensions that carry the school, its level and its subject.
        public var extensions: Extensions {
            var extensions: Extensions = [Extension.schoolUAI: .string(uai)]
            if let level { extensions[Extension.level] = .string(level) }
            if let subject { extensions[Extension.subject] = .string(subject) }
            return extensions
        }
    }

    /// A context that carries what the profile asks of every statement: the category marker, the platform,
    /// the language, and the school extensions when given.
    ///
    /// ```swift
    /// let context = FrenchEducation.context(platform: "Maths+ 3.2", registration: UUID())
    /// ```
    /// `contextActivities` given here keep their parents, groupings and others; the marker is added to
    /// their categories.
    public static func context(
        platform: String,
        registration: UUID? = nil,
        school: School? = nil,
        contextActivities: ContextActivities? = nil,
        language: LanguageTag = "fr-FR"
    ) -> Context {
        var activities = contextActivities ?? ContextActivities()
        activities.category = (activities.category ?? []) + [categoryMarker]
        return Context(
            registration: registration,
            contextActivities: activities,
            platform: platform,
            language: language,
            extensions: school?.extensions
        )
    }
}

extension Verb {
    /// The verb with a French display beside its other ones (`fr.language`), for the ADL verbs the profile's
    /// templates use; other verbs are returned unchanged.
    ///
    /// ```swift
    /// Verb.completed.withFrenchDisplay.display  // ["en-US": "completed", "fr-FR": "a terminé"]
    /// ```
    public var withFrenchDisplay: Verb {
        guard let french = Self.frenchDisplays[id.text] else { return self }
        var verb = self
        var display = verb.display ?? LanguageMap()
        display["fr-FR"] = french
        verb.display = display
        return verb
    }

    /// French displays of the ADL verbs, as French xAPI vocabularies (xAPI.fr) write them.
    private static let frenchDisplays: [String: String] = [
        "http://adlnet.gov/expapi/verbs/answered": "a répondu",
        "http://adlnet.gov/expapi/verbs/attempted": "a tenté",
        "http://adlnet.gov/expapi/verbs/completed": "a terminé",
        "http://adlnet.gov/expapi/verbs/experienced": "a consulté",
        "http://adlnet.gov/expapi/verbs/failed": "a échoué",
        "http://adlnet.gov/expapi/verbs/initialized": "a commencé",
        "http://adlnet.gov/expapi/verbs/passed": "a réussi",
        "http://adlnet.gov/expapi/verbs/progressed": "a progressé",
        "http://adlnet.gov/expapi/verbs/terminated": "a quitté",
        "http://activitystrea.ms/schema/1.0/access": "a accédé",
        "http://id.tincanapi.com/verb/viewed": "a vu",
    ]
}

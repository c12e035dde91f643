/// The ADL activity types (`http://adlnet.gov/expapi/activities/…`), for ``ActivityDefinition/type``.
///
/// ```swift
/// let definition = ActivityDefinition(name: ["en-US": "Fractions quiz"], type: ActivityType.assessment)
/// ```
///
/// Definitions follow the ADL vocabulary (adlnet/xapi-authored-profiles, `adl.jsonld` and `scorm.jsonld`).
public enum ActivityType {
    /// A test of the learner's mastery of a subject, usually made of questions.
    public static let assessment: IRI = "http://adlnet.gov/expapi/activities/assessment"

    /// One try at an activity, so that its experiences can be told apart from other tries.
    public static let attempt: IRI = "http://adlnet.gov/expapi/activities/attempt"

    /// An interaction as SCORM's `cmi.interactions` defines it, used with an interactionType.
    public static let cmiInteraction: IRI = "http://adlnet.gov/expapi/activities/cmi.interaction"

    /// A whole content package: the largest unit of learning material.
    public static let course: IRI = "http://adlnet.gov/expapi/activities/course"

    /// A resource to download and use later or offline.
    public static let file: IRI = "http://adlnet.gov/expapi/activities/file"

    /// A control within a larger activity to which the learner responds.
    public static let interaction: IRI = "http://adlnet.gov/expapi/activities/interaction"

    /// A unit of learning content, alone or within a larger course.
    public static let lesson: IRI = "http://adlnet.gov/expapi/activities/lesson"

    /// A link to another resource, inside or outside the activity.
    public static let link: IRI = "http://adlnet.gov/expapi/activities/link"

    /// Text, audio or video that conveys information without interaction.
    public static let media: IRI = "http://adlnet.gov/expapi/activities/media"

    /// A gathering of people for a common purpose.
    public static let meeting: IRI = "http://adlnet.gov/expapi/activities/meeting"

    /// A part of a course, one level or more below it.
    public static let module: IRI = "http://adlnet.gov/expapi/activities/module"

    /// A competency to achieve, usually tied to questions and assessments.
    public static let objective: IRI = "http://adlnet.gov/expapi/activities/objective"

    /// A task or series of tasks attempted in a real context.
    public static let performance: IRI = "http://adlnet.gov/expapi/activities/performance"

    /// An xAPI Profile: rules for the statements of a domain, usually in context category.
    public static let profile: IRI = "http://adlnet.gov/expapi/activities/profile"

    /// An item of an assessment that asks the learner for a response.
    public static let question: IRI = "http://adlnet.gov/expapi/activities/question"

    /// A task or series of tasks in an artificial context that mimics reality.
    public static let simulation: IRI = "http://adlnet.gov/expapi/activities/simulation"
}

/// The ADL verbs (`http://adlnet.gov/expapi/verbs/…`), each with an `en-US` display.
///
/// ```swift
/// let statement = Statement(actor: actor, verb: .completed, object: object)
/// ```
///
/// Definitions follow the ADL vocabulary (adlnet/xapi-authored-profiles, `adl.jsonld` and `scorm.jsonld`).
extension Verb {
    /// The actor replied to a question; the answer is usually in the result's response.
    public static let answered = Verb(id: "http://adlnet.gov/expapi/verbs/answered", display: ["en-US": "answered"])

    /// The actor put a question to someone, expecting an answer.
    public static let asked = Verb(id: "http://adlnet.gov/expapi/verbs/asked", display: ["en-US": "asked"])

    /// The actor made an effort to access the object; one attempt per statement.
    public static let attempted = Verb(id: "http://adlnet.gov/expapi/verbs/attempted", display: ["en-US": "attempted"])

    /// The actor was present at a virtual or physical event.
    public static let attended = Verb(id: "http://adlnet.gov/expapi/verbs/attended", display: ["en-US": "attended"])

    /// The actor wrote notes on or about the object.
    public static let commented = Verb(id: "http://adlnet.gov/expapi/verbs/commented", display: ["en-US": "commented"])

    /// The actor finished the activity normally.
    public static let completed = Verb(id: "http://adlnet.gov/expapi/verbs/completed", display: ["en-US": "completed"])

    /// The actor intentionally left the activity.
    public static let exited = Verb(id: "http://adlnet.gov/expapi/verbs/exited", display: ["en-US": "exited"])

    /// The actor encountered the object, where no achievement or completion applies.
    public static let experienced = Verb(
        id: "http://adlnet.gov/expapi/verbs/experienced",
        display: ["en-US": "experienced"]
    )

    /// The actor did not pass the activity at the required level.
    public static let failed = Verb(id: "http://adlnet.gov/expapi/verbs/failed", display: ["en-US": "failed"])

    /// The actor brought the object into a physical or virtual place.
    public static let imported = Verb(id: "http://adlnet.gov/expapi/verbs/imported", display: ["en-US": "imported"])

    /// The activity provider has determined that the actor started the activity.
    public static let initialized = Verb(
        id: "http://adlnet.gov/expapi/verbs/initialized",
        display: ["en-US": "initialized"]
    )

    /// The actor engaged with a physical or virtual object.
    public static let interacted = Verb(
        id: "http://adlnet.gov/expapi/verbs/interacted",
        display: ["en-US": "interacted"]
    )

    /// The actor tried to start an activity.
    public static let launched = Verb(id: "http://adlnet.gov/expapi/verbs/launched", display: ["en-US": "launched"])

    /// The actor reached the highest level of competence in the activity.
    public static let mastered = Verb(id: "http://adlnet.gov/expapi/verbs/mastered", display: ["en-US": "mastered"])

    /// The actor passed the activity at the required level.
    public static let passed = Verb(id: "http://adlnet.gov/expapi/verbs/passed", display: ["en-US": "passed"])

    /// The actor chose options or settings related to the object.
    public static let preferred = Verb(id: "http://adlnet.gov/expapi/verbs/preferred", display: ["en-US": "preferred"])

    /// The actor advanced through the activity by some amount.
    public static let progressed = Verb(
        id: "http://adlnet.gov/expapi/verbs/progressed",
        display: ["en-US": "progressed"]
    )

    /// The actor enrolled in the activity.
    public static let registered = Verb(
        id: "http://adlnet.gov/expapi/verbs/registered",
        display: ["en-US": "registered"]
    )

    /// The actor reacted or replied to the object.
    public static let responded = Verb(id: "http://adlnet.gov/expapi/verbs/responded", display: ["en-US": "responded"])

    /// The actor reopened a suspended attempt at the activity.
    public static let resumed = Verb(id: "http://adlnet.gov/expapi/verbs/resumed", display: ["en-US": "resumed"])

    /// The actor earned a numerical score on the activity.
    public static let scored = Verb(id: "http://adlnet.gov/expapi/verbs/scored", display: ["en-US": "scored"])

    /// The actor gave others access to the object.
    public static let shared = Verb(id: "http://adlnet.gov/expapi/verbs/shared", display: ["en-US": "shared"])

    /// The actor paused the activity, meaning to come back to it.
    public static let suspended = Verb(id: "http://adlnet.gov/expapi/verbs/suspended", display: ["en-US": "suspended"])

    /// The actor ended the activity.
    public static let terminated = Verb(
        id: "http://adlnet.gov/expapi/verbs/terminated",
        display: ["en-US": "terminated"]
    )

    /// Reserved: the object (a StatementRef) is a statement to treat as invalid (xAPI Data 2.3.2).
    public static let voided = Verb(id: "http://adlnet.gov/expapi/verbs/voided", display: ["en-US": "voided"])
}

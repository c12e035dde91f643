public import XAPI

/// What the pseudonymizer keeps, drops and rewrites besides agents, with defaults suited to the French profile.
///
/// Agents are always pseudonymized and their names always dropped; `stored` is always dropped. The policy
/// decides the rest. Every default errs on the side of dropping.
///
/// | Property | Default |
/// |---|---|
/// | ``freeTextResponses`` | `.drop`: `result.response` of anything but a fixed-choice interaction is removed |
/// | ``allowedExtensions`` | ``defaultAllowedExtensions``: the French profile's own extensions and cmi5's session id |
/// | ``keepsAttachments`` | `false`: `attachments` are removed |
/// | ``timestampTruncation`` | `nil`: timestamps keep their precision, rewritten in UTC with milliseconds |
/// | ``authority`` | `.drop`: the LRS sets its own |
/// | ``remapsIdentifiers`` | `false`: statement ids and registrations are kept |
///
/// ```swift
/// var policy = PseudonymizationPolicy()
/// policy.timestampTruncation = .hour
/// policy.allowedExtensions.insert("https://example.org/xapi/extensions/difficulty")
/// let fromFile = try PseudonymizationPolicy(contentsOf: URL(fileURLWithPath: "policy.json"))
/// ```
public struct PseudonymizationPolicy: Sendable, Hashable {
    /// What to do with a value the policy may keep or drop.
    public enum Disposition: String, Sendable, Hashable, CaseIterable {
        /// Remove it.
        case drop
        /// Keep it as written.
        case keep
    }

    /// What stands in `authority` after pseudonymization.
    public enum Authority: Sendable, Hashable {
        /// No `authority`: the LRS that receives the statement sets its own (xAPI Data 2.4.9).
        case drop
        /// This agent, such as the vendor's own account, written as given.
        case replace(JSONValue)
    }

    /// How far timestamps are truncated, to blur the rhythm of a person's activity.
    public enum TimestampTruncation: String, Sendable, Hashable, CaseIterable {
        /// To the minute: `10:42:00.000Z`.
        case minute
        /// To the hour: `10:00:00.000Z`.
        case hour
        /// To the day: `00:00:00.000Z`.
        case day

        /// The length of one unit, in seconds.
        var seconds: Int64 {
            switch self {
            case .minute: 60
            case .hour: 3_600
            case .day: 86_400
            }
        }
    }

    /// The interaction types whose responses are chosen from a fixed set, so they carry no free text
    /// (xAPI Data 2.4.4.1.1 and 2.4.6.1): they are always kept.
    public static let fixedChoiceInteractionTypes: Set<String> = [
        "choice", "true-false", "matching", "sequencing", "likert", "numeric",
    ]

    /// The extensions kept by default: the French profile's own (school UAI, level, subject) and the cmi5
    /// session id, none of which identifies a person.
    public static let defaultAllowedExtensions: Set<String> = [
        "https://edutraces.org/xapi/extensions/school-uai",
        "https://edutraces.org/xapi/extensions/level",
        "https://edutraces.org/xapi/extensions/subject",
        "https://w3id.org/xapi/cmi5/context/extensions/sessionid",
    ]

    /// Whether `result.response` is kept when it may be free text: fill-in, long-fill-in, performance,
    /// other, or the response of anything that is not a fixed-choice interaction.
    public var freeTextResponses: Disposition
    /// The extension IRIs kept, compared exactly; every other extension is removed, in `context`, `result`
    /// and activity definitions.
    public var allowedExtensions: Set<String>
    /// Whether `attachments` are kept; they often hold pupils' own productions.
    public var keepsAttachments: Bool
    /// How far `timestamp` is truncated; `nil` keeps it to the millisecond.
    public var timestampTruncation: TimestampTruncation?
    /// What stands in `authority`.
    public var authority: Authority
    /// Whether statement ids and registrations (and references to them) are re-mapped with a keyed function,
    /// for data that crosses into another domain.
    public var remapsIdentifiers: Bool

    /// Creates a policy; every argument has the default of the table above.
    public init(
        freeTextResponses: Disposition = .drop,
        allowedExtensions: Set<String> = PseudonymizationPolicy.defaultAllowedExtensions,
        keepsAttachments: Bool = false,
        timestampTruncation: TimestampTruncation? = nil,
        authority: Authority = .drop,
        remapsIdentifiers: Bool = false
    ) {
        self.freeTextResponses = freeTextResponses
        self.allowedExtensions = allowedExtensions
        self.keepsAttachments = keepsAttachments
        self.timestampTruncation = timestampTruncation
        self.authority = authority
        self.remapsIdentifiers = remapsIdentifiers
    }
}

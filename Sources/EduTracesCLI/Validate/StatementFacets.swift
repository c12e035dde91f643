import Foundation
import XAPI

/// What the quality report counts a statement under: its day, its verb and its platform.
///
/// Read only when the HTML report is asked for, by the examiner's extract from the tree it parsed for the
/// checks (``ExportValidator/init(validator:extracting:)``): the validator does not keep the statement,
/// and these few values are all the report needs of it.
///
/// ```swift
/// let facets = StatementFacets(["verb": ["id": "http://adlnet.gov/expapi/verbs/answered"]])
/// facets?.verbID  // "http://adlnet.gov/expapi/verbs/answered"
/// ```
struct StatementFacets: Sendable, Hashable {
    /// Days from 1970-01-01 to the UTC date of `timestamp`; `nil` when it is missing or not a timestamp.
    var day: Int?
    /// `verb.id`, when it is a string.
    var verbID: String?
    /// `verb.display`, language tag and text, in the order written.
    var verbDisplay: [LanguageText]
    /// `context.platform`, when it is a string.
    var platform: String?

    /// One entry of a language map.
    struct LanguageText: Sendable, Hashable {
        let tag: String
        let text: String
    }

    init(day: Int? = nil, verbID: String? = nil, verbDisplay: [LanguageText] = [], platform: String? = nil) {
        self.day = day
        self.verbID = verbID
        self.verbDisplay = verbDisplay
        self.platform = platform
    }

    /// The facets of a parsed statement; `nil` when it is not a JSON object.
    init?(_ statement: JSONValue) {
        guard let statement = statement.objectValue else { return nil }
        self.init(statement: statement)
    }

    /// The facets of a parsed statement.
    init(statement: JSONObject) {
        let verb = statement["verb"]?.objectValue
        self.init(
            day: statement["timestamp"]?.stringValue.flatMap(Self.day(of:)),
            verbID: verb?["id"]?.stringValue,
            verbDisplay: verb?["display"]?.objectValue.map { display in
                display.members.compactMap { member in
                    member.value.stringValue.map { LanguageText(tag: member.key, text: $0) }
                }
            } ?? [],
            platform: statement["context"]?["platform"]?.stringValue
        )
    }

    /// The UTC day of an ISO 8601 timestamp (xAPI Data 4.5), as days from 1970-01-01.
    static func day(of text: String) -> Int? {
        guard let timestamp = try? Timestamp(text) else { return nil }
        return Int((timestamp.date.timeIntervalSince1970 / 86_400).rounded(.down))
    }
}

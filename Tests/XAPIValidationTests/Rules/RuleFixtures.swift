import Foundation
import Testing
import XAPI
import XAPIValidation

/// Statements, validators and assertions shared by the rule specification tests.
///
/// Each test starts from ``Fixture/statement()`` (a minimal valid statement) or another valid
/// building block, changes the one thing it is about, and checks what the validator reports.
enum Fixture {
    static let statementID = "fd41c918-b88b-4b20-a0a5-a4c32391aaa0"
    static let otherID = "7ccd3322-e1a5-411a-a67d-6a735c76f119"
    static let verbID = "http://adlnet.gov/expapi/verbs/completed"
    static let voidedVerbID = "http://adlnet.gov/expapi/verbs/voided"
    static let activityID = "http://example.com/activities/lesson-1"
    static let extensionKey = "http://example.com/extensions/progress"
    static let sha256 = String(repeating: "a1", count: 32)

    /// The instant the clock-dependent tests take as now: 2024-01-01T00:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_704_067_200)

    /// An Agent identified by `mbox`.
    static func agent(_ mbox: String = "mailto:learner@example.com") -> JSONValue {
        ["mbox": .string(mbox)]
    }

    /// An anonymous Group of `count` Agents.
    static func anonymousGroup(members count: Int = 2) -> JSONValue {
        let members = (0..<count).map { agent("mailto:member\($0)@example.com") }
        return ["objectType": "Group", "member": .array(members)]
    }

    /// An identified Group without members.
    static func identifiedGroup() -> JSONValue {
        ["objectType": "Group", "mbox": "mailto:class@example.com"]
    }

    /// An Activity with only its id.
    static func activity(_ id: String = activityID) -> JSONValue {
        ["id": .string(id)]
    }

    /// An Activity whose definition is `definition`.
    static func activity(definition: JSONValue) -> JSONValue {
        ["id": .string(activityID), "definition": definition]
    }

    /// A StatementRef to ``otherID``.
    static func statementRef(_ id: String = otherID) -> JSONValue {
        ["objectType": "StatementRef", "id": .string(id)]
    }

    /// A minimal SubStatement: actor, verb, Activity object.
    static func subStatement() -> JSONValue {
        ["objectType": "SubStatement", "actor": agent(), "verb": ["id": .string(verbID)], "object": activity()]
    }

    /// A valid attachment described but not sent (sha2 of nothing in particular).
    static func attachment() -> JSONValue {
        [
            "usageType": "http://id.tincanapi.com/attachment/supporting_media",
            "display": ["en-US": "Worksheet"],
            "contentType": "application/octet-stream",
            "length": 4_235,
            "sha2": .string(sha256),
        ]
    }

    /// A contextAgent entry (xAPI 2.0).
    static func contextAgent() -> JSONValue {
        ["objectType": "contextAgent", "agent": agent("mailto:tutor@example.com")]
    }

    /// A contextGroup entry (xAPI 2.0).
    static func contextGroup() -> JSONValue {
        ["objectType": "contextGroup", "group": anonymousGroup()]
    }

    /// The smallest valid statement: an Agent completed an Activity.
    static func statement() -> JSONValue {
        ["actor": agent(), "verb": ["id": .string(verbID)], "object": activity()]
    }

    /// ``statement()`` with the value at `pointer` (RFC 6901 text) replaced, added, or removed when `value` is nil.
    static func statement(setting pointer: String, to value: JSONValue?) -> JSONValue {
        statement().setting(pointer, to: value)
    }

    /// ``statement()`` whose object is an Activity with `definition`.
    static func statement(definition: JSONValue) -> JSONValue {
        statement(setting: "/object", to: activity(definition: definition))
    }

    /// ``statement()`` with `context`.
    static func statement(context: JSONValue) -> JSONValue {
        statement(setting: "/context", to: context)
    }

    /// ``statement()`` with a result.
    static func statement(result: JSONValue) -> JSONValue {
        statement(setting: "/result", to: result)
    }

    /// ``statement()`` with one attachment.
    static func statement(attachment: JSONValue) -> JSONValue {
        statement(setting: "/attachments", to: [attachment])
    }
}

extension JSONValue {
    /// This value with the value at `pointer` replaced or added, or removed when `value` is nil.
    ///
    /// Missing objects on the way are created; an array element is named by its index.
    func setting(_ pointer: String, to value: JSONValue?) -> JSONValue {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        return setting(tokens[...], to: value)
    }

    private func setting(_ tokens: ArraySlice<String>, to value: JSONValue?) -> JSONValue {
        guard let token = tokens.first else { return value ?? .null }
        let rest = tokens.dropFirst()
        switch self {
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index) else {
                preconditionFailure("no element \(token) in \(self)")
            }
            if rest.isEmpty, value == nil {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].setting(rest, to: value)
            }
            return .array(elements)
        case .object(var object):
            if rest.isEmpty {
                object[token] = value
            } else {
                object[token] = (object[token] ?? [:]).setting(rest, to: value)
            }
            return .object(object)
        default:
            // A scalar on the way is replaced by the object the pointer needs.
            return JSONValue.object(JSONObject()).setting(tokens, to: value)
        }
    }
}

/// The validators the tests use: one version, and no clock unless a test is about the clock.
enum Validators {
    static let v103 = Validator(configuration: .init(version: .fixed(.v1_0_3), now: nil))
    static let v200 = Validator(configuration: .init(version: .fixed(.v2_0_0), now: nil))
    static let automatic = Validator(configuration: .init(version: .automatic, now: nil))

    /// A validator whose clock reads ``Fixture/now``.
    static func clocked(_ version: SpecVersion, tolerance: TimeInterval = 300) -> Validator {
        Validator(configuration: .init(version: .fixed(version), now: { Fixture.now }, futureTolerance: tolerance))
    }

    static func fixed(_ version: SpecVersion) -> Validator {
        version == .v1_0_3 ? v103 : v200
    }
}

/// Validates `statement` against `version` without a clock.
func validate(_ statement: JSONValue, _ version: SpecVersion = .v1_0_3) -> Report {
    Validators.fixed(version).validate(statement)
}

/// Parses `text` and validates it against `version` (duplicate keys and syntax errors included).
func validate(text: String, _ version: SpecVersion = .v1_0_3) -> Report {
    Validators.fixed(version).validate(bytes: Array(text.utf8))
}

extension Report {
    /// The findings of the rule `id`.
    func findings(of id: String) -> [Finding] {
        findings.filter { $0.rule == id }
    }

    /// The findings as `rule@path` texts, for readable failure messages.
    var summary: [String] {
        findings.map { "\($0.rule)@\($0.path)" }
    }
}

/// Expects the report to hold exactly one finding, of rule `id` and `severity` at `path`, with a message
/// and the rule's specification reference.
func expectOnly(
    _ report: Report,
    _ id: String,
    _ severity: Severity,
    at path: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(report.findings.count == 1, "\(report.summary)", sourceLocation: sourceLocation)
    expectFinding(report, id, severity, at: path, sourceLocation: sourceLocation)
}

/// Expects the report to hold one finding of rule `id` at `path` with `severity`, a message and a spec reference
/// (other findings allowed).
func expectFinding(
    _ report: Report,
    _ id: String,
    _ severity: Severity,
    at path: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let matching = report.findings(of: id).filter { $0.path.description == path }
    #expect(
        matching.count == 1,
        "expected one \(id) at \(path); found \(report.summary)",
        sourceLocation: sourceLocation
    )
    for finding in matching {
        #expect(finding.severity == severity, sourceLocation: sourceLocation)
        #expect(!finding.message.isEmpty, sourceLocation: sourceLocation)
        #expect(finding.spec == Rule.named(id)?.spec, sourceLocation: sourceLocation)
    }
}

/// Expects no finding at all.
func expectClean(_ report: Report, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(report.findings.isEmpty, "\(report.summary)", sourceLocation: sourceLocation)
}

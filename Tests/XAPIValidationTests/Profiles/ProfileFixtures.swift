import ConformanceSupport
import Foundation
import XAPI
import XAPIValidation

/// Profiles and statements shared by the profile engine's tests.
enum ProfileFixtures {
    /// The folder of ADL-authored profiles in the conformance data.
    static var adlFolder: URL {
        ConformanceCorpus.directory.appendingPathComponent("profiles/adl-authored")
    }

    /// The ADL-authored profile files, by name.
    static func adlProfileFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: adlFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonld" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static let version = "https://example.org/profiles/quiz/v1"
    static let initialized = "http://adlnet.gov/expapi/verbs/initialized"
    static let answered = "http://adlnet.gov/expapi/verbs/answered"
    static let terminated = "http://adlnet.gov/expapi/verbs/terminated"
    static let question = "http://adlnet.gov/expapi/activities/cmi.interaction"
    static let lesson = "http://adlnet.gov/expapi/activities/lesson"

    /// A profile document with `templates` and `patterns` and the usual metadata.
    static func document(
        templates: [JSONValue] = [],
        patterns: [JSONValue] = [],
        concepts: [JSONValue] = []
    )
        -> JSONValue
    {
        var profile: JSONObject = [
            "@context": "https://w3id.org/xapi/profiles/context",
            "id": "https://example.org/profiles/quiz",
            "type": "Profile",
            "conformsTo": "https://w3id.org/xapi/profiles#1.0",
            "prefLabel": ["en": "Quiz", "fr": "Quiz"],
            "definition": ["en": "Quizzes in sessions."],
            "author": ["type": "Organization", "name": "Example"],
            "versions": [["id": .string(version), "generatedAtTime": "2026-01-01T00:00:00Z"]],
        ]
        if !concepts.isEmpty { profile["concepts"] = .array(concepts) }
        if !templates.isEmpty { profile["templates"] = .array(templates) }
        if !patterns.isEmpty { profile["patterns"] = .array(patterns) }
        return .object(profile)
    }

    /// A template with an id under the example profile, determining properties and rules.
    static func template(
        _ name: String,
        verb: String? = nil,
        objectType: String? = nil,
        extra: [String: JSONValue] = [:],
        rules: [JSONValue] = []
    ) -> JSONValue {
        var template: JSONObject = [
            "id": .string(templateID(name)),
            "type": "StatementTemplate",
            "inScheme": .string(version),
            "prefLabel": .object(["en": .string(name)]),
            "definition": ["en": "A template."],
        ]
        if let verb { template["verb"] = .string(verb) }
        if let objectType { template["objectActivityType"] = .string(objectType) }
        for (key, value) in extra { template[key] = value }
        if !rules.isEmpty { template["rules"] = .array(rules) }
        return .object(template)
    }

    static func templateID(_ name: String) -> String { "https://example.org/profiles/quiz/templates/\(name)" }
    static func patternID(_ name: String) -> String { "https://example.org/profiles/quiz/patterns/\(name)" }

    /// A statement with `verb` on an activity of `objectType`, with optional extras merged at the root.
    static func statement(
        verb: String,
        objectType: String? = nil,
        registration: String? = nil,
        inCategory: Bool = true,
        extra: [String: JSONValue] = [:]
    ) -> JSONValue {
        var object: JSONObject = ["id": "https://example.org/activities/q1", "objectType": "Activity"]
        if let objectType { object["definition"] = ["type": .string(objectType)] }
        var context: JSONObject = [:]
        if let registration { context["registration"] = .string(registration) }
        if inCategory { context["contextActivities"] = ["category": [["id": .string(version)]]] }
        var statement: JSONObject = [
            "id": "6d1b4a52-0f6c-4f3e-9b8e-2f1c6a7d9e01",
            "actor": ["objectType": "Agent", "account": ["homePage": "https://ent.example.fr", "name": "u-1"]],
            "verb": ["id": .string(verb)],
            "object": .object(object),
            "timestamp": "2026-03-01T10:00:00.000Z",
        ]
        if !context.isEmpty { statement["context"] = .object(context) }
        for (key, value) in extra { statement[key] = value }
        return .object(statement)
    }
}

import Foundation
import TestSupport
import Testing
import XAPI
import XAPIValidation

/// The profile document of fr-education: a valid profile, equal to its committed copy, whose templates
/// accept the statements the profile accepts and whose session pattern checks whole exports.
@Suite("French education profile document")
struct FrenchEducationDocumentTests {
    typealias F = FrenchFixture

    static func profile() throws -> Profile {
        try Profile(bytes: Array(FrenchEducationProfile.document.utf8), strictness: .strict)
    }

    @Test func documentIsAValidProfile() throws {
        let profile = try Self.profile()
        #expect(profile.id == FrenchEducation.profile.text)
        #expect(profile.versions.map(\.id) == [FrenchEducation.profileVersion.text])
        #expect(profile.remarks.isEmpty)
        #expect(profile.concepts.count == 3)
    }

    @Test func committedFileEqualsTheEmbeddedDocument() throws {
        let url = ConformanceCorpus.packageRoot.appendingPathComponent(
            "Sources/XAPIValidation/FrenchEducation/fr-education.jsonld"
        )
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(try JSONParser().parse(committed) == (try JSONParser().parse(FrenchEducationProfile.document)))
        #expect(committed.filter { $0 == "\n" }.count > 100, "the committed file is the pretty-printed document")
    }

    @Test func shipsTheTemplatesOfTheDesign() throws {
        let names = try Self.profile().templates.map { $0.id.split(separator: "/").last.map(String.init) ?? "" }
        #expect(
            names == [
                "answered-question", "initialized-session", "terminated-session", "completed-resource",
                "passed-resource", "failed-resource", "viewed-resource", "accessed-resource",
            ]
        )
    }

    static func statement(verb: String, interaction: Bool = false) throws -> JSONValue {
        var statement = try F.statement(setting: "/verb", to: ["id": .string(verb), "display": ["fr-FR": "verbe"]])
        if interaction {
            try #require(JSONPointer("/object/definition/type")).set(
                "http://adlnet.gov/expapi/activities/cmi.interaction",
                in: &statement
            )
            try #require(JSONPointer("/object/definition/interactionType")).set("choice", in: &statement)
        }
        try #require(JSONPointer("/result")).set(
            [
                "completion": true, "success": .bool(!verb.hasSuffix("failed")), "duration": "PT3M",
                "score": ["scaled": 0.5, "raw": 10, "min": 0, "max": 20],
            ],
            in: &statement
        )
        return statement
    }

    static let verbs: [(String, Bool)] = [
        ("http://adlnet.gov/expapi/verbs/answered", true), ("http://adlnet.gov/expapi/verbs/initialized", false),
        ("http://adlnet.gov/expapi/verbs/terminated", false), ("http://adlnet.gov/expapi/verbs/completed", false),
        ("http://adlnet.gov/expapi/verbs/passed", false), ("http://adlnet.gov/expapi/verbs/failed", false),
        ("http://id.tincanapi.com/verb/viewed", false), ("http://activitystrea.ms/schema/1.0/access", false),
    ]

    @Test func eachTemplateAcceptsWhatTheProfileAccepts() throws {
        let profile = try Self.profile()
        for ((verb, interaction), template) in zip(Self.verbs, profile.templates) {
            let statement = try Self.statement(verb: verb, interaction: interaction)
            #expect(template.matchesDeterminingProperties(of: statement), "\(template.id)")
            #expect(template.isFollowed(by: statement), "\(template.id)")
            #expect(F.findings(statement).filter { $0.severity == .error }.isEmpty, "\(verb)")
        }
    }

    @Test func eachTemplateRejectsWhatTheProfileRejects() throws {
        let profile = try Self.profile()
        for ((verb, interaction), template) in zip(Self.verbs, profile.templates) {
            for pointer in ["/id", "/timestamp", "/context/platform", "/actor/account"] {
                var statement = try Self.statement(verb: verb, interaction: interaction)
                _ = try #require(JSONPointer(pointer)).remove(from: &statement)
                #expect(!template.isFollowed(by: statement), "\(template.id) accepts a statement without \(pointer)")
                #expect(F.findings(statement).contains { $0.severity == .error && $0.rule.hasPrefix("fr.") })
            }
        }
    }
}

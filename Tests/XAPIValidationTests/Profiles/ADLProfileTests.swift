import Foundation
import TestSupport
import Testing
import XAPI
import XAPIValidation

@Suite("ADL-authored profiles", ConformanceCorpus.required(by: "ADL-authored profiles"))
struct ADLProfileTests {
    /// The entries of `key` that are real templates or patterns (with an id), counted from the raw JSON.
    private static func entriesWithID(_ key: String, in document: JSONValue) -> Int {
        (document[key]?.arrayValue ?? []).filter { $0["id"] != nil }.count
    }

    @Test func everyADLProfileLoadsWithItsTemplatesAndPatterns() throws {
        let files = try ProfileFixtures.adlProfileFiles()
        #expect(files.count == 13)
        var templates = 0
        var patterns = 0
        for file in files {
            let document = try JSONParser().parse(try Data(contentsOf: file))
            let profile = try Profile(contentsOf: file)
            #expect(
                profile.templates.count == Self.entriesWithID("templates", in: document),
                "\(file.lastPathComponent)"
            )
            #expect(profile.patterns.count == Self.entriesWithID("patterns", in: document), "\(file.lastPathComponent)")
            templates += profile.templates.count
            patterns += profile.patterns.count
        }
        #expect(templates > 0)
        #expect(patterns > 0)
    }

    @Test func everyADLTemplateMatchesAStatementBuiltFromItsDeterminingProperties() throws {
        for file in try ProfileFixtures.adlProfileFiles() {
            let profile = try Profile(contentsOf: file)
            for template in profile.templates {
                var object: JSONObject = ["id": "https://example.org/a", "objectType": "Activity"]
                if let type = template.objectActivityType { object["definition"] = ["type": .string(type)] }
                var activities: JSONObject = [:]
                for (key, types) in [
                    ("parent", template.contextParentActivityType), ("grouping", template.contextGroupingActivityType),
                    ("category", template.contextCategoryActivityType), ("other", template.contextOtherActivityType),
                ] where !types.isEmpty {
                    activities[key] = .array(
                        types.map { ["id": "https://example.org/c", "definition": ["type": .string($0)]] }
                    )
                }
                let statement: JSONValue = [
                    "actor": ["mbox": "mailto:a@example.org"],
                    "verb": ["id": .string(template.verb ?? "http://adlnet.gov/expapi/verbs/experienced")],
                    "object": .object(object),
                    "context": ["contextActivities": .object(activities)],
                ]
                let validation = profile.validate(statement)
                #expect(validation.matchingTemplates.contains(template.id), "\(template.id)")
            }
        }
    }

    @Test func strictLoadingRefusesConceptsInASchemeThatIsNotAVersion() throws {
        let file = ProfileFixtures.adlFolder.appendingPathComponent("pdf-annotator.jsonld")
        let lenient = try Profile(contentsOf: file)
        #expect(lenient.remarks.contains { $0.id == "profile.document.in-scheme" })
        #expect(throws: ProfileError.self) { try Profile(contentsOf: file, strictness: .strict) }
        do {
            _ = try Profile(contentsOf: file, strictness: .strict)
        } catch {
            #expect(error.id == "profile.document.in-scheme")
            #expect(error.pointer == JSONPointer("/concepts/0/inScheme"))
        }
    }

    @Test func placeholderTemplatesOfCmi5AreRemarksNotTemplates() throws {
        let profile = try Profile(contentsOf: ProfileFixtures.adlFolder.appendingPathComponent("cmi5.jsonld"))
        #expect(profile.templates.isEmpty)
        #expect(profile.remarks.contains { $0.pointer == JSONPointer("/templates/0/id") })
    }
    @Test func theADLAudioTemplatesRejectAStatementMissingWhatTheyRequire() throws {
        let audio = try Profile(contentsOf: ProfileFixtures.adlFolder.appendingPathComponent("audio.jsonld"))
        let initialized = try #require(audio.templates.first { $0.id.hasSuffix("#initialized") })
        let statement: JSONValue = [
            "actor": ["mbox": "mailto:a@example.org"],
            "verb": ["id": .string(try #require(initialized.verb))],
            "object": [
                "id": "https://example.org/podcast",
                "definition": ["type": .string(try #require(initialized.objectActivityType))],
            ],
        ]
        let validation = audio.validate(statement)
        #expect(validation.outcome == .invalid)
        #expect(validation.failingTemplates == [initialized.id])
        let findings = Validator(configuration: .init(now: nil, ruleSets: [ProfileRuleSet(profile: audio)]))
            .validate(statement).findings.filter { $0.rule.hasPrefix(initialized.id) }
        // `$.id` and `$.timestamp` are the template's first two rules.
        #expect(findings.prefix(2).map(\.rule) == ["\(initialized.id)#rule-0", "\(initialized.id)#rule-1"])
        #expect(findings.first?.path == JSONPointer("/id"))
    }
}

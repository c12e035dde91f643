import Foundation
import XAPI
import XAPIValidation

/// Spec-only validation next to validation with a loaded profile of 50 statement templates, on the same
/// statements in the same run; then the same with the profile's primary pattern checked over the export.
func runProfileBenchmark(ndjson: [UInt8], rounds: Int) throws {
    let lines = lineRanges(of: ndjson)
    let profile = try Profile(json: benchmarkProfileDocument())
    let specOnly = Validator(configuration: .init(version: .automatic, now: nil))
    let withProfile = Validator(
        configuration: .init(version: .automatic, now: nil, ruleSets: [ProfileRuleSet(profile: profile)])
    )
    var findings = (spec: 0, profile: 0, exportSpec: 0, pattern: 0)

    func validate(_ validator: Validator) -> Int {
        var count = 0
        ndjson.withUnsafeBufferPointer { buffer in
            for line in lines {
                count += validator.validate(bytes: UnsafeBufferPointer(rebasing: buffer[line])).findings.count
            }
        }
        return count
    }

    /// Validates the statements as one export, in order, with the export checks of `validator`.
    func judge(_ validator: Validator) -> Int {
        var export = ExportValidator(validator: validator)
        var count = 0
        ndjson.withUnsafeBufferPointer { buffer in
            for (index, line) in lines.enumerated() {
                let examined = export.examiner.examine(bytes: UnsafeBufferPointer(rebasing: buffer[line]))
                let position = ExportPosition(index: index, line: index + 1, sharesBatch: false)
                count += export.judge(examined, at: position).findings.count
            }
        }
        return count + export.finish().count
    }

    let contenders = [
        Contender(name: "parse + spec validation (1 core)") { findings.spec = validate(specOnly) },
        Contender(name: "parse + spec + profile of \(profile.templates.count) templates") {
            findings.profile = validate(withProfile)
        },
        Contender(name: "export, spec only (ids, 1 core)") { findings.exportSpec = judge(specOnly) },
        Contender(name: "export, spec + profile + pattern") { findings.pattern = judge(withProfile) },
    ]
    let measurements = try measureInterleaved(contenders, bytes: ndjson.count, statements: lines.count, rounds: rounds)
    report(
        "Validation with a profile (\(lines.count) statements; findings: spec \(findings.spec), "
            + "with profile \(findings.profile), export \(findings.exportSpec), with pattern \(findings.pattern))",
        measurements
    )
    if measurements.count == 4 {
        let statements = measurements[1].seconds / measurements[0].seconds
        let export = measurements[3].seconds / measurements[2].seconds
        print(
            "Cost of the profile: \(format(statements, 2))× spec-only time per statement, \(format(export, 2))× for an export"
        )
    }
}

/// A profile of 50 templates for the generator's statements: one per verb and activity type for four types,
/// one per verb for the rest, the answered-question template, each with the rules a school profile has.
func benchmarkProfileDocument() -> JSONValue {
    let base = "https://edutraces.org/benchmarks/profile"
    // The generator marks its statements with this version: the pattern check takes them all.
    let version = "https://edutraces.org/xapi/profiles/fr-education/v1.0"
    let adl = "http://adlnet.gov/expapi"
    let verbs = [
        "experienced", "initialized", "terminated", "completed", "passed", "failed", "progressed", "attempted",
        "scored", "interacted",
    ]
    let common: [JSONValue] = [
        ["location": "$.id", "presence": "included"],
        ["location": "$.timestamp", "presence": "included"],
        [
            "location": "$.context.contextActivities.category[*].id",
            "any": ["https://edutraces.org/xapi/profiles/fr-education/v1.0"],
        ],
        [
            "location": "$.context.extensions['https://edutraces.org/xapi/extensions/school-uai']",
            "presence": "included",
        ],
        ["location": "$.context.registration", "presence": "recommended"],
        ["location": "$.actor.mbox | $.actor.mbox_sha1sum | $.actor.openid", "presence": "excluded"],
    ]
    func template(_ name: String, verb: String, type: String?, extra: [JSONValue] = []) -> JSONValue {
        var template: JSONObject = [
            "id": .string("\(base)/templates/\(name)"), "type": "StatementTemplate", "inScheme": .string(version),
            "prefLabel": ["en": .string(name)], "definition": ["en": .string("Statements \(name).")],
            "verb": .string("\(adl)/verbs/\(verb)"), "rules": .array(common + extra),
        ]
        if let type { template["objectActivityType"] = .string("\(adl)/activities/\(type)") }
        return .object(template)
    }
    var templates: [JSONValue] = [
        template(
            "answered",
            verb: "answered",
            type: "cmi.interaction",
            extra: [
                ["location": "$.object.definition.interactionType", "presence": "included"],
                ["location": "$.result.score['scaled','raw','min','max']", "presence": "recommended"],
            ]
        )
    ]
    for verb in verbs {
        for type in ["lesson", "module", "media", "assessment"] {
            templates.append(template("\(verb)-\(type)", verb: verb, type: type))
        }
    }
    for verb in verbs.prefix(9) { templates.append(template(verb, verb: verb, type: nil)) }
    let members = templates.compactMap { $0["id"] }
    return [
        "@context": "https://w3id.org/xapi/profiles/context", "id": .string(base), "type": "Profile",
        "conformsTo": "https://w3id.org/xapi/profiles#1.0", "prefLabel": ["en": "Benchmark profile"],
        "definition": ["en": "Fifty templates for the benchmark statements."],
        "author": ["type": "Organization", "name": "EduTraces"],
        "versions": [["id": .string(version), "generatedAtTime": "2026-01-01T00:00:00Z"]],
        "templates": .array(templates),
        "patterns": [
            [
                "id": .string("\(base)/patterns/any"), "type": "Pattern", "primary": true,
                "prefLabel": ["en": "Any statements"], "definition": ["en": "Any of the templates, in any order."],
                "oneOrMore": .string("\(base)/patterns/one"),
            ],
            ["id": .string("\(base)/patterns/one"), "type": "Pattern", "alternates": .array(members)],
        ],
    ]
}

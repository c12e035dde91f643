import Foundation
import TestSupport
import Testing
import XAPI
import XAPIValidation

/// The profile loader never crashes: every input loads or throws a `ProfileError` with a `profile.document.*`
/// id, and every profile that loads can check statements.
@Suite("Profile loader fuzzing")
struct ProfileLoaderFuzzTests {
    /// Values of every JSON type, and strings that are wrong where IRIs or paths are expected.
    static let wrongValues: [JSONValue] = [
        nil, true, 0, -1.5, "", "x", "not an iri", "$..id", [], [1], [:], ["a": "b"],
    ]

    /// The statements each loaded profile checks.
    static let statements: [JSONValue] = [
        ProfileFixtures.statement(verb: ProfileFixtures.initialized, registration: "r"),
        ProfileFixtures.statement(
            verb: "http://adlnet.gov/expapi/verbs/initialized",
            objectType: "https://w3id.org/xapi/audio/activity-type/audio",
            registration: "r",
            extra: ["result": ["response": "b", "score": ["scaled": 1]]]
        ),
    ]

    /// Every pointer to a value inside `value`, the root excluded.
    static func pointers(in value: JSONValue, at pointer: JSONPointer = .root) -> [JSONPointer] {
        switch value {
        case .object(let object):
            return object.flatMap { member in
                let child = pointer.appending(member.key)
                return [child] + pointers(in: member.value, at: child)
            }
        case .array(let array):
            return array.enumerated().flatMap { index, element in
                let child = pointer.appending(index)
                return [child] + pointers(in: element, at: child)
            }
        default:
            return []
        }
    }

    /// Loads `bytes`; on success, checks statements and an export with the profile.
    private func exercise(_ bytes: [UInt8], tally: inout (loaded: Int, refused: Int)) {
        do {
            let ruleSet = try ProfileRuleSet(bytes: bytes)
            let validator = Validator(configuration: .init(now: nil, ruleSets: [ruleSet]))
            var export = ExportValidator(validator: validator)
            for (index, statement) in Self.statements.enumerated() {
                _ = export.judge(
                    export.examiner.examine(statement),
                    at: ExportPosition(index: index, line: nil, sharesBatch: false)
                )
            }
            _ = export.finish()
            tally.loaded += 1
        } catch {
            #expect(error.id.hasPrefix("profile.document."), "\(error)")
            #expect(!error.message(in: .french).isEmpty)
            tally.refused += 1
        }
    }

    private static let sessionDocument = ProfileFixtures.document(
        templates: [
            ProfileFixtures.template(
                "initialized",
                verb: ProfileFixtures.initialized,
                rules: [
                    ["location": "$.result.score['scaled','raw'] | $.id", "selector": "$", "presence": "included"]
                ]
            ),
            ProfileFixtures.template("terminated", verb: ProfileFixtures.terminated),
        ],
        patterns: [
            [
                "id": .string(ProfileFixtures.patternID("session")), "type": "Pattern", "primary": true,
                "prefLabel": ["en": "Session"], "definition": ["en": "A session."],
                "sequence": [
                    .string(ProfileFixtures.templateID("initialized")),
                    .string(ProfileFixtures.templateID("terminated")),
                ],
            ]
        ]
    )

    @Test func aWrongValueAtEveryPositionLoadsOrThrows() throws {
        var tally = (loaded: 0, refused: 0)
        for pointer in Self.pointers(in: Self.sessionDocument) {
            for wrong in Self.wrongValues {
                var document = Self.sessionDocument
                try pointer.set(wrong, in: &document)
                exercise(JSONWriter.bytes(from: document), tally: &tally)
            }
            var removed = Self.sessionDocument
            try pointer.remove(from: &removed)
            exercise(JSONWriter.bytes(from: removed), tally: &tally)
        }
        #expect(tally.refused > 0)
        #expect(tally.loaded > 0)
    }

    @Test func everyTruncationLoadsOrThrows() {
        let bytes = JSONWriter.bytes(from: Self.sessionDocument)
        var tally = (loaded: 0, refused: 0)
        for length in 0..<bytes.count { exercise(Array(bytes[..<length]), tally: &tally) }
        #expect(tally.refused == bytes.count)
    }

    @Test func veryDeepNestingThrows() {
        var tally = (loaded: 0, refused: 0)
        for prefix in ["", #"{"templates":"#, #"{"id":"https://e.org/p","patterns":"#] {
            let depth = 100_000
            let text = prefix + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            exercise(Array(text.utf8), tally: &tally)
        }
        #expect(tally.refused == 3)
    }

    @Test(ConformanceCorpus.required(by: "Profile loader fuzzing over the ADL profiles"))
    func seededMutationsOfTheADLProfilesLoadOrThrow() throws {
        let seeds =
            try ProfileFixtures.adlProfileFiles().map { try JSONParser().parse(try Data(contentsOf: $0)) }
            + [Self.sessionDocument]
        let seedPointers = seeds.map { Self.pointers(in: $0) }
        let inputs = Int(ProcessInfo.processInfo.environment["EDUTRACES_PROFILE_FUZZ_INPUTS"] ?? "") ?? 500
        var tally = (loaded: 0, refused: 0)
        for number in 0..<inputs {
            var random = SplitMix64(seed: 0x5052_4F46_494C_4521, stream: UInt64(number))
            let pick = random.below(seeds.count)
            var document = seeds[pick]
            for _ in 0..<random.within(1...3) {
                guard !seedPointers[pick].isEmpty else { break }
                let pointer = random.element(of: seedPointers[pick])
                if random.chance(1, in: 4) {
                    _ = try? pointer.remove(from: &document)
                } else {
                    try? pointer.set(random.element(of: Self.wrongValues), in: &document)
                }
            }
            var bytes = JSONWriter.bytes(from: document)
            switch random.below(4) {
            case 0: bytes = Array(bytes[..<random.below(bytes.count)])
            case 1: bytes[random.below(bytes.count)] = random.byte()
            default: break
            }
            exercise(bytes, tally: &tally)
        }
        #expect(tally.loaded + tally.refused == inputs)
        #expect(tally.loaded > 0)
        #expect(tally.refused > 0)
    }
}

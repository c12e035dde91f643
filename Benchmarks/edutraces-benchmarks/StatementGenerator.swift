import Foundation
import XAPI

/// Generates realistic, varied xAPI statements of French school software, deterministically from a seed.
///
/// Learners identified by ENT accounts answer questions, open resources, start and end sessions,
/// pass and fail quizzes; statements carry results, context activities, extensions and, now and then,
/// groups, instructors and sub-statements, as real exports do.
struct StatementGenerator {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// One statement as a JSON value.
    mutating func next() -> JSONValue {
        let verb = Self.verbs[random.below(Self.verbs.count)]
        var statement: JSONObject = [
            "id": .string(uuid()),
            "actor": learner(),
            "verb": [
                "id": .string("http://adlnet.gov/expapi/verbs/\(verb)"),
                "display": ["en-US": .string(verb), "fr-FR": .string(Self.frenchVerbs[verb] ?? verb)],
            ],
        ]
        let isQuestion = verb == "answered"
        statement["object"] = isQuestion ? question() : resource()
        if let result = result(for: verb, isQuestion: isQuestion) { statement["result"] = result }
        statement["context"] = context()
        statement["timestamp"] = .string(timestamp())
        if random.below(10) == 0 {
            statement["authority"] = [
                "objectType": "Agent", "account": ["homePage": "https://lrs.ac-example.fr", "name": "ent-connector"],
            ]
        }
        statement["version"] = "1.0.3"
        return .object(statement)
    }

    /// `count` statements as NDJSON bytes, one statement a line.
    mutating func ndjson(count: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(count * 1200)
        for _ in 0..<count {
            JSONWriter.write(next(), into: &output)
            output.append(UInt8(ascii: "\n"))
        }
        return output
    }

    // MARK: Parts

    private mutating func learner() -> JSONValue {
        guard random.below(20) == 0 else { return agent() }
        return ["objectType": "Group", "name": "Groupe de TP", "member": [agent(), agent(), agent()]]
    }

    private mutating func agent() -> JSONValue {
        [
            "objectType": "Agent",
            "account": ["homePage": .string(Self.ents[random.below(Self.ents.count)]), "name": .string(uuid())],
        ]
    }

    private mutating func question() -> JSONValue {
        let kind = random.below(4)
        var definition: JSONObject = [
            "name": [
                "fr-FR": .string("Question \(random.below(500) + 1) : \(Self.topics[random.below(Self.topics.count)])"),
                "en-US": "Question",
            ],
            "description": ["fr-FR": "Choisis la bonne réponse parmi les propositions suivantes."],
            "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
        ]
        switch kind {
        case 0:
            definition["interactionType"] = "choice"
            definition["correctResponsesPattern"] = ["b"]
            definition["choices"] = .array(
                ["a", "b", "c", "d"].map {
                    ["id": .string($0), "description": ["fr-FR": .string("Proposition \($0)")]]
                }
            )
        case 1:
            definition["interactionType"] = "true-false"
            definition["correctResponsesPattern"] = ["true"]
        case 2:
            definition["interactionType"] = "numeric"
            definition["correctResponsesPattern"] = ["3.5[:]4.5"]
        default:
            definition["interactionType"] = "fill-in"
            definition["correctResponsesPattern"] = ["{case_matters=false}photosynthèse"]
        }
        return [
            "objectType": "Activity", "id": .string("https://exercices.example.fr/q/\(random.below(100_000))"),
            "definition": .object(definition),
        ]
    }

    private mutating func resource() -> JSONValue {
        let type = Self.activityTypes[random.below(Self.activityTypes.count)]
        return [
            "objectType": "Activity",
            "id": .string("https://manuel.example.fr/\(type)/\(random.below(10_000))"),
            "definition": [
                "name": [
                    "fr-FR": .string(
                        "\(Self.topics[random.below(Self.topics.count)]) — chapitre \(random.below(12) + 1)"
                    )
                ],
                "type": .string("http://adlnet.gov/expapi/activities/\(type)"),
                "extensions": [
                    "https://edutraces.org/xapi/extensions/level": .string(Self.levels[random.below(Self.levels.count)])
                ],
            ],
        ]
    }

    private mutating func result(for verb: String, isQuestion: Bool) -> JSONValue? {
        switch verb {
        case "answered":
            let raw = random.below(11)
            return [
                "score": [
                    "scaled": .number(JSONNumber(Double(raw) / 10)!), "raw": .number(JSONNumber(raw)), "min": 0,
                    "max": 10,
                ],
                "success": .bool(raw >= 5), "response": "b", "duration": .string(duration()),
            ]
        case "passed", "failed", "completed", "scored":
            return [
                "score": ["scaled": .number(JSONNumber(Double(random.below(1001)) / 1000)!)],
                "success": .bool(verb != "failed"), "completion": true, "duration": .string(duration()),
                "extensions": [
                    "https://edutraces.org/xapi/extensions/attempt": .number(JSONNumber(random.below(3) + 1))
                ],
            ]
        case "terminated", "progressed":
            return ["duration": .string(duration()), "completion": .bool(random.below(2) == 0)]
        default:
            return nil
        }
    }

    private mutating func context() -> JSONValue {
        var context: JSONObject = [
            "registration": .string(uuid()),
            "platform": .string(Self.platforms[random.below(Self.platforms.count)]),
            "language": "fr-FR",
            "contextActivities": [
                "parent": [
                    [
                        "id": .string("https://manuel.example.fr/sequence/\(random.below(300))"),
                        "objectType": "Activity",
                    ]
                ],
                "grouping": [["id": .string("https://ent.example.fr/classe/\(random.below(2000))")]],
                "category": [
                    [
                        "id": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
                        "definition": ["type": "http://adlnet.gov/expapi/activities/profile"],
                    ]
                ],
            ],
            "extensions": [
                "https://edutraces.org/xapi/extensions/school-uai": .string(
                    Self.schools[random.below(Self.schools.count)]
                ),
                "https://edutraces.org/xapi/extensions/subject": .string(
                    Self.subjects[random.below(Self.subjects.count)]
                ),
            ],
        ]
        if random.below(8) == 0 {
            context["instructor"] = [
                "objectType": "Agent", "account": ["homePage": "https://ent.example.fr", "name": .string(uuid())],
            ]
        }
        return .object(context)
    }

    private mutating func duration() -> String {
        let seconds = random.below(3600)
        let hundredths = random.below(100)
        return seconds >= 60 ? "PT\(seconds / 60)M\(seconds % 60).\(hundredths)S" : "PT\(seconds).\(hundredths)S"
    }

    /// A time of the 2025–2026 school year (September to June).
    private mutating func timestamp() -> String {
        let day = random.below(28) + 1
        let month = (random.below(10) + 8) % 12 + 1
        let year = month >= 9 ? 2025 : 2026
        let time = random.below(86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let clock = "\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60)).\(random.below(900) + 100)"
        return "\(year)-\(two(month))-\(two(day))T\(clock)Z"
    }

    private mutating func uuid() -> String {
        let hex = Array("0123456789abcdef")
        var characters: [Character] = []
        characters.reserveCapacity(36)
        for position in 0..<32 {
            if [8, 12, 16, 20].contains(position) { characters.append("-") }
            switch position {
            case 12: characters.append("4")
            case 16: characters.append(hex[8 + random.below(4)])
            default: characters.append(hex[random.below(16)])
            }
        }
        return String(characters)
    }

    // MARK: Vocabulary

    private static let verbs = [
        "answered", "answered", "answered", "experienced", "initialized", "terminated", "completed", "passed",
        "failed", "progressed", "attempted", "scored", "interacted",
    ]
    private static let frenchVerbs = [
        "answered": "a répondu", "experienced": "a consulté", "initialized": "a commencé", "terminated": "a terminé",
        "completed": "a achevé", "passed": "a réussi", "failed": "a échoué", "progressed": "a progressé",
        "attempted": "a tenté", "scored": "a obtenu", "interacted": "a interagi",
    ]
    private static let ents = [
        "https://ent.monlycee.net", "https://www.ent-auvergnerhonealpes.fr", "https://ent.l-educdenormandie.fr",
        "https://gar.education.fr",
    ]
    private static let topics = [
        "Fractions", "Théorème de Pythagore", "La Révolution française", "Photosynthèse", "Conjugaison du passé simple",
        "Les volcans", "Proportionnalité", "Present perfect",
    ]
    private static let activityTypes = ["lesson", "module", "media", "assessment", "simulation", "file", "link"]
    private static let platforms = ["Maths+ 3.2", "LireEnsemble 1.4", "Labo SVT 2.0", "HistoGéo Interactif 5"]
    private static let schools = ["0750654D", "0690026D", "0951099D", "9711032V", "0750655E"]
    private static let subjects = ["061300", "020700", "062900", "043700", "030201"]
    private static let levels = ["2111", "2112", "1121", "1125"]
}

/// A small, fast, seedable random source (Steele, Lea and Flood's SplitMix64), so runs are reproducible.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

import Digest
import XAPI

/// Statements that use every agent position and every field that can hold personal data.
enum RichStatements {
    /// A value that must never reach the output, in any form.
    static let canary = "Zyxcanary42"

    /// An xAPI 2.0 statement whose object is a SubStatement, with the canary in every personal field:
    /// names, mbox, mbox_sha1sum, openid, account names and home pages, group members, instructor, team,
    /// contextAgents, contextGroups, authority, extensions (context, result, activity definitions),
    /// a free-text response, attachments and `stored`.
    static func withCanary(_ canary: String = canary) -> JSONValue {
        let mbox = "mailto:\(canary)@example.fr"
        let sum = Hex.encode(SHA1.hash(Array("mailto:\(canary).sum@example.fr".utf8)))
        func account(_ suffix: String) -> JSONValue {
            ["homePage": .string("https://ent.example/\(canary)"), "name": .string("\(canary)-\(suffix)")]
        }
        let activity: JSONValue = [
            "objectType": "Activity",
            "id": "https://acme.example/activities/q1",
            "definition": [
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "fill-in",
                "name": ["fr": "Question 1"],
                "extensions": ["https://acme.example/ext/author": .string(canary)],
            ],
        ]
        let context: JSONValue = [
            "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
            "instructor": ["name": .string(canary), "mbox": .string(mbox)],
            "team": [
                "objectType": "Group",
                "name": .string("\(canary) team"),
                "mbox_sha1sum": .string(sum),
                "member": [
                    ["name": .string(canary), "account": account("member")],
                    ["openid": .string("https://openid.example/\(canary)")],
                ],
            ],
            "contextAgents": [
                [
                    "objectType": "contextAgent",
                    "agent": ["name": .string(canary), "account": account("context-agent")],
                    "relevantTypes": ["https://acme.example/types/tutor"],
                ]
            ],
            "contextGroups": [
                [
                    "objectType": "contextGroup",
                    "group": [
                        "objectType": "Group",
                        "name": .string(canary),
                        "member": [["mbox": .string("mailto:\(canary).g@example.fr")]],
                    ],
                ]
            ],
            "contextActivities": ["parent": [activity]],
            "language": "fr-FR",
            "extensions": [
                "https://acme.example/ext/pupil-name": .string(canary),
                "https://edutraces.org/xapi/extensions/school-uai": "0750654D",
            ],
        ]
        let subStatement: JSONValue = [
            "objectType": "SubStatement",
            "actor": [
                "objectType": "Agent", "name": .string(canary), "mbox": .string("mailto:\(canary).sub@example.fr"),
            ],
            "verb": ["id": "http://adlnet.gov/expapi/verbs/answered"],
            "object": [
                "objectType": "Agent", "name": .string(canary), "openid": .string("https://id.example/\(canary)/sub"),
            ],
            "result": ["response": .string(canary)],
            "context": [
                "instructor": ["account": account("sub-instructor")],
                "contextAgents": [["objectType": "contextAgent", "agent": ["account": account("sub-context-agent")]]],
                "extensions": ["https://acme.example/ext/note": .string(canary)],
            ],
            "timestamp": "2026-03-05T11:42:17.123+01:00",
        ]
        return [
            "id": "6fbd600f-d17c-4c74-801a-2ec2e53231f7",
            "actor": [
                "objectType": "Group",
                "name": .string(canary),
                "member": [
                    ["name": .string(canary), "mbox": .string(mbox)],
                    ["name": .string(canary), "account": account("actor-member")],
                ],
            ],
            "verb": ["id": "http://adlnet.gov/expapi/verbs/answered", "display": ["fr": "a répondu"]],
            "object": subStatement,
            "result": [
                "response": .string(canary),
                "success": true,
                "extensions": ["https://acme.example/ext/comment": .string(canary)],
            ],
            "context": context,
            "timestamp": "2026-03-05T11:42:17.123+01:00",
            "stored": "2026-03-05T10:43:00.000Z",
            "authority": ["objectType": "Agent", "name": .string(canary), "account": account("authority")],
            "version": "2.0.0",
            "attachments": [
                [
                    "usageType": "http://id.tincanapi.com/attachment/supporting_media",
                    "display": ["fr": .string(canary)],
                    "contentType": "text/plain",
                    "length": 11,
                    "sha2": .string(Hex.encode(SHA256.hash(Array(canary.utf8)))),
                ]
            ],
        ]
    }

    /// Every string of a JSON value, keys included.
    static func strings(in value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .array(let elements): return elements.flatMap(strings)
        case .object(let object): return object.flatMap { [$0.key] + strings(in: $0.value) }
        default: return []
        }
    }
}

import XAPI

/// The properties of an Activity (Data 2.4.4.1).
enum ActivityProperty: Int, PropertyName {
    case objectType, id, definition
    static let jsonNames = caseNames()
    static let kind = Noun("an activity", "une activité")
}

/// The properties of a StatementRef (Data 2.4.4.3).
enum StatementReferenceProperty: Int, PropertyName {
    case objectType, id
    static let jsonNames = caseNames()
    static let kind = Noun("a StatementRef", "une StatementRef")
}

extension SpecChecker {
    /// Checks a statement's object (the current value).
    mutating func checkObject(_ value: JSONValue, inSubStatement: Bool) {
        guard let object = object(value, Noun("object", "object")) else { return }
        switch object[property: "objectType"] {
        case nil where Self.looksLikeActor(object):
            // Without objectType the object is an Activity; an agent's identifier says what was meant.
            report(
                .required,
                LocalizedText(
                    english:
                        "an agent or group used as object must say its objectType: add \"objectType\": \"Agent\" (or \"Group\")",
                    french:
                        "un agent ou un groupe en position d'objet doit indiquer son objectType : ajouter \"objectType\": \"Agent\" (ou \"Group\")"
                )
            )
            checkActor(value, position: .actor)
        case nil, .string("Activity"):
            checkActivity(object)
        case .string("Agent"), .string("Group"):
            checkActor(value, position: .object)
        case .string("StatementRef"):
            checkStatementReference(object)
        case .string("SubStatement"):
            if inSubStatement {
                report(
                    .subStatementNested,
                    LocalizedText(
                        english: "a SubStatement's object must not be another SubStatement",
                        french: "l'objet d'une SubStatement ne doit pas être une autre SubStatement"
                    )
                )
            } else {
                checkSubStatement(object)
            }
        case .string where Self.looksLikeActor(object):
            // An agent with a mistyped objectType: the actor rules report it, and check the rest.
            checkActor(value, position: .object)
        case .string(let other):
            report(
                .objectType,
                at: "objectType",
                LocalizedText(
                    english:
                        "objectType must be one of Activity, Agent, Group, StatementRef, SubStatement; found \"\(other)\"",
                    french:
                        "objectType doit valoir Activity, Agent, Group, StatementRef ou SubStatement, et non « \(other) »"
                )
            )
            // The rest is still checked, as an Activity when it has an id like one.
            if object[property: "id"] != nil, object[property: "actor"] == nil { checkActivity(object) }
        case .some(let other):
            if other.isNull {
                report(
                    .null,
                    at: "objectType",
                    LocalizedText(english: "objectType must not be null", french: "objectType ne doit pas être null")
                )
            } else {
                report(
                    .type,
                    at: "objectType",
                    LocalizedText(
                        english: "objectType must be a string, found \(other.typeName)",
                        french: "objectType doit être une chaîne, et non \(Self.frenchType(of: other))"
                    )
                )
            }
        }
    }

    /// Whether an object carries what only agents and groups have: an identifier or members.
    static func looksLikeActor(_ object: JSONObject) -> Bool {
        ["mbox", "mbox_sha1sum", "openid", "account", "member"].contains { object[property: $0] != nil }
    }

    /// Checks an Activity (the current value's object).
    mutating func checkActivity(_ activity: JSONObject) {
        let properties = properties(of: activity, as: ActivityProperty.self)
        if let id = required(properties, .id) { checkIRI(id, at: "id", Noun("activity id", "l'id d'activité")) }
        if let definition = properties[.definition] {
            descend("definition") { $0.checkDefinition(definition) }
        }
    }

    /// Checks the StatementRef at member `key` of the current object.
    mutating func checkStatementReference(_ value: JSONValue, at key: String) {
        descend(key) { checker in
            guard let reference = checker.object(value, Noun(key, key)) else { return }
            switch reference[property: "objectType"] {
            case nil:
                checker.report(
                    .required,
                    LocalizedText(
                        english: "a StatementRef must have objectType \"StatementRef\"",
                        french: "une StatementRef doit avoir objectType « StatementRef »"
                    )
                )
            case .string("StatementRef"), .null:
                break
            case .some:
                checker.report(
                    .objectType,
                    at: "objectType",
                    LocalizedText(
                        english: "objectType must be \"StatementRef\"",
                        french: "objectType doit valoir « StatementRef »"
                    )
                )
            }
            checker.checkStatementReference(reference)
        }
    }

    /// Checks a StatementRef's members (the current value).
    private mutating func checkStatementReference(_ reference: JSONObject) {
        let properties = properties(of: reference, as: StatementReferenceProperty.self)
        if let id = required(properties, .id) {
            checkUUID(id, at: "id", Noun("a StatementRef's id", "l'id d'une StatementRef"))
        }
    }
}

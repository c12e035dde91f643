import XAPI

extension SpecChecker {
    static let activityKeys = ["objectType", "id", "definition"]
    static let statementReferenceKeys = ["objectType", "id"]

    /// Checks a statement's object (the current value).
    mutating func checkObject(_ value: JSONValue, inSubStatement: Bool) {
        guard let object = object(value, "object") else { return }
        switch object["objectType"] {
        case nil, .string("Activity"):
            checkActivity(object)
        case .string("Agent"), .string("Group"):
            checkActor(value, position: .object)
        case .string("StatementRef"):
            checkStatementReference(object)
        case .string("SubStatement"):
            if inSubStatement {
                report(.subStatementNested, "a SubStatement's object must not be another SubStatement")
            } else {
                checkSubStatement(object)
            }
        case .string(let other):
            report(
                .objectType,
                at: "objectType",
                "objectType must be one of Activity, Agent, Group, StatementRef, SubStatement; found \"\(other)\""
            )
        case .some(let other):
            if other.isNull {
                report(.null, at: "objectType", "objectType must not be null")
            } else {
                report(.type, at: "objectType", "objectType must be a string, found \(other.typeName)")
            }
        }
    }

    /// Checks an Activity (the current value's object).
    mutating func checkActivity(_ activity: JSONObject) {
        checkMembers(of: activity, allowed: Self.activityKeys, in: "an activity")
        if let id = required(activity, "id", in: "an activity") { checkIRI(id, at: "id", "activity id") }
        if let definition = member(activity, "definition") {
            descend("definition") { $0.checkDefinition(definition) }
        }
    }

    /// Checks the StatementRef at member `key` of the current object.
    mutating func checkStatementReference(_ value: JSONValue, at key: String) {
        descend(key) { checker in
            guard let reference = checker.object(value, key) else { return }
            if reference["objectType"] == nil {
                checker.report(.required, "a StatementRef must have objectType \"StatementRef\"")
            } else if let objectType = reference["objectType"], objectType != .string("StatementRef") {
                checker.report(.objectType, at: "objectType", "objectType must be \"StatementRef\"")
            }
            checker.checkStatementReference(reference)
        }
    }

    /// Checks a StatementRef's members (the current value).
    private mutating func checkStatementReference(_ reference: JSONObject) {
        checkMembers(of: reference, allowed: Self.statementReferenceKeys, in: "a StatementRef")
        if let id = required(reference, "id", in: "a StatementRef") { checkUUID(id, at: "id", "a StatementRef's id") }
    }
}

import XAPI

extension Rule {
    /// A property a SubStatement must not have.
    public static let subStatementProperty = Rule(
        id: "xapi.substatement.property",
        severity: .error,
        spec: "Data 2.4.4.3",
        requirements: ["O9"],
        summary: "A SubStatement has no id, stored, version or authority."
    )

    /// A SubStatement inside a SubStatement.
    public static let subStatementNested = Rule(
        id: "xapi.substatement.nested",
        severity: .error,
        spec: "Data 2.4.4.3",
        requirements: ["O9"],
        summary: "A SubStatement's object is not itself a SubStatement."
    )

    /// A voiding statement whose object is not a StatementRef.
    public static let voidingObject = Rule(
        id: "xapi.voiding.object",
        severity: .error,
        spec: "Data 2.3.2",
        requirements: ["VO1"],
        summary: "A statement with the verb http://adlnet.gov/expapi/verbs/voided has a StatementRef as object."
    )
}

extension SpecChecker {
    static let statementKeys = [
        "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
        "attachments",
    ]
    static let subStatementForbiddenKeys = ["id", "stored", "version", "authority"]
    /// The SubStatement's own keys plus the forbidden ones, which get their precise rule instead of "unknown".
    static let subStatementKeys =
        ["objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"]
        + subStatementForbiddenKeys
    static let voidedVerb = "http://adlnet.gov/expapi/verbs/voided"

    /// Checks a whole statement (the current value).
    mutating func checkStatement(_ value: JSONValue) {
        guard let statement = object(value, "a statement") else { return }
        checkMembers(of: statement, allowed: Self.statementKeys, in: "a statement")
        if let id = member(statement, "id") { checkUUID(id, at: "id", "id") }
        checkCore(of: statement, in: "a statement")
        if let stored = member(statement, "stored") { checkTimestamp(stored, at: "stored") }
        if let authority = member(statement, "authority") {
            checkActor(authority, at: "authority", position: .authority)
        }
        if let version = member(statement, "version") { checkVersion(version) }
    }

    /// Checks what statements and sub-statements share: actor, verb, object, result, context, timestamp, attachments.
    private mutating func checkCore(of statement: JSONObject, in what: String) {
        if let actor = required(statement, "actor", in: what) { checkActor(actor, at: "actor", position: .actor) }
        let verb = required(statement, "verb", in: what)
        if let verb { checkVerb(verb) }
        let object = required(statement, "object", in: what)
        if let object { descend("object") { $0.checkObject(object, inSubStatement: what != "a statement") } }
        if let result = member(statement, "result") { checkResult(result) }
        if let context = member(statement, "context") { checkContext(context, object: object) }
        if let timestamp = member(statement, "timestamp") { checkTimestamp(timestamp, at: "timestamp") }
        if let attachments = member(statement, "attachments") { checkAttachments(attachments) }
        if verb?["id"]?.stringValue == Self.voidedVerb, let object, object["objectType"]?.stringValue != "StatementRef"
        {
            report(
                .voidingObject,
                at: "object",
                "a voiding statement's object must be a StatementRef to the voided statement"
            )
        }
    }

    /// Checks the SubStatement that is the current value.
    mutating func checkSubStatement(_ subStatement: JSONObject) {
        for key in Self.subStatementForbiddenKeys where subStatement[key] != nil {
            report(.subStatementProperty, at: key, "a SubStatement must not have \(key)")
        }
        checkMembers(of: subStatement, allowed: Self.subStatementKeys, in: "a SubStatement")
        checkCore(of: subStatement, in: "a SubStatement")
    }

    private mutating func checkVersion(_ value: JSONValue) {
        guard let text = string(value, at: "version") else { return }
        guard let parsed = try? Version(text) else {
            report(.version, at: "version", "version must be MAJOR.MINOR[.PATCH], such as \"1.0.3\" or \"2.0.0\"")
            return
        }
        let accepted: Bool
        switch version {
        case .v1_0_3: accepted = parsed.major == 1 && parsed.minor == 0
        case .v2_0_0: accepted = (parsed.major == 1 || parsed.major == 2) && parsed.minor == 0
        }
        if !accepted {
            let allowed = version == .v1_0_3 ? "1.0 or 1.0.x" : "1.0.x or 2.0.x"
            report(.version, at: "version", "xAPI \(version.rawValue) accepts version \(allowed), found \"\(text)\"")
        }
    }
}

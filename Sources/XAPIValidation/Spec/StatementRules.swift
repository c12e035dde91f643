import XAPI

extension Rule {
    /// A property a SubStatement must not have.
    public static let subStatementProperty = Rule(
        id: "xapi.substatement.property",
        severity: .error,
        spec: "Data 2.4.4.3",
        requirements: ["O9"],
        summary: LocalizedText(
            english: "A SubStatement has no id, stored, version or authority.",
            french: "Une SubStatement n'a ni id, ni stored, ni version, ni authority."
        )
    )

    /// A SubStatement inside a SubStatement.
    public static let subStatementNested = Rule(
        id: "xapi.substatement.nested",
        severity: .error,
        spec: "Data 2.4.4.3",
        requirements: ["O9"],
        summary: LocalizedText(
            english: "A SubStatement's object is not itself a SubStatement.",
            french: "L'objet d'une SubStatement n'est pas lui-même une SubStatement."
        )
    )

    /// A voiding statement whose object is not a StatementRef.
    public static let voidingObject = Rule(
        id: "xapi.voiding.object",
        severity: .error,
        spec: "Data 2.3.2",
        requirements: ["VO1"],
        summary: LocalizedText(
            english: "A statement with the verb http://adlnet.gov/expapi/verbs/voided has a StatementRef as object.",
            french: "Une déclaration de verbe http://adlnet.gov/expapi/verbs/voided a une StatementRef pour objet."
        )
    )
}

/// The properties of a statement (Data 2.4).
enum StatementProperty: Int, PropertyName {
    case id, actor, verb, object, result, context, timestamp, stored, authority, version, attachments
    static let jsonNames = caseNames()
    static let kind = Noun("a statement", "une déclaration")
}

/// The properties of a SubStatement (Data 2.4.4.3), with the statement-only ones it must not have.
enum SubStatementProperty: Int, PropertyName {
    case objectType, actor, verb, object, result, context, timestamp, attachments
    case id, stored, version, authority
    static let jsonNames = caseNames()
    static let kind = Noun("a SubStatement", "une SubStatement")
    static let forbidden: [SubStatementProperty] = [.id, .stored, .version, .authority]
}

/// The property names statements and sub-statements share (their enum cases witness these).
protocol StatementCoreProperty: PropertyName {
    static var actor: Self { get }
    static var verb: Self { get }
    static var object: Self { get }
    static var result: Self { get }
    static var context: Self { get }
    static var timestamp: Self { get }
    static var attachments: Self { get }
}

extension StatementProperty: StatementCoreProperty {}
extension SubStatementProperty: StatementCoreProperty {}

/// What statements and sub-statements share.
struct StatementCore {
    let actor: JSONValue?
    let verb: JSONValue?
    let object: JSONValue?
    let result: JSONValue?
    let context: JSONValue?
    let timestamp: JSONValue?
    let attachments: JSONValue?
}

extension SpecChecker {
    static let voidedVerb = "http://adlnet.gov/expapi/verbs/voided"

    /// Checks a whole statement (the current value).
    mutating func checkStatement(_ value: JSONValue) {
        guard let statement = object(value, Noun("a statement", "une déclaration")) else { return }
        let properties = properties(of: statement, as: StatementProperty.self)
        if let id = properties[.id] { checkUUID(id, at: "id", Noun("id", "id")) }
        checkCore(core(of: properties), inSubStatement: false)
        if let stored = properties[.stored] { checkTimestamp(stored, at: "stored") }
        if let authority = properties[.authority] { checkActor(authority, at: "authority", position: .authority) }
        if let version = properties[.version] { checkVersion(version) }
    }

    /// Checks the SubStatement that is the current value.
    mutating func checkSubStatement(_ subStatement: JSONObject) {
        let properties = properties(of: subStatement, as: SubStatementProperty.self)
        for name in SubStatementProperty.forbidden where properties.isWritten(name) {
            report(
                .subStatementProperty,
                at: name.jsonName,
                LocalizedText(
                    english: "a SubStatement must not have \(name.jsonName)",
                    french: "une SubStatement ne doit pas avoir de \(name.jsonName)"
                )
            )
        }
        checkCore(core(of: properties), inSubStatement: true)
    }

    /// Reads what statements and sub-statements share, reporting the required properties that are missing.
    private mutating func core<Name: StatementCoreProperty>(of properties: Properties<Name>) -> StatementCore {
        StatementCore(
            actor: required(properties, .actor),
            verb: required(properties, .verb),
            object: required(properties, .object),
            result: properties[.result],
            context: properties[.context],
            timestamp: properties[.timestamp],
            attachments: properties[.attachments]
        )
    }

    private mutating func checkCore(_ core: StatementCore, inSubStatement: Bool) {
        if let actor = core.actor { checkActor(actor, at: "actor", position: .actor) }
        if let verb = core.verb { checkVerb(verb) }
        if let object = core.object { descend("object") { $0.checkObject(object, inSubStatement: inSubStatement) } }
        if let result = core.result { checkResult(result) }
        if let context = core.context { checkContext(context, object: core.object) }
        // A SubStatement may describe a plan, so its timestamp may lie in the future (Data 2.4.4.3).
        if let timestamp = core.timestamp { checkTimestamp(timestamp, at: "timestamp", mayBeFuture: inSubStatement) }
        if let attachments = core.attachments { checkAttachments(attachments) }
        // Voiding concerns stored statements; a SubStatement only describes one (Data 2.3.2).
        if !inSubStatement, core.verb?[property: "id"]?.stringValue == Self.voidedVerb, let object = core.object,
            object[property: "objectType"]?.stringValue != "StatementRef"
        {
            report(
                .voidingObject,
                at: "object",
                LocalizedText(
                    english: "a voiding statement's object must be a StatementRef to the voided statement",
                    french:
                        "l'objet d'une déclaration d'annulation doit être une StatementRef vers la déclaration annulée"
                )
            )
        }
    }

    private mutating func checkVersion(_ value: JSONValue) {
        guard let text = string(value, at: "version") else { return }
        guard let parsed = try? Version(text) else {
            report(
                .version,
                at: "version",
                LocalizedText(
                    english: "version must be MAJOR.MINOR[.PATCH], such as \"1.0.3\" or \"2.0.0\"",
                    french: "version doit être de la forme MAJEUR.MINEUR[.CORRECTIF], comme « 1.0.3 » ou « 2.0.0 »"
                )
            )
            return
        }
        let accepted: Bool
        switch version {
        case .v1_0_3: accepted = parsed.major == 1 && parsed.minor == 0
        case .v2_0_0: accepted = (parsed.major == 1 || parsed.major == 2) && parsed.minor == 0
        }
        if !accepted {
            let allowed = version == .v1_0_3 ? ("1.0 or 1.0.x", "1.0 ou 1.0.x") : ("1.0.x or 2.0.x", "1.0.x ou 2.0.x")
            report(
                .version,
                at: "version",
                LocalizedText(
                    english: "xAPI \(version.rawValue) accepts version \(allowed.0), found \"\(text)\"",
                    french: "xAPI \(version.rawValue) accepte la version \(allowed.1), et non « \(text) »"
                )
            )
        }
    }
}

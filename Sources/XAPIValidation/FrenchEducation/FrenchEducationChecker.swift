import XAPI

/// Walks one statement with the named checks of the French education profile.
///
/// The statement-level rules (`fr.id`, `fr.timestamp`, `fr.profile`, `fr.platform`, `fr.registration`)
/// concern the statement itself; the rules about agents, activities, language maps, extensions and
/// personal data apply inside a SubStatement too, since a SubStatement is sent and stored with it.
struct FrenchEducationChecker {
    var recorder = FindingRecorder(placeholder: ())

    // MARK: Recording

    /// Records a finding of `rule` at the current path.
    mutating func report(_ rule: Rule, _ english: String, _ french: String) {
        recorder.record(rule, LocalizedText(english: english, french: french))
    }

    /// Records a finding of `rule` at the member `key` of the current value.
    mutating func report(_ rule: Rule, at key: String, _ english: String, _ french: String) {
        recorder.record(rule, at: key, LocalizedText(english: english, french: french))
    }

    /// Records a finding of `rule` at the current path with another severity than the rule's own.
    mutating func report(_ rule: Rule, severity: Severity, _ english: String, _ french: String) {
        recorder.record(
            Finding(
                rule: rule.id,
                severity: severity,
                path: recorder.currentPath,
                message: LocalizedText(english: english, french: french),
                spec: rule.spec
            )
        )
    }

    /// Runs `body` with the path extended by the member `key`.
    mutating func descend(_ key: String, _ body: (inout FrenchEducationChecker) -> Void) {
        recorder.enter(.key(key))
        body(&self)
        recorder.leave()
    }

    /// Runs `body` with the path extended by the element `index`.
    mutating func descend(_ index: Int, _ body: (inout FrenchEducationChecker) -> Void) {
        recorder.enter(.index(index))
        body(&self)
        recorder.leave()
    }

    // MARK: Statements

    /// Checks a whole statement (the current value is its root), read from `text` when it was.
    mutating func checkStatement(_ value: JSONValue, text: StatementText? = nil) {
        guard case .object(let statement) = value else { return }
        if statement[property: "id"] == nil {
            report(
                .frID,
                "the statement has no id: set a UUID when it is made, so that sending it again stores it once",
                "la déclaration n'a pas d'id : fixer un UUID à sa création, pour qu'un nouvel envoi ne la stocke qu'une fois"
            )
        }
        checkTimestamp(statement[property: "timestamp"])
        checkAgents(value)
        let verbID = statement[property: "verb"]?[property: "id"]?.stringValue
        let object = statement[property: "object"]
        checkCore(statement, verbID: verbID)
        checkStatementContext(statement[property: "context"], verbID: verbID, object: object)
        if let object, object[property: "objectType"]?.stringValue == "SubStatement",
            case .object(let subStatement) = object
        {
            descend("object") { checker in
                checker.checkCore(subStatement, verbID: subStatement[property: "verb"]?[property: "id"]?.stringValue)
            }
        }
        // Most statements hold no GAR attribute: a look at the text when there is one, then a scan of the
        // values without paths, and the walk that records them only when one is found.
        let mayHoldGAR = text.map { $0.mayContain(letters: Self.garMarker) } ?? true
        if mayHoldGAR, Self.containsGARAttribute(value) { checkGARAttributes(value) }
    }

    /// The checks that statements and SubStatements share.
    private mutating func checkCore(_ statement: JSONObject, verbID: String?) {
        if let verb = statement[property: "verb"] { descend("verb") { $0.checkVerb(verb) } }
        let object = statement[property: "object"]
        if let object, isActivity(object) {
            descend("object") { $0.checkActivity(object, isObject: true) }
        }
        if let result = statement[property: "result"] {
            descend("result") { $0.checkResult(result, verbID: verbID, object: object) }
        } else if let verbID {
            descend("result") { $0.checkMissingResult(verbID: verbID) }
        }
        if let context = statement[property: "context"] { descend("context") { $0.checkContextContent(context) } }
        if let attachments = statement[property: "attachments"] {
            descend("attachments") { $0.checkAttachments(attachments) }
        }
    }

    /// Whether `object` is an Activity (its `objectType` is `Activity` or absent).
    func isActivity(_ object: JSONValue) -> Bool {
        guard case .object(let members) = object else { return false }
        guard let type = members[property: "objectType"] else { return true }
        return type.stringValue == "Activity"
    }

    private mutating func checkTimestamp(_ value: JSONValue?) {
        guard let value else {
            report(
                .frTimestamp,
                "the statement has no timestamp: write when the experience happened, in UTC, to the millisecond",
                "la déclaration n'a pas de timestamp : indiquer le moment de l'expérience, en UTC, à la milliseconde"
            )
            return
        }
        // A timestamp that is not a string or not ISO 8601 at all is the spec rules' finding.
        guard let text = value.stringValue, !Self.isUTCToTheMillisecond(text), let timestamp = try? Timestamp(text)
        else { return }
        descend("timestamp") { checker in
            if !timestamp.isRFC3339 || !timestamp.hasZone {
                checker.report(
                    .frTimestamp,
                    "timestamp \"\(text)\" is not RFC 3339 with an offset; write it as 2026-03-02T09:15:00.000Z",
                    "le timestamp « \(text) » n'est pas au format RFC 3339 avec décalage ; l'écrire ainsi : 2026-03-02T09:15:00.000Z"
                )
            } else if !timestamp.isUTC || timestamp.fractionDigitCount != 3 {
                checker.report(
                    .frTimestampUTC,
                    "timestamp \"\(text)\" should be in UTC (Z) with milliseconds; an offset reveals where the pupil is",
                    "le timestamp « \(text) » devrait être en UTC (Z) avec les millisecondes ; un décalage révèle où se trouve l'élève"
                )
            }
        }
    }

    /// Whether `text` has the shape the profile asks for, `yyyy-mm-ddThh:mm:ss.sssZ`: then only the spec rules
    /// can have something to say about it, and it need not be parsed again.
    static func isUTCToTheMillisecond(_ text: String) -> Bool {
        var index = 0
        for byte in text.utf8 {
            let expected: UInt8? =
                switch index {
                case 4, 7: UInt8(ascii: "-")
                case 10: UInt8(ascii: "T")
                case 13, 16: UInt8(ascii: ":")
                case 19: UInt8(ascii: ".")
                case 23: UInt8(ascii: "Z")
                default: nil
                }
            let fits = expected.map { byte == $0 } ?? Identifiers.isDigit(byte)
            guard fits else { return false }
            index += 1
        }
        return index == 24
    }

    /// Reads `value` as an array of elements, or as one element when it is a single object (context activities).
    static func elements(_ value: JSONValue) -> [JSONValue]? {
        switch value {
        case .array(let elements): return elements
        case .object: return [value]
        default: return nil
        }
    }
}

import XAPI

/// Pseudonymizes a statement's JSON text while reading it: what the policy keeps is copied as written, each
/// agent is written in its pseudonymous form, and no tree is built.
///
/// It writes exactly what parsing, ``Pseudonymizer/pseudonymize(_:)-(JSONValue)`` and ``JSONWriter`` write, for
/// the statements it takes. Anything else (a statement to refuse, a text that is not JSON, members in an order
/// it does not follow, a value it would have to look at twice) makes it stop, and the caller takes the tree's
/// way, which gives the same output or the precise error. It follows the same walk as
/// `Pseudonymizer+Statement.swift`; the differential tests hold the two together.
struct StatementTextRewriter: ~Copyable {
    typealias Stop = JSONCursor.Stop

    let pseudonymizer: Pseudonymizer
    var cursor: JSONCursor
    /// What is written, appended to the caller's array in one copy once the whole statement is.
    var output: JSONWriter.ByteSink

    init(_ bytes: UnsafeBufferPointer<UInt8>, with pseudonymizer: Pseudonymizer) {
        self.pseudonymizer = pseudonymizer
        self.cursor = JSONCursor(bytes)
        // Statements shrink as they are pseudonymized, but for a few short ones with many agents.
        self.output = JSONWriter.ByteSink(capacity: bytes.count + 256)
    }

    var policy: PseudonymizationPolicy { pseudonymizer.policy }

    /// Rewrites the whole text.
    mutating func rewrite() throws(Stop) {
        try rewriteStatement(isSubStatement: false)
        try cursor.finish()
    }

    /// Rewrites the whole text and appends it to `array`; appends nothing when it stops.
    consuming func rewrite(appendingTo array: inout [UInt8]) throws(Stop) {
        try rewrite()
        output.withBytes { array.append(contentsOf: $0) }
    }

    /// A statement or SubStatement object (xAPI Data 2.4), as `rewriteStatement(_:at:isSubStatement:agentFailure:)`.
    mutating func rewriteStatement(isSubStatement: Bool) throws(Stop) {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        // The result's response is kept or dropped by the interaction type of the object, read before it.
        var object: (isRead: Bool, interactionType: String?) = (false, nil)
        // Names are compared in the order statements are usually written: each case passed costs a comparison.
        while let name = try cursor.nextMember() {
            switch name.key {
            case "id" where !isSubStatement:
                writeName(name, isFirst: &isFirst)
                try copyIdentifier()
            case "actor":
                writeName(name, isFirst: &isFirst)
                try rewriteAgent()
            case "verb":
                writeName(name, isFirst: &isFirst)
                try copyObject(allowing: { $0 == "id" || $0 == "display" })
            case "object":
                writeName(name, isFirst: &isFirst)
                object = (true, try rewriteObject())
            case "result":
                guard object.isRead else { throw Stop() }
                writeName(name, isFirst: &isFirst)
                try rewriteResult(interactionType: object.interactionType)
            case "context":
                writeName(name, isFirst: &isFirst)
                try rewriteContext()
            case "timestamp":
                writeName(name, isFirst: &isFirst)
                try rewriteTimestamp()
            case "objectType" where isSubStatement, "version" where !isSubStatement:
                writeName(name, isFirst: &isFirst)
                try copyValue()
            case "stored" where !isSubStatement, "authority" where !isSubStatement:
                _ = try cursor.skimValue()
            case "attachments":
                if policy.keepsAttachments {
                    writeName(name, isFirst: &isFirst)
                    try copyValue()
                } else {
                    _ = try cursor.skimValue()
                }
            default:
                throw Stop()
            }
        }
        if !isSubStatement, case .replace(let authority) = policy.authority {
            if !isFirst { output.append(UInt8(ascii: ",")) }
            output.append(utf8: #""authority":"#)
            output.write(authority)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The object of a statement by its `objectType`; returns the interaction type of an activity.
    ///
    /// Most objects are activities, often written without `objectType`: the object is read as one, and read
    /// again by its `objectType` only when it turns out to be something else.
    private mutating func rewriteObject() throws(Stop) -> String? {
        let start = cursor.mark()
        let written = output.count
        if let activity = try rewriteActivity(givingUpOnOtherObjects: true) { return activity.interactionType }
        cursor.rewind(to: start)
        output.truncate(to: written)
        switch try objectType() {
        case "Agent", "Group":
            try rewriteAgent()
        case "StatementRef":
            try rewriteStatementReference()
        case "SubStatement":
            try rewriteStatement(isSubStatement: true)
        default:
            // An activity with a member no activity has, or an unknown objectType: the tree's error.
            throw Stop()
        }
        return nil
    }

    /// The `objectType` of the object at the cursor, read ahead; the cursor stays where it is.
    private mutating func objectType() throws(Stop) -> String? {
        let start = cursor.mark()
        defer { cursor.rewind(to: start) }
        try cursor.enterObject()
        while let name = try cursor.nextMember() {
            if name.key == "objectType" { return try cursor.readString().text }
            _ = try cursor.skimValue()
        }
        return nil
    }

    /// What an activity read gives the rest of its statement.
    struct RewrittenActivity {
        /// The definition's `interactionType`, when it is a string.
        let interactionType: String?
    }

    /// An activity (Data 2.4.4.1) with its definition's extensions filtered.
    ///
    /// With `givingUpOnOtherObjects` (a statement's object, which may be something else), it returns nil,
    /// part-way through, at an `objectType` other than Activity or a member no activity has.
    @discardableResult
    mutating func rewriteActivity(givingUpOnOtherObjects: Bool = false) throws(Stop) -> RewrittenActivity? {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        var interactionType: String?
        while let name = try cursor.nextMember() {
            switch name.key {
            case "id":
                writeName(name, isFirst: &isFirst)
                try copyValue()
            case "objectType" where givingUpOnOtherObjects:
                let (type, span) = try cursor.readString()
                guard type == "Activity" else { return nil }
                writeName(name, isFirst: &isFirst)
                try write(span)
            case "objectType":
                writeName(name, isFirst: &isFirst)
                try copyValue()
            case "definition":
                writeName(name, isFirst: &isFirst)
                interactionType = try rewriteDefinition()
            default:
                if givingUpOnOtherObjects { return nil }
                throw Stop()
            }
        }
        output.append(UInt8(ascii: "}"))
        return RewrittenActivity(interactionType: interactionType)
    }

    /// An activity definition with its extensions filtered; returns its interaction type when it is a string.
    private mutating func rewriteDefinition() throws(Stop) -> String? {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        var interactionType: String?
        while let name = try cursor.nextMember() {
            switch name.key {
            case "name", "description", "type", "moreInfo", "correctResponsesPattern", "choices", "scale", "source",
                "target", "steps":
                writeName(name, isFirst: &isFirst)
                try copyValue()
            case "interactionType":
                writeName(name, isFirst: &isFirst)
                if cursor.nextByte == UInt8(ascii: "\"") {
                    let (text, span) = try cursor.readString()
                    interactionType = text
                    try write(span)
                } else {
                    try copyValue()
                }
            case "extensions":
                try filterExtensions(name, isFirst: &isFirst)
            default:
                throw Stop()
            }
        }
        output.append(UInt8(ascii: "}"))
        return interactionType
    }

    /// A statement reference (Data 2.4.4.3), its id re-mapped when the policy says so.
    mutating func rewriteStatementReference() throws(Stop) {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        while let name = try cursor.nextMember() {
            writeName(name, isFirst: &isFirst)
            switch name.key {
            case "objectType": try copyValue()
            case "id": try copyIdentifier()
            default: throw Stop()
            }
        }
        output.append(UInt8(ascii: "}"))
    }

    /// A result (Data 2.4.5): free-text responses and extensions as the policy says.
    private mutating func rewriteResult(interactionType: String?) throws(Stop) {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        while let name = try cursor.nextMember() {
            switch name.key {
            case "score":
                writeName(name, isFirst: &isFirst)
                try copyObject(allowing: { $0 == "scaled" || $0 == "raw" || $0 == "min" || $0 == "max" })
            case "success", "completion", "duration":
                writeName(name, isFirst: &isFirst)
                try copyValue()
            case "response":
                let isFixedChoice = interactionType.map(PseudonymizationPolicy.fixedChoiceInteractionTypes.contains)
                if isFixedChoice == true || policy.freeTextResponses == .keep {
                    writeName(name, isFirst: &isFirst)
                    try copyValue()
                } else {
                    _ = try cursor.skimValue()
                }
            case "extensions":
                try filterExtensions(name, isFirst: &isFirst)
            default:
                throw Stop()
            }
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The timestamp in UTC, truncated as the policy says, or as written when it already is.
    private mutating func rewriteTimestamp() throws(Stop) {
        let (text, span) = try cursor.readString()
        let normalized: JSONValue?
        do {
            normalized = try pseudonymizer.normalizedTimestamp(.string(text), at: { .root })
        } catch {
            throw Stop()
        }
        if let normalized {
            output.write(normalized)
        } else {
            try write(span)
        }
    }
}

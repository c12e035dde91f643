public import Foundation
public import XAPI

extension PseudonymizationPolicy {
    /// The keys a policy document may have; any other is an error, so that a misspelt key cannot silently
    /// leave a default in force.
    public static let documentKeys = [
        "freeTextResponses", "allowedExtensions", "attachments", "truncateTimestamps", "authority",
        "remapIdentifiers",
    ]

    /// Reads a policy from its JSON document; a missing key keeps its default.
    ///
    /// ```json
    /// {
    ///   "freeTextResponses": "drop",
    ///   "allowedExtensions": ["https://edutraces.org/xapi/extensions/school-uai"],
    ///   "attachments": "drop",
    ///   "truncateTimestamps": "hour",
    ///   "authority": {"objectType": "Agent", "account": {"homePage": "https://acme.example", "name": "export"}},
    ///   "remapIdentifiers": false
    /// }
    /// ```
    ///
    /// `allowedExtensions` replaces the default list (write the defaults again to add to them);
    /// `truncateTimestamps` is `"none"`, `"minute"`, `"hour"` or `"day"`; `authority` is `"drop"` or an agent.
    ///
    /// - Throws: `pseudonym.policy.unknown-key` for a key not in ``documentKeys``, `pseudonym.policy.value`
    ///   for a value of the wrong type or outside its choices, each with a JSON Pointer into the document.
    public init(json: JSONValue) throws(PseudonymizationError) {
        guard case .object(let document) = json else {
            throw Self.invalid(.root, "a policy is a JSON object")
        }
        self.init()
        for member in document {
            let path = JSONPointer.root.appending(member.key)
            switch member.key {
            case "freeTextResponses":
                freeTextResponses = try Self.choice(member.value, at: path)
            case "attachments":
                keepsAttachments = try Self.choice(member.value, at: path) as Disposition == .keep
            case "allowedExtensions":
                allowedExtensions = try Self.iris(member.value, at: path)
            case "truncateTimestamps":
                guard member.value.stringValue != "none" else {
                    timestampTruncation = nil
                    continue
                }
                timestampTruncation = try Self.choice(member.value, at: path, also: ["none"])
            case "authority":
                authority = try Self.authority(member.value, at: path)
            case "remapIdentifiers":
                guard let flag = member.value.boolValue else { throw Self.invalid(path, "expected true or false") }
                remapsIdentifiers = flag
            default:
                throw PseudonymizationError(
                    rule: "pseudonym.policy.unknown-key",
                    path: path,
                    message: "a policy has no key \"\(member.key)\"; the keys are "
                        + Self.documentKeys.joined(separator: ", ")
                )
            }
        }
    }

    /// Reads a policy from a JSON file.
    ///
    /// - Throws: `pseudonym.policy.file` when the file cannot be read or is not JSON, and the errors of
    ///   ``init(json:)``.
    public init(contentsOf url: URL) throws(PseudonymizationError) {
        let value: JSONValue
        do {
            value = try JSONParser().parse(Array(try Data(contentsOf: url)))
        } catch let error as JSONSyntaxError {
            throw PseudonymizationError(
                rule: "pseudonym.policy.file",
                path: .root,
                message: "the policy file \(url.path) is not JSON: \(error.description)"
            )
        } catch {
            throw PseudonymizationError(
                rule: "pseudonym.policy.file",
                path: .root,
                message: "cannot read the policy file \(url.path)"
            )
        }
        try self.init(json: value)
    }

    /// The policy as a document that ``init(json:)`` reads back; extensions sorted, so the text is stable.
    public var json: JSONValue {
        let authorityValue: JSONValue
        switch authority {
        case .drop: authorityValue = "drop"
        case .replace(let agent): authorityValue = agent
        }
        return [
            "freeTextResponses": .string(freeTextResponses.rawValue),
            "allowedExtensions": .array(allowedExtensions.sorted().map(JSONValue.string)),
            "attachments": .string(keepsAttachments ? "keep" : "drop"),
            "truncateTimestamps": .string(timestampTruncation?.rawValue ?? "none"),
            "authority": authorityValue,
            "remapIdentifiers": .bool(remapsIdentifiers),
        ]
    }

    private static func invalid(_ path: JSONPointer, _ message: String) -> PseudonymizationError {
        PseudonymizationError(rule: "pseudonym.policy.value", path: path, message: message)
    }

    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ value: JSONValue,
        at path: JSONPointer,
        also extra: [String] = []
    ) throws(PseudonymizationError) -> Choice where Choice.RawValue == String {
        guard let text = value.stringValue, let choice = Choice(rawValue: text) else {
            let choices = (extra + Choice.allCases.map(\.rawValue)).map { "\"\($0)\"" }
            throw invalid(path, "expected one of " + choices.joined(separator: ", "))
        }
        return choice
    }

    private static func iris(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> Set<String> {
        guard case .array(let elements) = value else { throw invalid(path, "expected an array of extension IRIs") }
        var iris: Set<String> = []
        for (index, element) in elements.enumerated() {
            guard let text = element.stringValue, (try? IRI(text)) != nil else {
                throw invalid(path.appending(index), "expected an absolute IRI")
            }
            iris.insert(text)
        }
        return iris
    }

    private static func authority(_ value: JSONValue, at path: JSONPointer) throws(PseudonymizationError) -> Authority {
        if value.stringValue == "drop" { return .drop }
        guard case .object(let agent) = value else {
            throw invalid(path, "expected \"drop\" or an agent object")
        }
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { agent[$0] != nil }
        guard identifiers.count == 1 else {
            throw invalid(path, "the authority agent needs exactly one identifier, it has \(identifiers.count)")
        }
        return .replace(value)
    }
}

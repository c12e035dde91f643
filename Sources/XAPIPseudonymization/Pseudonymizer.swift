public import XAPI

/// Replaces every person and group of a statement with a keyed, scoped pseudonym, and applies a policy to
/// the rest: fail closed, so that anything it cannot interpret is refused, never passed through.
///
/// Each agent becomes `{"objectType":"Agent","account":{"homePage":"<base>/<scope>/k<key id>","name":"<pseudonym>"}}`
/// (an identified Group keeps `"objectType":"Group"`; an anonymous Group is pseudonymized member by member),
/// in every position: `actor`, `object`, `context.instructor`, `context.team`, `context.contextAgents` and
/// `context.contextGroups` (xAPI 2.0), group members, and the same inside a SubStatement. The pseudonym is
/// algorithm v1 of the "Pseudonymizing for research" guide: anyone holding the key can recompute it from an
/// identifier, nobody else can.
///
/// ```swift
/// let key = try PseudonymizationKey(contentsOfHexFile: keyFile, id: "2026a")
/// let pseudonymizer = try Pseudonymizer(
///     key: key,
///     scope: Scope("acme/maths-5e/research/2026"),
///     homePageBase: "https://pseudonyms.acme.example"
/// )
/// let shared = try pseudonymizer.pseudonymize(statement)
/// ```
///
/// A `Pseudonymizer` is a value: share it across tasks freely. It is a `StatementStage` (module XAPI), so the uploader
/// can pseudonymize before it persists anything. Its `description` names the scope and key id, never the key.
public struct Pseudonymizer: StatementStage, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The pseudonymization domain.
    public let scope: Scope
    /// The id of the master key.
    public let keyID: String
    /// The `homePage` of every pseudonymous account: `<base>/<scope>/k<key id>`.
    public let homePage: String
    /// What is kept, dropped and rewritten besides agents.
    public let policy: PseudonymizationPolicy
    /// The scope key and the algorithm; never printed.
    let derivation: PseudonymDerivation
    /// `homePage` as a JSON string, written once for every agent of every statement.
    let homePageJSON: [UInt8]

    /// Creates a pseudonymizer for one scope.
    ///
    /// - Parameters:
    ///   - key: The master key and its id.
    ///   - scope: The pseudonymization domain.
    ///   - homePageBase: An absolute `https` IRI with no query, fragment, user information or trailing `/`,
    ///     such as `https://pseudonyms.acme.example`; the scope and key id are appended to it.
    ///   - policy: What to keep and drop besides agents.
    /// - Throws: `pseudonym.home-page` when `homePageBase` is not such an IRI.
    public init(
        key: PseudonymizationKey,
        scope: Scope,
        homePageBase: String,
        policy: PseudonymizationPolicy = PseudonymizationPolicy()
    ) throws(PseudonymizationError) {
        let homePage = homePageBase + "/" + scope.text + "/k" + key.id
        guard Self.isPlainHTTPS(homePageBase), (try? IRI(homePage)) != nil else {
            throw PseudonymizationError(
                rule: "pseudonym.home-page",
                path: .root,
                message: "the base of pseudonymous home pages must be an absolute https IRI with a host and "
                    + "no user information, query, fragment or trailing '/', such as https://pseudonyms.example.org"
            )
        }
        self.scope = scope
        self.keyID = key.id
        self.homePage = homePage
        self.homePageJSON = JSONWriter.bytes(from: .string(homePage))
        self.policy = policy
        self.derivation = PseudonymDerivation(key: key, scope: scope)
    }

    /// Returns the pseudonymized statement, or throws why it cannot be pseudonymized.
    ///
    /// - Throws: ``PseudonymizationError`` with a rule id, the JSON Pointer of the offending value and a
    ///   message that does not repeat it.
    public func pseudonymize(_ statement: consuming JSONValue) throws(PseudonymizationError) -> JSONValue {
        guard case .object(var object) = statement else {
            throw PseudonymizationError(
                rule: "pseudonym.statement.type",
                path: .root,
                message: "a statement must be a JSON object, this is a \(statement.typeName)"
            )
        }
        // Given up by the caller (a freshly parsed statement), the tree is now held once and edited in place.
        statement = .null
        var agentFailure: PseudonymizationError?
        try rewriteStatement(&object, at: { .root }, isSubStatement: false, agentFailure: &agentFailure)
        if let agentFailure { throw agentFailure }
        if case .replace(let authority) = policy.authority {
            object["authority"] = authority
        }
        return .object(object)
    }

    /// Returns the pseudonymized typed statement.
    ///
    /// - Throws: the errors of `pseudonymize(_:)` on a JSON value, and `pseudonym.statement.model` if the result no
    ///   longer decodes as a statement.
    public func pseudonymize(_ statement: Statement) throws(PseudonymizationError) -> Statement {
        let pseudonymized = try pseudonymize(statement.json)
        do {
            return try Statement(json: pseudonymized)
        } catch {
            throw PseudonymizationError(
                rule: "pseudonym.statement.model",
                path: error.path,
                message: "the pseudonymized statement is not a valid statement model"
            )
        }
    }

    /// The pseudonymous agent that stands for one agent or identified group, as in a statement.
    ///
    /// ```swift
    /// try pseudonymizer.pseudonymousAgent(["account": ["homePage": "https://gar.education.fr", "name": "IDO-0001"]])
    /// // {"objectType":"Agent","account":{"homePage":"https://…/acme/maths-5e/research/2026/k2026a","name":"…"}}
    /// ```
    ///
    /// - Throws: the agent errors of `pseudonymize(_:)` on a JSON value, with pointers from the agent.
    public func pseudonymousAgent(_ agent: JSONValue) throws(PseudonymizationError) -> JSONValue {
        try pseudonymousAgentWithMembers(agent, at: { .root })
    }

    /// An agent or group with its members (and theirs) pseudonymized first, as in a statement.
    func pseudonymousAgentWithMembers(
        _ agent: JSONValue,
        at path: () -> JSONPointer
    ) throws(PseudonymizationError) -> JSONValue {
        guard case .object(var object) = agent, let index = object.index(forKey: "member"),
            case .array(var members) = object.members[index].value
        else {
            return try pseudonymousAgent(agent, at: path)
        }
        for position in members.indices {
            members[position] = try pseudonymousAgentWithMembers(
                members[position],
                at: { path().appending("member").appending(position) }
            )
        }
        object.replaceValue(at: index, with: .array(members))
        return try pseudonymousAgent(.object(object), at: path)
    }

    /// The pseudonym of one identifier: the `account.name` of its pseudonymous agent.
    ///
    /// ```swift
    /// let account = Account(homePage: try IRI("https://gar.education.fr"), name: "IDO-0001")
    /// pseudonymizer.pseudonym(for: .account(account))  // 32 characters of lower-case base 32
    /// ```
    public func pseudonym(for identifier: InverseFunctionalIdentifier) -> String {
        derivation.pseudonym(of: identifier)
    }

    /// Pseudonymizes a statement for the uploader, its error given as the stage's rejection.
    ///
    /// ```swift
    /// configuration.stages = [pseudonymizer]  // an Uploader.Configuration
    /// ```
    public func process(_ statement: JSONValue) throws(StatementRejection) -> JSONValue {
        do {
            return try pseudonymize(statement)
        } catch {
            throw error.rejection
        }
    }

    /// The scope and key id; the key is redacted.
    public var description: String {
        "Pseudonymizer(scope: \(scope.text), key id: \(keyID), key: <redacted>)"
    }

    /// The scope and key id; the key is redacted.
    public var debugDescription: String { description }

    /// A mirror without the scope key, so that `dump` and debuggers cannot print it.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: ["scope": scope, "keyID": keyID, "homePage": homePage, "policy": policy, "key": "<redacted>"],
            displayStyle: .struct
        )
    }

    /// Whether `text` is `https://host[:port][/path]` with no user information, query, fragment or final `/`.
    private static func isPlainHTTPS(_ text: String) -> Bool {
        guard text.hasPrefix("https://"), !text.hasSuffix("/") else { return false }
        let rest = text.dropFirst("https://".count)
        let authority = rest.prefix { $0 != "/" }
        return !authority.isEmpty && !authority.contains("@") && !text.contains("?") && !text.contains("#")
    }
}

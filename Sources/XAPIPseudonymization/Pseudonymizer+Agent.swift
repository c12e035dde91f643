import Digest
import XAPI

extension Pseudonymizer {
    /// The pseudonymous form of one agent or group found at `path`, whose members are already pseudonymous.
    ///
    /// The output is built from nothing but the pseudonym and the members, so that no property of the input
    /// (a name, a second identifier) can survive by accident.
    func pseudonymousAgent(_ value: JSONValue, at path: () -> JSONPointer) throws(PseudonymizationError) -> JSONValue {
        guard case .object(let agent) = value else {
            throw PseudonymizationError(
                rule: "pseudonym.agent.type",
                path: path(),
                message: "an agent or group must be a JSON object, this is a \(value.typeName)"
            )
        }
        let isGroup: Bool
        switch agent["objectType"] {
        case nil, "Agent": isGroup = false
        case "Group": isGroup = true
        default:
            throw PseudonymizationError(
                rule: "pseudonym.agent.object-type",
                path: path().appending("objectType"),
                message: "an agent's objectType must be \"Agent\" or \"Group\""
            )
        }
        // One pass over the members: the properties of xAPI Data 2.4.2 only, and the identifiers found.
        var identifierCount = 0
        var identifierIndex = 0
        for (index, member) in agent.members.enumerated() {
            switch member.key {
            case "mbox", "mbox_sha1sum", "openid", "account":
                identifierCount += 1
                identifierIndex = index
            case "objectType", "name":
                continue
            case "member" where isGroup:
                continue
            default:
                throw PseudonymizationError(
                    rule: "pseudonym.agent.property",
                    path: path().appending(member.key),
                    message: "\(isGroup ? "a Group" : "an Agent") has no property \"\(member.key)\" (xAPI Data 2.4.2)"
                )
            }
        }
        let members = try isGroup ? self.members(of: agent, at: path) : nil
        if isGroup, identifierCount == 0, let members {
            return ["objectType": "Group", "member": .array(members)]
        }
        guard identifierCount == 1 else {
            let kind = isGroup ? "an identified Group" : "an Agent"
            throw PseudonymizationError(
                rule: "pseudonym.agent.identifier",
                path: path(),
                message: "\(kind) needs exactly one identifier (mbox, mbox_sha1sum, openid or account), "
                    + "it has \(identifierCount)"
                    + (isGroup && identifierCount == 0 ? " and no members" : "")
            )
        }
        let identifier = agent.members[identifierIndex]
        let name = try pseudonym(of: identifier.value, key: identifier.key, in: path)
        // Built member by member: the keys are distinct, and a literal would look each one up as it adds it.
        let account = JSONObject(uniqueMembers: [
            JSONObject.Member(key: "homePage", value: .string(homePage)),
            JSONObject.Member(key: "name", value: .string(name)),
        ])
        var output = JSONObject(uniqueMembers: [
            JSONObject.Member(key: "objectType", value: isGroup ? "Group" : "Agent"),
            JSONObject.Member(key: "account", value: .object(account)),
        ])
        if let members { output["member"] = .array(members) }
        return .object(output)
    }

    /// The members of a Group, which the walk has already pseudonymized; an anonymous Group must have some.
    private func members(of group: JSONObject, at path: () -> JSONPointer) throws(PseudonymizationError) -> [JSONValue]?
    {
        guard let value = group["member"] else { return nil }
        guard case .array(let members) = value, !members.isEmpty || group["account"] != nil else {
            throw PseudonymizationError(
                rule: "pseudonym.group.member",
                path: path().appending("member"),
                message: "a Group's member must be a non-empty array of agents"
            )
        }
        return members
    }

    /// What an identifier's value holds, read from a tree or from text: the string of an `mbox`,
    /// `mbox_sha1sum` or `openid`, or the home page and name of an `account` with exactly those two members.
    enum IdentifierValue {
        case text(String)
        case account(homePage: String, name: String)

        /// The value of the identifier `key` in a tree; nil when it has none of these shapes.
        init?(_ value: JSONValue, key: String) {
            if key == "account" {
                guard case .object(let account) = value, account.count == 2,
                    let homePage = account["homePage"]?.stringValue, let name = account["name"]?.stringValue
                else { return nil }
                self = .account(homePage: homePage, name: name)
            } else {
                guard let text = value.stringValue else { return nil }
                self = .text(text)
            }
        }
    }

    /// The pseudonym of the identifier `key` of the agent at `agentPath`, or the name of an account that is
    /// already a pseudonym of this scope and key, which is kept as it is.
    func pseudonym(
        of value: JSONValue,
        key: String,
        in agentPath: () -> JSONPointer
    ) throws(PseudonymizationError) -> String {
        try pseudonym(of: IdentifierValue(value, key: key), key: key, in: agentPath)
    }

    /// The pseudonym of the identifier `key`, whose value is `value` (nil when it has the wrong shape).
    func pseudonym(
        of value: IdentifierValue?,
        key: String,
        in agentPath: () -> JSONPointer
    ) throws(PseudonymizationError) -> String {
        // Built only for an error: this runs for every agent of every statement.
        var path: JSONPointer { agentPath().appending(key) }
        func refuse(_ rule: String, _ message: String) -> PseudonymizationError {
            PseudonymizationError(rule: rule, path: path, message: message)
        }
        let identifier: InverseFunctionalIdentifier
        switch (key, value) {
        case ("mbox", .text(let text)?) where IdentifierSyntax.mailboxProblem(text) == nil:
            guard let iri = try? IRI(text) else { fallthrough }
            identifier = .mbox(iri)
        case ("mbox", _):
            throw refuse("pseudonym.agent.mbox", "an mbox must be a mailto: IRI of one e-mail address")
        case ("mbox_sha1sum", .text(let text)?) where Hex.isHexadecimal(text, length: 40):
            identifier = .mboxSHA1Sum(text)
        case ("mbox_sha1sum", _):
            throw refuse("pseudonym.agent.mbox-sha1sum", "an mbox_sha1sum must be 40 hexadecimal digits")
        case ("openid", .text(let text)?):
            guard let iri = try? IRI(text) else { fallthrough }
            identifier = .openID(iri)
        case ("openid", _):
            throw refuse("pseudonym.agent.openid", "an openid must be an absolute URI")
        case (_, .account(let homePageText, let name)?) where !name.isEmpty:
            guard let homePageIRI = try? IRI(homePageText) else { fallthrough }
            if homePageIRI.text == homePage {
                guard IdentifierSyntax.isPseudonym(name) else {
                    throw refuse(
                        "pseudonym.agent.pseudonym",
                        "an account on this scope's pseudonymous home page must have a pseudonym as its name"
                    )
                }
                return name
            }
            identifier = .account(Account(homePage: homePageIRI, name: name))
        default:
            throw refuse("pseudonym.agent.account", "an account must have exactly a homePage IRI and a non-empty name")
        }
        return derivation.pseudonym(of: identifier)
    }
}

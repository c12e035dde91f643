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

    /// The pseudonym of the identifier `key` of the agent at `agentPath`, or the name of an account that is
    /// already a pseudonym of this scope and key, which is kept as it is.
    func pseudonym(
        of value: JSONValue,
        key: String,
        in agentPath: () -> JSONPointer
    ) throws(PseudonymizationError) -> String {
        // Built only for an error: this runs for every agent of every statement.
        var path: JSONPointer { agentPath().appending(key) }
        func refuse(_ rule: String, _ message: String) -> PseudonymizationError {
            PseudonymizationError(rule: rule, path: path, message: message)
        }
        let identifier: InverseFunctionalIdentifier
        switch key {
        case "mbox":
            guard let text = value.stringValue, IdentifierSyntax.mailboxProblem(text) == nil,
                let iri = try? IRI(text)
            else { throw refuse("pseudonym.agent.mbox", "an mbox must be a mailto: IRI of one e-mail address") }
            identifier = .mbox(iri)
        case "mbox_sha1sum":
            guard let text = value.stringValue, Hex.isHexadecimal(text, length: 40) else {
                throw refuse("pseudonym.agent.mbox-sha1sum", "an mbox_sha1sum must be 40 hexadecimal digits")
            }
            identifier = .mboxSHA1Sum(text)
        case "openid":
            guard let text = value.stringValue, let iri = try? IRI(text) else {
                throw refuse("pseudonym.agent.openid", "an openid must be an absolute URI")
            }
            identifier = .openID(iri)
        default:
            let account = try self.account(value) { path }
            if account.homePage.text == homePage {
                guard IdentifierSyntax.isPseudonym(account.name) else {
                    throw refuse(
                        "pseudonym.agent.pseudonym",
                        "an account on this scope's pseudonymous home page must have a pseudonym as its name"
                    )
                }
                return account.name
            }
            identifier = .account(account)
        }
        return derivation.pseudonym(of: identifier)
    }

    /// An account with exactly a `homePage` IRI and a non-empty `name` (xAPI Data 2.4.2.4).
    private func account(_ value: JSONValue, at path: () -> JSONPointer) throws(PseudonymizationError) -> Account {
        guard case .object(let account) = value,
            account.count == 2,
            let homePageText = account["homePage"]?.stringValue,
            let name = account["name"]?.stringValue,
            !name.isEmpty,
            let homePage = try? IRI(homePageText)
        else {
            throw PseudonymizationError(
                rule: "pseudonym.agent.account",
                path: path(),
                message: "an account must have exactly a homePage IRI and a non-empty name"
            )
        }
        return Account(homePage: homePage, name: name)
    }
}

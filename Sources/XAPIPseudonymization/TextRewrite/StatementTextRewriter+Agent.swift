import XAPI

/// Agents and groups (xAPI Data 2.4.2), as `Pseudonymizer+Agent.swift` pseudonymizes them.
extension StatementTextRewriter {
    /// Writes the pseudonymous form of the agent or group at the cursor.
    ///
    /// An agent or an identified group without members is read here; a group with members goes through the
    /// tree's code, which pseudonymizes them first.
    mutating func rewriteAgent() throws(Stop) {
        let start = cursor.mark()
        if let agent = try readAgentWithoutMembers() {
            output.append(utf8: (agent.isGroup ? #"{"objectType":"Group","# : #"{"objectType":"Agent","#))
            output.append(utf8: #""account":{"homePage":"#)
            pseudonymizer.homePageJSON.withUnsafeBufferPointer { output.append($0) }
            output.append(utf8: #","name":""#)
            // A pseudonym is 32 characters of the base 32 alphabet: nothing to escape.
            output.append(utf8: agent.pseudonym)
            output.append(utf8: #""}}"#)
            return
        }
        cursor.rewind(to: start)
        let span = try cursor.skimValue()
        do {
            let agent = try JSONParser().parse(UnsafeBufferPointer(rebasing: cursor.bytes[span.range]))
            output.write(try pseudonymizer.pseudonymousAgentWithMembers(agent, at: { .root }))
        } catch {
            throw Stop()
        }
    }

    /// Reads an agent or identified group and returns its pseudonym; nil at a `member`, with the cursor left
    /// inside the object.
    private mutating func readAgentWithoutMembers() throws(Stop) -> (isGroup: Bool, pseudonym: String)? {
        try cursor.enterObject()
        var isGroup = false
        var identifier: (key: String, value: Pseudonymizer.IdentifierValue)?
        var identifierCount = 0
        while let name = try cursor.nextMember() {
            switch name.key {
            case "objectType":
                switch try cursor.readString().text {
                case "Agent": isGroup = false
                case "Group": isGroup = true
                default: throw Stop()
                }
            case "account":
                identifierCount += 1
                identifier = (name.key, try readAccount())
            case "mbox", "mbox_sha1sum", "openid":
                identifierCount += 1
                identifier = (name.key, .text(try cursor.readString().text))
            case "name":
                _ = try cursor.skimValue()
            case "member":
                return nil
            default:
                throw Stop()
            }
        }
        guard identifierCount == 1, let identifier,
            let pseudonym = try? pseudonymizer.pseudonym(of: identifier.value, key: identifier.key, in: { .root })
        else { throw Stop() }
        return (isGroup, pseudonym)
    }

    /// An account with exactly a `homePage` and a `name`, both strings.
    private mutating func readAccount() throws(Stop) -> Pseudonymizer.IdentifierValue {
        try cursor.enterObject()
        var homePage: String?
        var name: String?
        while let member = try cursor.nextMember() {
            switch member.key {
            case "homePage": homePage = try cursor.readString().text
            case "name": name = try cursor.readString().text
            default: throw Stop()
            }
        }
        guard let homePage, let name else { throw Stop() }
        return .account(homePage: homePage, name: name)
    }
}

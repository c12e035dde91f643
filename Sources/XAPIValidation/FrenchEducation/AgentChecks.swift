import XAPI

extension FrenchEducationChecker {
    /// Checks every agent position of the statement (`fr.agent.*`), SubStatements included (xAPI.fr 2).
    mutating func checkAgents(_ statement: JSONValue) {
        AgentPositions.visit(statement) { position, value in
            guard case .object(let agent) = value else { return }
            checkAgent(agent, at: position)
        }
    }

    private mutating func checkAgent(_ agent: JSONObject, at position: AgentPosition) {
        // One pass over the members says what the checks below look up; most agents have an account alone.
        let parts = Self.parts(of: agent)
        guard parts.name || parts.otherIdentifier || !parts.account else {
            if let account = agent[property: "account"] { checkAccount(account, at: position) }
            return
        }
        let isGroup = agent[property: "objectType"]?.stringValue == "Group"
        let what = isGroup ? ("group", "le groupe") : ("agent", "l'agent")
        if agent[property: "name"] != nil {
            record(
                .frAgentName,
                at: position.path.appending("name"),
                "\(what.0) at \(position.role.rawValue) carries a name: leave it out, the account identifies it",
                "\(what.1) en \(position.role.rawValue) porte un name : l'omettre, account suffit à l'identifier"
            )
        }
        var identified = false
        for key in Self.otherIdentifiers where agent[property: key] != nil {
            identified = true
            record(
                .frAgentAccount,
                at: position.path.appending(key),
                "\(what.0) at \(position.role.rawValue) is identified by \(key): identify it by an account with an opaque name",
                "\(what.1) en \(position.role.rawValue) est identifié par \(key) : l'identifier par un account au name opaque"
            )
        }
        guard let account = agent[property: "account"] else {
            // An anonymous Group has no identifier; its members are checked one by one.
            if !identified && !isGroup {
                record(
                    .frAgentAccount,
                    at: position.path,
                    "agent at \(position.role.rawValue) has no account: identify it by an account with an opaque name",
                    "l'agent en \(position.role.rawValue) n'a pas d'account : l'identifier par un account au name opaque"
                )
            }
            return
        }
        checkAccount(account, at: position)
    }

    /// Which members of an agent the checks look for: `name`, another identifier than `account`, `account`.
    private static func parts(of agent: JSONObject) -> (name: Bool, otherIdentifier: Bool, account: Bool) {
        var parts = (name: false, otherIdentifier: false, account: false)
        agent.members.withUnsafeBufferPointer { members in
            for member in members.indices {
                let key = members[member].key
                switch key.utf8.count {
                case 4:
                    if key == "name" { parts.name = true } else if key == "mbox" { parts.otherIdentifier = true }
                case 6 where key == "openid", 12 where key == "mbox_sha1sum": parts.otherIdentifier = true
                case 7 where key == "account": parts.account = true
                default: break
                }
            }
        }
        return parts
    }

    /// Checks an agent's account: its home page and its name.
    private mutating func checkAccount(_ account: JSONValue, at position: AgentPosition) {
        // Pointers are built only for findings: most agents have none.
        if let homePage = account[property: "homePage"]?.stringValue, let problem = Self.homePageProblem(homePage) {
            record(
                .frAgentHomePage,
                at: position.path.appending("account").appending("homePage"),
                "account.homePage \"\(homePage)\" \(problem.0): write the stable https address of the platform, such as https://ent.example.fr",
                "account.homePage « \(homePage) » \(problem.1) : indiquer l'adresse https stable de la plateforme, par exemple https://ent.example.fr"
            )
        }
        if let name = account[property: "name"]?.stringValue, let kind = Self.nameKind(name) {
            record(
                .frAgentOpaque,
                at: position.path.appending("account").appending("name"),
                "account.name \(kind.0): use the SDK's pseudonym (32 base32 characters) or a UUID",
                "account.name \(kind.1) : utiliser le pseudonyme du SDK (32 caractères base32) ou un UUID"
            )
        }
    }

    /// The identifiers other than `account`, which the profile leaves out.
    private static let otherIdentifiers = ["mbox", "mbox_sha1sum", "openid"]

    private mutating func record(_ rule: Rule, at path: JSONPointer, _ english: String, _ french: String) {
        recorder.record(Finding(rule: rule, path: path, message: LocalizedText(english: english, french: french)))
    }

    /// What is wrong with an `account.homePage`, in English and French, or `nil`: it must be an https
    /// address without query, fragment or user info, with a host.
    static func homePageProblem(_ homePage: String) -> (String, String)? {
        if !Identifiers.hasPrefix(homePage, "https://", caseInsensitive: true) {
            return ("is not an https address", "n'est pas une adresse https")
        }
        // One pass after the scheme: a query or fragment anywhere, user info in the authority (up to the first /).
        var hasQueryOrFragment = false
        var hasUserInfo = false
        var authorityLength = 0
        var inAuthority = true
        for byte in homePage.utf8.dropFirst(8) {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"): hasQueryOrFragment = true
            case UInt8(ascii: "/"): inAuthority = false
            case UInt8(ascii: "@") where inAuthority: hasUserInfo = true
            default: break
            }
            if inAuthority { authorityLength += 1 }
        }
        if hasQueryOrFragment { return ("has a query or a fragment", "a une requête ou un fragment") }
        if hasUserInfo { return ("carries user info", "contient des identifiants") }
        if authorityLength == 0 { return ("has no host", "n'a pas d'hôte") }
        return nil
    }

    /// What an `account.name` looks like when it is not opaque, in English and French, or `nil` when it is
    /// a pseudonym of the SDK or a UUID.
    static func nameKind(_ name: String) -> (String, String)? {
        if IdentifierSyntax.isPseudonym(name) || StatementID.isValid(name) { return nil }
        if name.contains("@") {
            return ("looks like an e-mail address", "ressemble à une adresse e-mail")
        } else if Identifiers.isINE(name) {
            return ("looks like an INE (national student number)", "ressemble à un INE (identifiant national élève)")
        } else if name.utf8.contains(where: \.isJSONWhitespace) {  // a space, a tab or a line break
            return ("looks like a login with spaces", "ressemble à un identifiant de connexion avec des espaces")
        } else {
            return ("is not opaque", "n'est pas opaque")
        }
    }
}

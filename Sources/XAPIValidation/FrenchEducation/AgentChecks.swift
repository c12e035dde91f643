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
        let path = position.path
        let isGroup = agent[property: "objectType"]?.stringValue == "Group"
        let what = isGroup ? ("group", "le groupe") : ("agent", "l'agent")
        if agent[property: "name"] != nil {
            record(
                .frAgentName,
                at: path.appending("name"),
                "\(what.0) at \(position.role.rawValue) carries a name: leave it out, the account identifies it",
                "\(what.1) en \(position.role.rawValue) porte un name : l'omettre, account suffit à l'identifier"
            )
        }
        var identified = false
        for key in ["mbox", "mbox_sha1sum", "openid"] where agent[property: key] != nil {
            identified = true
            record(
                .frAgentAccount,
                at: path.appending(key),
                "\(what.0) at \(position.role.rawValue) is identified by \(key): identify it by an account with an opaque name",
                "\(what.1) en \(position.role.rawValue) est identifié par \(key) : l'identifier par un account au name opaque"
            )
        }
        guard let account = agent[property: "account"] else {
            // An anonymous Group has no identifier; its members are checked one by one.
            if !identified && !isGroup {
                record(
                    .frAgentAccount,
                    at: path,
                    "agent at \(position.role.rawValue) has no account: identify it by an account with an opaque name",
                    "l'agent en \(position.role.rawValue) n'a pas d'account : l'identifier par un account au name opaque"
                )
            }
            return
        }
        if let homePage = account[property: "homePage"]?.stringValue {
            checkHomePage(homePage, at: path.appending("account").appending("homePage"))
        }
        if let name = account[property: "name"]?.stringValue {
            checkOpaqueName(name, at: path.appending("account").appending("name"))
        }
    }

    private mutating func record(_ rule: Rule, at path: JSONPointer, _ english: String, _ french: String) {
        recorder.record(Finding(rule: rule, path: path, message: LocalizedText(english: english, french: french)))
    }

    private mutating func checkHomePage(_ homePage: String, at path: JSONPointer) {
        let problem: (String, String)?
        let bytes = homePage.utf8
        let authority = bytes.dropFirst(8).prefix { $0 != UInt8(ascii: "/") }
        if !Identifiers.hasPrefix(homePage, "https://", caseInsensitive: true) {
            problem = ("is not an https address", "n'est pas une adresse https")
        } else if bytes.contains(UInt8(ascii: "?")) || bytes.contains(UInt8(ascii: "#")) {
            problem = ("has a query or a fragment", "a une requête ou un fragment")
        } else if authority.contains(UInt8(ascii: "@")) {
            problem = ("carries user info", "contient des identifiants")
        } else if authority.isEmpty {
            problem = ("has no host", "n'a pas d'hôte")
        } else {
            problem = nil
        }
        guard let problem else { return }
        record(
            .frAgentHomePage,
            at: path,
            "account.homePage \"\(homePage)\" \(problem.0): write the stable https address of the platform, such as https://ent.example.fr",
            "account.homePage « \(homePage) » \(problem.1) : indiquer l'adresse https stable de la plateforme, par exemple https://ent.example.fr"
        )
    }

    private mutating func checkOpaqueName(_ name: String, at path: JSONPointer) {
        if Identifiers.isPseudonym(name) || StatementID.isValid(name) { return }
        let kind: (String, String)
        if name.contains("@") {
            kind = ("looks like an e-mail address", "ressemble à une adresse e-mail")
        } else if Identifiers.isINE(name) {
            kind = ("looks like an INE (national student number)", "ressemble à un INE (identifiant national élève)")
        } else if name.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            kind = ("looks like a login with spaces", "ressemble à un identifiant de connexion avec des espaces")
        } else {
            kind = ("is not opaque", "n'est pas opaque")
        }
        record(
            .frAgentOpaque,
            at: path,
            "account.name \(kind.0): use the SDK's pseudonym (32 base32 characters) or a UUID",
            "account.name \(kind.1) : utiliser le pseudonyme du SDK (32 caractères base32) ou un UUID"
        )
    }
}

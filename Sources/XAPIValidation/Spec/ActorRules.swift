import Digest
import XAPI

extension Rule {
    /// An agent without exactly one inverse functional identifier.
    public static let agentIdentifier = Rule(
        id: "xapi.agent.ifi",
        severity: .error,
        spec: "Data 2.4.2.1",
        requirements: ["A2", "A8"],
        summary: LocalizedText(
            english: "An Agent, and an identified Group, has exactly one of mbox, mbox_sha1sum, openid, account.",
            french:
                "Un Agent, et un groupe identifié, a exactement un identifiant parmi mbox, mbox_sha1sum, openid, account."
        )
    )

    /// An mbox that is not a `mailto:` IRI of an e-mail address.
    public static let mbox = Rule(
        id: "xapi.mbox",
        severity: .error,
        spec: "Data 2.4.2.3",
        requirements: ["A3"],
        summary: LocalizedText(
            english: "mbox is a mailto: IRI of one e-mail address.",
            french: "mbox est une IRI mailto: d'une seule adresse e-mail."
        )
    )

    /// An mbox_sha1sum that is not 40 hexadecimal digits.
    public static let mboxSHA1Sum = Rule(
        id: "xapi.mbox-sha1sum",
        severity: .error,
        spec: "Data 2.4.2.3",
        requirements: ["A4"],
        summary: LocalizedText(
            english: "mbox_sha1sum is the hexadecimal SHA-1 of a mailto: IRI (40 hexadecimal digits).",
            french: "mbox_sha1sum est le SHA-1 hexadécimal d'une IRI mailto: (40 chiffres hexadécimaux)."
        )
    )

    /// An anonymous group without members.
    public static let anonymousGroupMember = Rule(
        id: "xapi.group.anonymous-member",
        severity: .error,
        spec: "Data 2.4.2.2",
        requirements: ["A7"],
        summary: LocalizedText(
            english: "An anonymous Group (no identifier) lists its members in member.",
            french: "Un groupe anonyme (sans identifiant) liste ses membres dans member."
        )
    )

    /// A group member that is not an Agent.
    public static let groupMemberAgent = Rule(
        id: "xapi.group.member-agent",
        severity: .error,
        spec: "Data 2.4.2.2",
        requirements: ["A8"],
        summary: LocalizedText(
            english: "A Group's members are Agents, never Groups.",
            french: "Les membres d'un groupe sont des Agents, jamais des groupes."
        )
    )

    /// `member` on an Agent.
    public static let agentMember = Rule(
        id: "xapi.agent.member",
        severity: .error,
        spec: "Data 2.4.2.1",
        requirements: ["A9"],
        summary: LocalizedText(
            english: "Only Groups have member; an Agent with member is a Group without objectType.",
            french: "Seuls les groupes ont un member ; un Agent avec member est un groupe sans objectType."
        )
    )

    /// An authority that is neither an Agent nor an OAuth pair of Agents.
    public static let authority = Rule(
        id: "xapi.authority",
        severity: .error,
        spec: "Data 2.4.9",
        requirements: ["AU1"],
        summary: LocalizedText(
            english: "authority is an Agent, or an anonymous Group of exactly two Agents (three-legged OAuth).",
            french: "authority est un Agent, ou un groupe anonyme d'exactement deux Agents (OAuth à trois acteurs)."
        )
    )
}

/// Where an agent or group stands, which decides what it may be.
enum ActorPosition {
    /// `actor`, `context.instructor`: an Agent or a Group, objectType optional.
    case actor
    /// `object`: an Agent or a Group that says its objectType.
    case object
    /// `authority`: an Agent, or a two-member anonymous Group.
    case authority
    /// `context.team`, `contextGroups[].group`: a Group.
    case group
    /// `member[]`, `contextAgents[].agent`: an Agent.
    case agent
}

/// The properties of an Agent or a Group (Data 2.4.2); `member` is read on Agents too, to report it precisely.
enum ActorProperty: Int, PropertyName {
    case objectType, name, member, mbox, mboxSHA1Sum, openid, account
    static let jsonNames = ["objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account"]
    static let kind = Noun("an agent or group", "un agent ou un groupe")
}

/// The properties of an account (Data 2.4.2.4).
enum AccountProperty: Int, PropertyName {
    case homePage, name
    static let jsonNames = caseNames()
    static let kind = Noun("an account", "un compte")
}

extension SpecChecker {
    /// Checks the agent or group at member `key` of the current object.
    mutating func checkActor(_ value: JSONValue, at key: String, position: ActorPosition) {
        descend(key) { $0.checkActor(value, position: position) }
    }

    /// Checks the agent or group that is the current value.
    mutating func checkActor(_ value: JSONValue, position: ActorPosition) {
        guard let actor = object(value, Noun("an agent or group", "un agent ou un groupe")) else { return }
        let isGroup: Bool
        switch actor[property: "objectType"] {
        case nil:
            if position == .object {
                report(
                    .required,
                    LocalizedText(
                        english: "an agent or group used as object must say its objectType",
                        french: "un agent ou un groupe en position d'objet doit indiquer son objectType"
                    )
                )
            }
            if position == .group {
                report(
                    .required,
                    LocalizedText(
                        english: "a group must have objectType \"Group\"",
                        french: "un groupe doit avoir objectType « Group »"
                    )
                )
            }
            isGroup = false
        case .null?:
            // Reported when the properties are read (G3); the rest is still checked, as an Agent.
            isGroup = false
        case .string("Agent"):
            if position == .group {
                report(
                    .objectType,
                    at: "objectType",
                    LocalizedText(
                        english: "this position takes a Group, found an Agent",
                        french: "cette position attend un Group, et non un Agent"
                    )
                )
            }
            isGroup = false
        case .string("Group"):
            if position == .agent {
                report(
                    .groupMemberAgent,
                    LocalizedText(
                        english: "a group member or context agent must be an Agent, found a Group",
                        french: "un membre de groupe ou un agent de contexte doit être un Agent, et non un Group"
                    )
                )
            }
            isGroup = true
        case .string(let other):
            report(
                .objectType,
                at: "objectType",
                LocalizedText(
                    english: "objectType must be \"Agent\" or \"Group\", found \"\(other)\"",
                    french: "objectType doit valoir « Agent » ou « Group », et non « \(other) »"
                )
            )
            // The rest is still checked, as the kind its members suggest.
            isGroup = actor[property: "member"] != nil
        case .some(let other):
            report(
                .type,
                at: "objectType",
                LocalizedText(
                    english: "objectType must be a string, found \(other.typeName)",
                    french: "objectType doit être une chaîne, et non \(Self.frenchType(of: other))"
                )
            )
            isGroup = actor[property: "member"] != nil
        }
        let properties = properties(of: actor, as: ActorProperty.self)
        if !isGroup, properties.isWritten(.member) {
            report(
                .agentMember,
                at: "member",
                LocalizedText(
                    english: "only a Group has member; add \"objectType\": \"Group\"",
                    french: "seul un Group a un member ; ajouter \"objectType\": \"Group\""
                )
            )
        }
        if let name = properties[.name] { _ = string(name, at: "name") }
        let identifiers = checkIdentifiers(properties)
        if isGroup {
            checkGroup(properties, identifiers: identifiers, position: position)
        } else if identifiers != 1 {
            report(
                .agentIdentifier,
                LocalizedText(
                    english:
                        "an agent must have exactly one of mbox, mbox_sha1sum, openid, account; found \(identifiers)",
                    french:
                        "un agent doit avoir exactement un identifiant parmi mbox, mbox_sha1sum, openid, account ; trouvé : \(identifiers)"
                )
            )
        }
    }

    private mutating func checkGroup(_ group: Properties<ActorProperty>, identifiers: Int, position: ActorPosition) {
        if identifiers > 1 {
            report(
                .agentIdentifier,
                LocalizedText(
                    english:
                        "an identified group must have exactly one of mbox, mbox_sha1sum, openid, account; found \(identifiers)",
                    french:
                        "un groupe identifié doit avoir exactement un identifiant parmi mbox, mbox_sha1sum, openid, account ; trouvé : \(identifiers)"
                )
            )
        }
        let members = group[.member].flatMap { array($0, at: "member") }
        if identifiers == 0, !group.isWritten(.member) {
            report(
                .anonymousGroupMember,
                LocalizedText(
                    english: "an anonymous group (no identifier) must list its members in member",
                    french: "un groupe anonyme (sans identifiant) doit lister ses membres dans member"
                )
            )
        }
        if let members {
            descend("member") { checker in
                for (index, element) in members.enumerated() {
                    checker.descend(index) { $0.checkActor(element, position: .agent) }
                }
            }
        }
        if position == .authority {
            if identifiers != 0 || members?.count != 2 {
                report(
                    .authority,
                    LocalizedText(
                        english:
                            "a group as authority must be an anonymous group of exactly two agents (three-legged OAuth)",
                        french:
                            "un groupe en authority doit être un groupe anonyme d'exactement deux agents (OAuth à trois acteurs)"
                    )
                )
            } else if members?.contains(where: { $0[property: "account"] != nil }) == false {
                // Data 2.4.9: in three-legged OAuth, the application (consumer) is identified by an account.
                report(
                    .authority,
                    LocalizedText(
                        english:
                            "one of the two agents of an OAuth authority is the application, identified by account",
                        french: "l'un des deux agents d'une authority OAuth est l'application, identifiée par account"
                    )
                )
            }
        }
    }

    /// Checks each identifier present and returns how many there are.
    private mutating func checkIdentifiers(_ actor: Properties<ActorProperty>) -> Int {
        var count = 0
        if let mbox = actor[.mbox] {
            count += 1
            if let text = string(mbox, at: "mbox") {
                if let problem = IdentifierSyntax.mailboxProblem(text) {
                    report(
                        .mbox,
                        at: "mbox",
                        LocalizedText(english: problem, french: Self.frenchMailboxProblem(problem))
                    )
                } else if let problem = Self.iriProblem(text) {
                    report(
                        .mbox,
                        at: "mbox",
                        LocalizedText(
                            english: "mbox is not a valid IRI: \(problem)",
                            french: "mbox n'est pas une IRI valide : \(problem)"
                        )
                    )
                }
            }
        }
        if let sum = actor[.mboxSHA1Sum] {
            count += 1
            if let text = string(sum, at: "mbox_sha1sum"), !Hex.isHexadecimal(text, length: 40) {
                report(
                    .mboxSHA1Sum,
                    at: "mbox_sha1sum",
                    LocalizedText(
                        english: "mbox_sha1sum must be 40 hexadecimal digits (a SHA-1)",
                        french: "mbox_sha1sum doit compter 40 chiffres hexadécimaux (un SHA-1)"
                    )
                )
            }
        }
        if let openID = actor[.openid] {
            count += 1
            checkIRI(openID, at: "openid", Noun("openid", "openid"))
        }
        if let account = actor[.account] {
            count += 1
            descend("account") { $0.checkAccount(account) }
        }
        return count
    }

    /// The mailbox problems of ``IdentifierSyntax`` in French.
    static func frenchMailboxProblem(_ problem: String) -> String {
        if problem.hasPrefix("an mbox must start") { return "un mbox doit commencer par « mailto: »" }
        if problem.hasPrefix("\"mailto:\" must be followed") {
            return "« mailto: » doit être suivi d'une adresse e-mail comme nom@example.org"
        }
        if problem.hasPrefix("an mbox holds one") {
            return "un mbox contient une seule adresse e-mail, sans espace, caractère de contrôle ni , < > ?"
        }
        return "mbox n'est pas valide : \(problem)"
    }

    private mutating func checkAccount(_ value: JSONValue) {
        guard let account = object(value, Noun("account", "account")) else { return }
        let properties = properties(of: account, as: AccountProperty.self)
        if let homePage = required(properties, .homePage) {
            checkIRI(homePage, at: "homePage", Noun("account homePage", "le homePage du compte"))
        }
        if let name = required(properties, .name) { _ = string(name, at: "name") }
    }
}

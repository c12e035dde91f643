import Foundation
import Testing
import XAPI
import XAPIValidation

/// Each rule of the French education profile, on the smallest change that breaks it and one that keeps it.
@Suite("French education profile rules")
struct FrenchEducationRuleTests {
    typealias F = FrenchFixture

    static let extensions = "/context/extensions/https:~1~1edutraces.org~1xapi~1extensions~1"

    @Test func conformingStatementHasNoFinding() {
        #expect(F.findings(F.statement()).isEmpty)
    }

    @Test func everyRuleHasFrenchAndEnglishSummaries() {
        #expect(Rule.frenchEducationRules.count == 25)
        for rule in FrenchEducationProfile().rules {
            #expect(rule.id.hasPrefix("fr.") || rule.id.hasPrefix("profile.pattern."))
            #expect(rule.summaryText.french?.isEmpty == false, "\(rule.id) has no French summary")
            #expect(rule.summaryText.french != rule.summaryText.english)
        }
    }

    // MARK: Agents

    @Test(arguments: ["mbox", "mbox_sha1sum", "openid"])
    func rejectsAgentIdentifiedOtherwiseThanByAccount(_ key: String) throws {
        let statement = try F.statement(setting: "/actor", to: ["objectType": "Agent", .init(key): "mailto:a@b.fr"])
        let found = F.findings(statement, rule: .frAgentAccount)
        #expect(found.map(\.path.description) == ["/actor/\(key)"])
    }

    @Test func rejectsAccountlessAgentInContext() throws {
        let statement = try F.statement(setting: "/context/instructor", to: ["mbox": "mailto:prof@ecole.fr"])
        #expect(F.findings(statement, rule: .frAgentAccount).map(\.path.description) == ["/context/instructor/mbox"])
    }

    @Test func acceptsAnonymousGroupOfAccountMembers() throws {
        let member: JSONValue = ["account": ["homePage": "https://ent.example.fr", "name": .string(F.pseudonym)]]
        let statement = try F.statement(setting: "/context/team", to: ["objectType": "Group", "member": [member]])
        #expect(F.findings(statement).isEmpty)
    }

    @Test func rejectsNamedAgent() throws {
        let statement = try F.statement(setting: "/actor/name", to: "Ada Lovelace")
        #expect(F.findings(statement, rule: .frAgentName).map(\.path.description) == ["/actor/name"])
    }

    @Test(arguments: ["http://ent.example.fr", "https://ent.example.fr/?u=3", "https://ada@ent.example.fr", "https://"])
    func rejectsHomePageThatIsNotPlainHTTPS(_ homePage: String) throws {
        let statement = try F.statement(setting: "/actor/account/homePage", to: .string(homePage))
        #expect(F.findings(statement, rule: .frAgentHomePage).count == 1)
    }

    @Test func acceptsHomePageWithPath() throws {
        let statement = try F.statement(setting: "/actor/account/homePage", to: "https://ent.example.fr/gar")
        #expect(F.findings(statement, rule: .frAgentHomePage).isEmpty)
    }

    @Test(arguments: ["ada@ecole.fr", "1234567890A", "123456789AB", "ada lovelace", "u-4821"])
    func rejectsAccountNameThatIsNotOpaque(_ name: String) throws {
        let statement = try F.statement(setting: "/actor/account/name", to: .string(name))
        let found = F.findings(statement, rule: .frAgentOpaque)
        #expect(found.count == 1)
        #expect(found.first.map { !$0.message.contains(name) } == true, "the message must not repeat the name")
    }

    @Test func acceptsUUIDAccountName() throws {
        let statement = try F.statement(setting: "/actor/account/name", to: "7ccd3322-e1a5-411a-a67d-6a735c76f119")
        #expect(F.findings(statement, rule: .frAgentOpaque).isEmpty)
    }

    @Test func checksAgentsInsideSubStatements() throws {
        var sub = F.statement()
        for key in ["id", "version", "timestamp", "context"] {
            _ = try #require(JSONPointer("/\(key)")).remove(from: &sub)
        }
        try #require(JSONPointer("/objectType")).set("SubStatement", in: &sub)
        try #require(JSONPointer("/actor")).set(["mbox": "mailto:a@b.fr"], in: &sub)
        let statement = try F.statement(setting: "/object", to: sub)
        #expect(F.findings(statement, rule: .frAgentAccount).map(\.path.description) == ["/object/actor/mbox"])
    }

    // MARK: Statement

    @Test func rejectsStatementWithoutID() throws {
        #expect(F.findings(try F.statement(removing: "/id"), rule: .frID).count == 1)
        #expect(F.findings(F.statement(), rule: .frID).isEmpty)
    }

    @Test func rejectsStatementWithoutTimestamp() throws {
        #expect(F.findings(try F.statement(removing: "/timestamp"), rule: .frTimestamp).count == 1)
    }

    @Test func rejectsTimestampWithoutOffset() throws {
        let statement = try F.statement(setting: "/timestamp", to: "2026-03-02T09:15:00.000")
        #expect(F.findings(statement, rule: .frTimestamp).map(\.path.description) == ["/timestamp"])
    }

    @Test(arguments: ["2026-03-02T10:15:00.000+01:00", "2026-03-02T09:15:00Z"])
    func warnsOnTimestampNotInUTCToTheMillisecond(_ timestamp: String) throws {
        let statement = try F.statement(setting: "/timestamp", to: .string(timestamp))
        #expect(F.findings(statement, rule: .frTimestampUTC).map(\.severity) == [.warning])
        #expect(F.findings(statement, rule: .frTimestamp).isEmpty)
    }

    @Test func rejectsStatementWithoutProfileMarker() throws {
        let statement = try F.statement(removing: "/context/contextActivities/category/0/definition")
        #expect(F.findings(statement, rule: .frProfile).count == 1)
    }

    @Test func rejectsActivityObjectWithoutPlatform() throws {
        #expect(F.findings(try F.statement(removing: "/context/platform"), rule: .frPlatform).count == 1)
    }

    @Test func acceptsAgentObjectWithoutPlatform() throws {
        var statement = try F.statement(removing: "/context/platform")
        try #require(JSONPointer("/object")).set(
            ["objectType": "Agent", "account": ["homePage": "https://ent.example.fr", "name": .string(F.pseudonym)]],
            in: &statement
        )
        #expect(F.findings(statement, rule: .frPlatform).isEmpty)
    }

    @Test func warnsOnSessionStatementWithoutRegistration() throws {
        let found = F.findings(try F.statement(removing: "/context/registration"), rule: .frRegistration)
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func acceptsViewedStatementWithoutRegistration() throws {
        var statement = try F.statement(removing: "/context/registration")
        try #require(JSONPointer("/verb")).set(
            ["id": "http://id.tincanapi.com/verb/viewed", "display": ["fr-FR": "a vu"]],
            in: &statement
        )
        #expect(F.findings(statement, rule: .frRegistration).isEmpty)
    }

    @Test func warnsOnLanguageMapWithoutFrench() throws {
        let statement = try F.statement(setting: "/object/definition/name", to: ["en-US": "Fractions quiz"])
        #expect(F.findings(statement, rule: .frLanguage).map(\.path.description) == ["/object/definition/name"])
    }

    @Test(arguments: ["fr", "fr-CA", "FR-fr"])
    func acceptsAnyFrenchTag(_ tag: String) throws {
        let statement = try F.statement(
            setting: "/object/definition/name",
            to: .object(JSONObject([(tag, JSONValue.string("Quiz"))]))
        )
        #expect(F.findings(statement, rule: .frLanguage).isEmpty)
    }

    @Test func warnsOnVerbFromUnknownVocabulary() throws {
        let statement = try F.statement(setting: "/verb/id", to: "https://vendor.example.com/verbs/clicked")
        #expect(F.findings(statement, rule: .frVerbVocabulary).map(\.path.description) == ["/verb/id"])
    }

    @Test func acceptsVerbFromXAPIFrVocabulary() throws {
        let statement = try F.statement(setting: "/verb/id", to: "https://xapi.fr/vocabulary/verbs/viewed")
        #expect(F.findings(statement, rule: .frVerbVocabulary).isEmpty)
    }

    @Test func rejectsADLIRIsWithHTTPS() throws {
        var statement = try F.statement(setting: "/verb/id", to: "https://adlnet.gov/expapi/verbs/completed")
        try #require(JSONPointer("/object/definition/type")).set(
            "https://adlnet.gov/expapi/activities/assessment",
            in: &statement
        )
        let paths = F.findings(statement, rule: .frADLIRI).map(\.path.description)
        #expect(paths == ["/verb/id", "/object/definition/type"])
    }

    @Test func rejectsObjectActivityWithoutType() throws {
        let found = F.findings(try F.statement(removing: "/object/definition/type"), rule: .frActivityType)
        #expect(found.map(\.severity) == [.error])
    }

    @Test func warnsOnContextActivityWithoutType() throws {
        let statement = try F.statement(
            setting: "/context/contextActivities/parent",
            to: [["id": "https://ent.example.fr/cours/maths-5b"]]
        )
        let found = F.findings(statement, rule: .frActivityType)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.map(\.path.description) == ["/context/contextActivities/parent/0"])
    }

    @Test(arguments: [
        "https://ent.example.fr/copies/ada@ecole.fr", "mailto:ada@ecole.fr", "https://ent.example.fr/quiz?eleve=3",
        "https://ent.example.fr/eleves/1234567890A/quiz",
    ])
    func rejectsActivityIDWithPersonalData(_ id: String) throws {
        let statement = try F.statement(setting: "/object/id", to: .string(id))
        #expect(F.findings(statement, rule: .frActivityID).map(\.path.description) == ["/object/id"])
    }

    @Test func acceptsActivityIDWithLongNumber() throws {
        let statement = try F.statement(setting: "/object/id", to: "https://ent.example.fr/quiz/12345678901234")
        #expect(F.findings(statement, rule: .frActivityID).isEmpty)
    }

    // MARK: School

    @Test(arguments: ["0750654D", "0750655E", "0690026D", "0951099D", "9711032V"])
    func acceptsUAIWithItsCheckLetter(_ uai: String) throws {
        let statement = try F.statement(setting: Self.extensions + "school-uai", to: .string(uai))
        #expect(F.findings(statement, rule: .frUAI).isEmpty)
    }

    @Test(arguments: ["0351234A", "0000856A", "075065D", "07506540", "0750654DD"])
    func rejectsUAIWithWrongCheckLetterOrShape(_ uai: String) throws {
        let statement = try F.statement(setting: Self.extensions + "school-uai", to: .string(uai))
        #expect(F.findings(statement, rule: .frUAI).map(\.severity) == [.error])
    }

    @Test func namesTheExpectedCheckLetter() throws {
        let statement = try F.statement(setting: Self.extensions + "school-uai", to: "0351234A")
        #expect(F.findings(statement, rule: .frUAI).first?.message.contains("expected B") == true)
    }

    @Test func warnsOnUAIWithUnknownPrefix() throws {
        let statement = try F.statement(setting: Self.extensions + "school-uai", to: "9999991F")
        #expect(F.findings(statement, rule: .frUAI).map(\.severity) == [.warning])
    }

    @Test(arguments: ["CM2", "21120", "2199"])
    func warnsOnLevelThatIsNotAKnownCode(_ level: String) throws {
        let statement = try F.statement(setting: Self.extensions + "level", to: .string(level))
        #expect(F.findings(statement, rule: .frLevel).map(\.severity) == [.warning])
    }

    @Test func acceptsScoLOMFRLevel() throws {
        let iri = "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-027"
        let statement = try F.statement(setting: Self.extensions + "level", to: .string(iri))
        #expect(F.findings(statement, rule: .frLevel).isEmpty)
    }

    @Test(arguments: ["maths", "0613", "999999"])
    func warnsOnSubjectThatIsNotAKnownCode(_ subject: String) throws {
        let statement = try F.statement(setting: Self.extensions + "subject", to: .string(subject))
        #expect(F.findings(statement, rule: .frSubject).map(\.severity) == [.warning])
    }

    @Test func acceptsScoLOMFRSubject() throws {
        let iri = "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-015-num-1097"
        let statement = try F.statement(setting: Self.extensions + "subject", to: .string(iri))
        #expect(F.findings(statement, rule: .frSubject).isEmpty)
    }
}

import Testing
import XAPI
import XAPIValidation

/// The profile's rules on results and personal data.
@Suite("French education profile: results and personal data")
struct FrenchEducationResultTests {
    typealias F = FrenchFixture

    static func verb(_ name: String) -> JSONValue {
        ["id": .string("http://adlnet.gov/expapi/verbs/\(name)"), "display": ["fr-FR": .string(name)]]
    }

    @Test func rejectsCompletedWithoutCompletion() throws {
        let statement = try F.statement(setting: "/result/completion", to: false)
        #expect(F.findings(statement, rule: .frResultOutcome).count == 1)
    }

    @Test func rejectsPassedWithoutSuccess() throws {
        let statement = try F.statement(setting: "/verb", to: Self.verb("passed"))
        #expect(F.findings(statement, rule: .frResultOutcome).first?.message.contains("success true") == true)
    }

    @Test func acceptsFailedWithFalseSuccess() throws {
        var statement = try F.statement(setting: "/verb", to: Self.verb("failed"))
        try #require(JSONPointer("/result/success")).set(false, in: &statement)
        #expect(F.findings(statement, rule: .frResultOutcome).isEmpty)
    }

    @Test func rejectsFailedWithTrueSuccess() throws {
        var statement = try F.statement(setting: "/verb", to: Self.verb("failed"))
        try #require(JSONPointer("/result/success")).set(true, in: &statement)
        #expect(F.findings(statement, rule: .frResultOutcome).count == 1)
    }

    @Test func warnsOnScoreWithoutScaled() throws {
        let statement = try F.statement(removing: "/result/score/scaled")
        #expect(F.findings(statement, rule: .frResultScore).map(\.severity) == [.warning])
    }

    @Test func warnsOnRawScoreWithoutRange() throws {
        let statement = try F.statement(removing: "/result/score/max")
        #expect(F.findings(statement, rule: .frResultScore).count == 1)
    }

    @Test func warnsOnCompletedWithoutDuration() throws {
        let statement = try F.statement(removing: "/result/duration")
        #expect(F.findings(statement, rule: .frResultDuration).map(\.path.description) == ["/result"])
    }

    @Test func acceptsAnsweredWithoutDuration() throws {
        var statement = try F.statement(setting: "/verb", to: Self.verb("answered"))
        _ = try #require(JSONPointer("/result/duration")).remove(from: &statement)
        #expect(F.findings(statement, rule: .frResultDuration).isEmpty)
    }

    @Test func warnsOnFreeTextResponse() throws {
        var statement = try F.statement(setting: "/result/response", to: "Je m'appelle Ada et j'habite à Lyon")
        try #require(JSONPointer("/object/definition/interactionType")).set("long-fill-in", in: &statement)
        #expect(F.findings(statement, rule: .frFreeText).map(\.path.description) == ["/result/response"])
    }

    @Test func acceptsChoiceResponse() throws {
        var statement = try F.statement(setting: "/result/response", to: "b")
        try #require(JSONPointer("/object/definition/interactionType")).set("choice", in: &statement)
        #expect(F.findings(statement, rule: .frFreeText).isEmpty)
    }

    @Test func rejectsTrackingExtension() throws {
        let statement = try F.statement(
            setting: "/context/extensions/http:~1~1id.tincanapi.com~1extension~1ip-address",
            to: "192.0.2.1"
        )
        #expect(F.findings(statement, rule: .frPIIExtension).count == 1)
    }

    @Test func acceptsOtherExtension() throws {
        let statement = try F.statement(
            setting: "/context/extensions/https:~1~1w3id.org~1xapi~1cmi5~1context~1extensions~1sessionid",
            to: "s-1"
        )
        #expect(F.findings(statement, rule: .frPIIExtension).isEmpty)
    }

    @Test func rejectsGARAttributeAsKeyOrValue() throws {
        var statement = try F.statement(
            setting: "/context/extensions/https:~1~1ent.example.fr~1GARPersonNom",
            to: "Lovelace"
        )
        try #require(JSONPointer("/result/response")).set("GARPersonMail", in: &statement)
        let paths = F.findings(statement, rule: .frPIIGAR).map(\.path.description)
        #expect(paths.sorted() == ["/context/extensions/https:~1~1ent.example.fr~1GARPersonNom", "/result/response"])
    }

    @Test(arguments: ["GARPersonPrenom=Ada", "x GARPerso GARPersonDateNaissance", "nGARPersonAutresPrenoms!"])
    func findsGARAttributesAnywhereInAString(_ text: String) throws {
        let statement = try F.statement(setting: "/result/response", to: .string(text))
        #expect(F.findings(statement, rule: .frPIIGAR).map(\.path.description) == ["/result/response"])
    }

    @Test func acceptsOtherGARAttributes() throws {
        let statement = try F.statement(
            setting: "/context/extensions/https:~1~1ent.example.fr~1GARStructureUAI",
            to: "0750654D"
        )
        #expect(F.findings(statement, rule: .frPIIGAR).isEmpty)
    }

    @Test func warnsOnAttachments() throws {
        let attachment: JSONValue = [
            "usageType": "http://id.tincanapi.com/attachment/supporting_media", "display": ["fr-FR": "Copie"],
            "contentType": "image/png", "length": 1200, "sha2": .string(String(repeating: "a1", count: 32)),
        ]
        let statement = try F.statement(setting: "/attachments", to: [attachment])
        #expect(F.findings(statement, rule: .frAttachment).map(\.severity) == [.warning])
        #expect(F.findings(F.statement(), rule: .frAttachment).isEmpty)
    }
}

import EduTracesCLI
import Foundation
import Testing
import XAPI
import XAPIValidation

/// `--profile` and `--lang` of `validate`: fr-education by default, none for the specification only,
/// messages in the language asked for or the locale's, rule ids always.
@Suite("Profiles and languages of validate")
struct ProfileOptionTests {
    @Test func checksFrenchEducationByDefault() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let report = try await inputs.edutraces("validate", "--format", "json", file).jsonReport()
        #expect(report.results.first?.rules.contains("fr.agent.account") == true)
    }

    @Test func checksTheSpecificationOnlyWithProfileNone() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--format", "json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().results.isEmpty)
    }

    @Test func rejectsNoneWithAnotherProfile() async {
        let run = await edutraces("validate", "--profile", "none", "--profile", "fr-education", "export.ndjson")
        #expect(run.status == 2)
        #expect(run.diagnostics.hasPrefix("edutraces validate: --profile: none"))
    }

    @Test func rejectsAProfileThatIsNeitherBuiltInNorAFile() async {
        let run = await edutraces("validate", "--profile", "missing/video.jsonld", "export.ndjson")
        #expect(run.status == 2)
        #expect(run.diagnostics.contains("missing/video.jsonld"))
    }

    @Test func writesMessagesInFrenchWithLangFr() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let run = await inputs.edutraces("validate", "--lang", "fr", file)
        let lines = run.outputLines
        #expect(lines.contains { $0.contains(": erreur fr.agent.account à /actor/mbox : l'agent en actor") })
        #expect(lines.last == "1 déclaration dans 1 entrée : 0 valide, 1 non valide (6 erreurs, 3 avertissements)")
    }

    @Test func followsTheLocaleWithoutLang() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let output = Output()
        _ = await EduTraces.run(
            ["validate", file],
            standardOutput: output,
            standardError: Output(),
            environment: ["LANG": "fr_FR.UTF-8"]
        )
        #expect(output.text.contains("erreur fr.agent.account"))
        let english = Output()
        _ = await EduTraces.run(
            ["validate", "--lang", "en", file],
            standardOutput: english,
            standardError: Output(),
            environment: ["LANG": "fr_FR.UTF-8"]
        )
        #expect(english.text.contains("error fr.agent.account at /actor/mbox: agent at actor"))
    }

    @Test func keepsRuleIdsInFrenchJSONAndJUnitReports() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let json = try await inputs.edutraces("validate", "--lang", "fr", "--format", "json", file).jsonReport()
        let finding = try #require(json.results.first?.findings.first { $0.rule == "fr.agent.account" })
        #expect(finding.message.hasPrefix("l'agent en actor est identifié par mbox"))
        let junit = await inputs.edutraces("validate", "--lang", "fr", "--format", "junit", file)
        #expect(junit.output.contains("type=\"fr.timestamp\""))
        #expect(junit.output.contains("erreur fr.agent.account à /actor/mbox"))
    }
}

/// `--profile FILE`: a profile document loaded with the profile engine.
@Suite("Profile files of validate")
struct ProfileFileTests {
    @Test func loadsAProfileDocumentAndReportsItsFindings() async throws {
        let inputs = try InputFolder()
        let profile = try inputs.write("fr.jsonld", FrenchEducationProfile.document)
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let report = try await inputs.edutraces("validate", "--profile", profile, "--format", "json", file).jsonReport()
        let rules = report.results.first?.rules ?? []
        #expect(rules.contains { $0.hasPrefix(FrenchEducation.profile.text + "/templates/completed-resource#rule-") })
        #expect(!rules.contains { $0.hasPrefix("fr.") }, "only the document's templates, not the built-in checks")
    }

    @Test func reportsStatementsThatMatchNoTemplateOfALoadedProfile() async throws {
        let inputs = try InputFolder()
        let profile = try inputs.write("fr.jsonld", FrenchEducationProfile.document)
        let file = try inputs.write(
            "export.ndjson",
            lines: [Statements.valid(1).replacingOccurrences(of: "verbs/completed", with: "verbs/experienced")]
        )
        let report = try await inputs.edutraces("validate", "--profile", profile, "--format", "json", file).jsonReport()
        #expect(report.results.first?.rules == ["profile.no-template"])
    }

    @Test func rejectsAMalformedProfileWithItsFileAndPointer() async throws {
        let inputs = try InputFolder()
        let profile = try inputs.write(
            "broken.jsonld",
            FrenchEducationProfile.document.replacingOccurrences(of: #""inScheme""#, with: #""inSchema""#)
        )
        let run = await inputs.edutraces("validate", "--profile", profile, "export.ndjson")
        #expect(run.status == 2)
        let first = run.diagnostics.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("edutraces validate: --profile: \(profile) at /concepts/0"))
    }

    @Test func listsTheRulesOfALoadedProfile() async throws {
        let inputs = try InputFolder()
        let profile = try inputs.write("fr.jsonld", FrenchEducationProfile.document)
        let run = await inputs.edutraces("rules", "--profile", profile)
        #expect(run.status == 0)
        #expect(
            run.outputLines.contains {
                $0.hasPrefix(FrenchEducation.profile.text + "/templates/answered-question#rule-0")
            }
        )
    }
}

/// Problems of an input's layout are reported in French too.
@Suite("Input problems in French")
struct InputProblemLanguageTests {
    @Test func reportsATrailingCommaInFrench() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("batch.json", "[\n\(Statements.valid(1)),\n]\n")
        let run = await inputs.edutraces("validate", "--profile", "none", "--lang", "fr", "--format", "json", file)
        let finding = try #require(try run.jsonReport().results.last?.findings.first)
        #expect(finding.rule == "json.syntax")
        #expect(finding.message == "virgule en trop avant le « ] » fermant du tableau")
    }

    @Test(arguments: [
        ("line longer than 1048576 bytes; not read", "ligne de plus de 1048576 octets ; non lue"),
        ("statement longer than 64 bytes; not read", "déclaration de plus de 64 octets ; non lue"),
        (
            "a single JSON document larger than 256 MB; write exports as NDJSON or a JSON array",
            "un document JSON unique de plus de 256 Mo ; écrire les exports en NDJSON ou en tableau JSON"
        ),
    ])
    func translatesEveryLayoutProblem(english: String, french: String) {
        #expect(InputProblemText.french(english) == french)
    }
}

import TestSupport
import Testing
import XAPI
import XAPIPseudonymization
import XAPIValidation

@Suite("Output validity")
struct ValidityTests {
    /// What the French profile's `fr.agent.*` rules require of every agent position: an account only, no
    /// name, an https home page without query, fragment or user information, and an opaque name.
    static func frenchAgentProblems(in statement: JSONValue) -> [String] {
        var problems: [String] = []
        AgentPositions.visit(statement) { position, agent in
            let path = position.path.description
            if agent["name"] != nil { problems.append("\(path): name") }
            if agent["mbox"] != nil || agent["mbox_sha1sum"] != nil || agent["openid"] != nil {
                problems.append("\(path): identifier other than account")
            }
            guard let account = agent["account"] else {
                if agent["objectType"] != "Group" { problems.append("\(path): no account") }
                return
            }
            let homePage = account["homePage"]?.stringValue ?? ""
            if !homePage.hasPrefix("https://") || homePage.contains("?") || homePage.contains("#") {
                problems.append("\(path): home page")
            }
            let name = account["name"]?.stringValue ?? ""
            if name.count != 32 || !name.allSatisfy({ ("a"..."z").contains($0) || ("2"..."7").contains($0) }) {
                problems.append("\(path): name is not a pseudonym")
            }
        }
        return problems
    }

    static func errors(of report: Report) -> [String] {
        report.findings.filter { $0.severity == .error }.map { "\($0)" }
    }

    @Test func richStatementOutputIsValidXAPI2() throws {
        let input = RichStatements.withCanary()
        #expect(Self.errors(of: Validator(version: .v2_0_0).validate(input)).isEmpty, "the input itself must be valid")
        let output = try Fixtures.pseudonymizer().pseudonymize(input)
        let report = Validator(version: .v2_0_0).validate(output)
        #expect(report.isValid, "\(Self.errors(of: report))")
        #expect(Self.frenchAgentProblems(in: output).isEmpty)
    }

    @Test func richStatementOutputIsValidXAPI1() throws {
        guard case .object(var input) = RichStatements.withCanary(),
            case .object(var context) = input["context"] ?? nil
        else { return }
        // xAPI 1.0.3 has no contextAgents or contextGroups, and no 2.0.0 version.
        context["contextAgents"] = nil
        context["contextGroups"] = nil
        input["context"] = .object(context)
        input["version"] = "1.0.3"
        var subStatement = input["object"]?.objectValue ?? [:]
        subStatement["context"] = ["instructor": ["mbox": "mailto:teacher@example.fr"]]
        input["object"] = .object(subStatement)
        let statement = JSONValue.object(input)
        #expect(
            Self.errors(of: Validator(version: .v1_0_3).validate(statement)).isEmpty,
            "the input itself must be valid"
        )
        let output = try Fixtures.pseudonymizer().pseudonymize(statement)
        let report = Validator(version: .v1_0_3).validate(output)
        #expect(report.isValid, "\(Self.errors(of: report))")
        #expect(Self.frenchAgentProblems(in: output).isEmpty)
    }

    @Test func truncatedAndRemappedOutputIsValid() throws {
        let policy = PseudonymizationPolicy(timestampTruncation: .day, remapsIdentifiers: true)
        let output = try Fixtures.pseudonymizer(policy: policy).pseudonymize(RichStatements.withCanary())
        let report = Validator(version: .v2_0_0).validate(output)
        #expect(report.isValid, "\(Self.errors(of: report))")
    }

    /// Every statement that the ADL conformance suite says an LRS must accept, in 1.0.3 and 2.0: each one
    /// that the pseudonymizer accepts comes out valid and meets the French agent rules.
    @Test(ConformanceCorpus.required(by: "Pseudonymized conformance corpus"))
    func conformanceSuiteOutputStaysValid() throws {
        let pseudonymizer = try Fixtures.pseudonymizer()
        var accepted = 0
        var refused: [String] = []
        var invalid: [String] = []
        for version in ConformanceCorpus.suiteVersions {
            let validator = Validator(version: version == "1.0.3" ? .v1_0_3 : .v2_0_0)
            for suiteCase in try ConformanceCorpus.suiteCases(version: version) where suiteCase.expectedValid {
                let statements = suiteCase.isBatch ? suiteCase.statement.arrayValue ?? [] : [suiteCase.statement]
                for statement in statements where validator.validate(statement).isValid {
                    do {
                        let output = try pseudonymizer.pseudonymize(statement)
                        accepted += 1
                        let problems =
                            Self.errors(of: validator.validate(output)) + Self.frenchAgentProblems(in: output)
                        if !problems.isEmpty { invalid.append("\(suiteCase.name): \(problems)") }
                    } catch {
                        refused.append("\(suiteCase.name): \(error)")
                    }
                }
            }
        }
        #expect(accepted > 500)
        #expect(invalid.isEmpty, "\(invalid.prefix(10))")
        #expect(refused.isEmpty, "\(refused.prefix(20))")
    }
}

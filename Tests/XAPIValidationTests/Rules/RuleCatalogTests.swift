import TestSupport
import Testing
import XAPI
import XAPIValidation

/// The rule catalog itself: stable, documented ids that every finding uses.
@Suite struct RuleCatalogTests {
    /// Every rule id the tests of this folder specify. A rule added to the catalog fails
    /// ``catalogHoldsExactlyTheSpecifiedRules()`` until it gets its own tests and is listed here.
    static let specifiedIDs: Set<String> = [
        "json.syntax", "xapi.batch.duplicate-id", "xapi.export.repeated-statement", "xapi.put.statement-id",
        "xapi.required", "xapi.type", "xapi.property.duplicate", "xapi.null", "xapi.property.unknown",
        "xapi.property.case", "xapi.object-type", "xapi.iri", "xapi.uuid", "xapi.language-tag", "xapi.language-map",
        "xapi.timestamp", "xapi.timestamp.zone", "xapi.timestamp.future", "xapi.duration", "xapi.duration.precision",
        "xapi.version", "xapi.extensions.key", "xapi.agent.ifi", "xapi.mbox", "xapi.mbox-sha1sum",
        "xapi.group.anonymous-member", "xapi.group.member-agent", "xapi.agent.member", "xapi.authority",
        "xapi.interaction.type", "xapi.interaction.type-required", "xapi.interaction.correct-responses",
        "xapi.interaction.components", "xapi.interaction.component-kind", "xapi.substatement.property",
        "xapi.substatement.nested", "xapi.voiding.object", "xapi.score.scaled", "xapi.score.range",
        "xapi.context.activity-only", "xapi.context-activities", "xapi.context.agents", "xapi.attachment",
        "xapi.attachment.signature",
    ]

    /// The rules that enforce a SHOULD of the specification, or advice: their findings never make a statement invalid.
    static let warningIDs: Set<String> = [
        "xapi.export.repeated-statement", "xapi.timestamp.zone", "xapi.timestamp.future", "xapi.duration.precision",
        "xapi.interaction.component-kind",
    ]

    @Test func catalogHoldsExactlyTheSpecifiedRules() {
        let ids = Set(Rule.catalog.map(\.id))
        #expect(
            ids.subtracting(Self.specifiedIDs).isEmpty,
            "rules without tests: \(ids.subtracting(Self.specifiedIDs))"
        )
        #expect(Self.specifiedIDs.subtracting(ids).isEmpty, "rules gone: \(Self.specifiedIDs.subtracting(ids))")
    }

    @Test func ruleIDsAreUnique() {
        let ids = Rule.catalog.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: Rule.catalog.map(\.id))
    func ruleHasASummaryAndASpecificationReference(id: String) throws {
        let rule = try #require(Rule.named(id))
        #expect(!rule.summary.isEmpty)
        #expect(!rule.spec.isEmpty)
    }

    @Test(arguments: Rule.catalog.map(\.id))
    func ruleIDIsALowerCaseDottedName(id: String) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
        #expect(id.allSatisfy(allowed.contains) && id.contains(".") && !id.hasPrefix(".") && !id.hasSuffix("."))
    }

    @Test(arguments: Rule.catalog.map(\.id))
    func ruleIsAWarningExactlyWhenItEnforcesAShould(id: String) throws {
        let rule = try #require(Rule.named(id))
        #expect(rule.severity == (Self.warningIDs.contains(id) ? .warning : .error))
    }

    @Test func namedFindsEveryRuleAndNothingElse() {
        for rule in Rule.catalog { #expect(Rule.named(rule.id) == rule) }
        #expect(Rule.named("xapi.agent") == nil)
        #expect(Rule.named("") == nil)
    }

    @Test func specRulesArePartOfTheCatalog() {
        #expect(Set(Rule.specRules).isSubset(of: Set(Rule.catalog)))
        #expect(Rule.catalog.first == .jsonSyntax)
    }

    @Test func staticRulesCarryTheirPublishedIDs() {
        #expect(Rule.agentIdentifier.id == "xapi.agent.ifi")
        #expect(Rule.jsonSyntax.id == "json.syntax")
        #expect(Rule.putStatementID.id == "xapi.put.statement-id")
        #expect(Rule.batchDuplicateID.id == "xapi.batch.duplicate-id")
        #expect(Rule.repeatedStatement.id == "xapi.export.repeated-statement")
    }

    @Test func findingTakesIDSeverityAndSpecificationFromItsRule() {
        let finding = Finding(rule: .repeatedStatement, path: .root.appending("id"), message: "listed twice")
        #expect(finding.rule == "xapi.export.repeated-statement")
        #expect(finding.severity == .warning)
        #expect(finding.spec == Rule.repeatedStatement.spec)
        #expect(finding.description == "warning xapi.export.repeated-statement at /id: listed twice")
    }
}

/// What the validator finds in the ADL suite's statements: catalogued rules, at paths that exist.
@Suite(ConformanceCorpus.required(by: "Rule catalog over the conformance corpus"))
struct SuiteFindingTests {
    /// Each statement of each case with the report the validator gives it.
    private static func checked(_ version: String) throws -> [(ConformanceCorpus.SuiteCase, [(JSONValue, Report)])] {
        let specVersion = try #require(SpecVersion(rawValue: version))
        let validator = Validator(configuration: .init(version: .fixed(specVersion), now: nil))
        return try ConformanceCorpus.suiteCases(version: version).map { suiteCase in
            if suiteCase.isBatch, case .array(let statements) = suiteCase.statement {
                return (suiteCase, Array(zip(statements, validator.validate(batch: statements))))
            }
            return (suiteCase, [(suiteCase.statement, validator.validate(suiteCase.statement))])
        }
    }

    @Test(arguments: ConformanceCorpus.suiteVersions)
    func everyFindingNamesACataloguedRule(version: String) throws {
        for (suiteCase, reports) in try Self.checked(version) {
            for finding in reports.flatMap(\.1.findings) {
                let rule = Rule.named(finding.rule)
                #expect(rule != nil, "\(suiteCase.name): \(finding)")
                #expect(rule?.severity == finding.severity, "\(suiteCase.name): \(finding)")
                #expect(rule?.spec == finding.spec, "\(suiteCase.name): \(finding)")
                #expect(!finding.message.isEmpty, "\(suiteCase.name): \(finding)")
            }
        }
    }

    @Test(arguments: ConformanceCorpus.suiteVersions)
    func everyInvalidCaseHasAnErrorAtAPathThatExists(version: String) throws {
        for (suiteCase, reports) in try Self.checked(version) where !suiteCase.expectedValid {
            let located = reports.contains { statement, report in
                report.errors.contains { Self.resolves($0, in: statement) }
            }
            #expect(located, "\(suiteCase.name): \(reports.flatMap(\.1.summary))")
        }
    }

    @Test(arguments: ConformanceCorpus.suiteVersions)
    func everyErrorOfTheSuiteIsAtAPathThatExists(version: String) throws {
        for (suiteCase, reports) in try Self.checked(version) {
            for (statement, report) in reports {
                for finding in report.errors where !Self.resolves(finding, in: statement) {
                    Issue.record("\(suiteCase.name): \(finding)")
                }
            }
        }
    }

    /// Whether the finding's path names a value of the statement, or, for a missing property, its parent does.
    private static func resolves(_ finding: Finding, in statement: JSONValue) -> Bool {
        if finding.path.value(in: statement) != nil { return true }
        guard finding.rule == "xapi.required", !finding.path.tokens.isEmpty else { return false }
        return JSONPointer(tokens: finding.path.tokens.dropLast()).value(in: statement) != nil
    }
}

import Testing
import XAPI
import XAPIValidation

/// `edutraces rules`: every rule id with its severity, spec reference and a one-line description.
@Suite("Rules command")
struct RulesCommandTests {
    /// The rules of the default validator: the specification's, then fr-education's.
    static let catalog = Validator(configuration: .init(ruleSets: [FrenchEducationProfile()])).rules

    @Test func listsEveryRuleAsText() async throws {
        let run = await edutraces("rules")
        #expect(run.status == 0)
        let lines = run.outputLines
        try #require(lines.count == Self.catalog.count)
        for (line, rule) in zip(lines, Self.catalog) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(words.first.map(String.init) == rule.id)
            #expect(words.dropFirst().first.map(String.init) == rule.severity.rawValue)
            #expect(line.contains(rule.spec))
            #expect(line.hasSuffix(rule.summary))
        }
    }

    @Test func listsEveryRuleAsJSON() async throws {
        let run = await edutraces("rules", "--format", "json")
        #expect(run.status == 0)
        let document = try JSONParser().parse(run.output)
        let rules = try #require(document["rules"]?.arrayValue)
        #expect(rules.compactMap { $0["id"]?.stringValue } == Self.catalog.map(\.id))
        for (entry, rule) in zip(rules, Self.catalog) {
            #expect(entry["severity"]?.stringValue == rule.severity.rawValue)
            #expect(entry["spec"]?.stringValue == rule.spec)
            #expect(entry["summary"]?.stringValue == rule.summary)
        }
    }

    @Test func listsEveryRuleAsMarkdownTable() async throws {
        let run = await edutraces("rules", "--format", "markdown")
        #expect(run.status == 0)
        let rows = run.outputLines.filter { $0.hasPrefix("| `") }
        #expect(rows.count == Self.catalog.count)
        for (row, rule) in zip(rows, Self.catalog) {
            #expect(row.hasPrefix("| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.spec) |"))
        }
    }

    @Test func listsTheSpecificationOnlyWithProfileNone() async throws {
        let run = await edutraces("rules", "--profile", "none", "--format", "json")
        let document = try JSONParser().parse(run.output)
        let ids = try #require(document["rules"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(ids == Rule.catalog.map(\.id))
    }

    @Test func listsFrenchSummariesWithLangFr() async throws {
        let run = await edutraces("rules", "--lang", "fr", "--format", "json")
        let document = try JSONParser().parse(run.output)
        let rules = try #require(document["rules"]?.arrayValue)
        #expect(rules.count == Self.catalog.count)
        for (entry, rule) in zip(rules, Self.catalog) {
            #expect(entry["summary"]?.stringValue == rule.summary(in: .french))
        }
    }
}

import XAPIValidation

/// The aggregates of the quality report, counted as verdicts stream by, in constant memory.
///
/// Distinct days, verbs and platforms are capped (the first ones seen keep their own count, the rest are
/// counted as "other") and each rule keeps only its first examples, so a 1 GB export costs no more
/// memory than a small one.
///
/// ```swift
/// var tally = QualityTally(language: .english)
/// tally.count(verdict, input: "export.ndjson")
/// tally.rules.entries.first?.value.total
/// ```
struct QualityTally {
    /// The caps on distinct values; the defaults hold a school year of days and every verb of a sane export.
    struct Limits {
        var days = 400
        var verbs = 40
        var platforms = 40
        var rules = 300
    }

    /// Statements and conforming statements (without errors) of one platform.
    struct Conformity {
        var statements = 0
        var conforming = 0
    }

    let language: Language
    /// Findings per rule id.
    private(set) var rules: CappedTally<String, RuleFindings>
    /// Statements per UTC day (days from 1970-01-01; `nil` for no readable timestamp).
    private(set) var days: CappedTally<Int?, Int>
    /// Statements per verb id (`nil` for no verb id).
    private(set) var verbs: CappedTally<String?, Int>
    /// The display of each counted verb, in the report's language when the statement has it.
    private(set) var verbNames: [String: String] = [:]
    /// Statements and conforming ones per `context.platform` (`nil` for no platform).
    private(set) var platforms: CappedTally<String?, Conformity>

    init(language: Language, limits: Limits = Limits()) {
        self.language = language
        rules = CappedTally(limit: limits.rules, zero: RuleFindings())
        days = CappedTally(limit: limits.days, zero: 0)
        verbs = CappedTally(limit: limits.verbs, zero: 0)
        platforms = CappedTally(limit: limits.platforms, zero: Conformity())
    }

    /// Counts one verdict: its findings under their rules, and the statement under its day, verb and platform.
    mutating func count(_ verdict: StatementVerdict, input: String) {
        let language = language
        for finding in verdict.findings {
            rules.add(finding.rule) { findings in
                findings.count(
                    finding.severity,
                    example: FindingExample(input: input, line: verdict.line, finding: finding, language: language)
                )
            }
        }
        // A late verdict adds findings about a statement already counted.
        guard !verdict.isLate else { return }
        let facets = verdict.facets
        days.add(facets?.day) { $0 += 1 }
        verbs.add(facets?.verbID) { $0 += 1 }
        if let verb = facets?.verbID, verbNames[verb] == nil, verbs.contains(verb),
            let name = Self.display(facets?.verbDisplay ?? [], in: language)
        {
            verbNames[verb] = name
        }
        platforms.add(facets?.platform) { conformity in
            conformity.statements += 1
            if verdict.isValid { conformity.conforming += 1 }
        }
    }

    /// The entry of a language map in `language` (any regional variant), else English, else the first.
    static func display(_ map: [StatementFacets.LanguageText], in language: Language) -> String? {
        func matches(_ entry: StatementFacets.LanguageText, _ prefix: String) -> Bool {
            let tag = entry.tag.lowercased()
            return tag == prefix || tag.hasPrefix(prefix + "-")
        }
        return (map.first { matches($0, language.rawValue) } ?? map.first { matches($0, "en") } ?? map.first)?.text
    }
}

import XAPI
import XAPIValidation

/// What one rule found in a run: its errors and warnings, and the first few findings as examples.
///
/// ```swift
/// var findings = RuleFindings()
/// findings.count(finding, at: FindingExample(input: "export.ndjson", line: 12, finding: finding, language: .english))
/// findings.total  // 1
/// ```
struct RuleFindings {
    /// How many examples a rule keeps: enough to show the pattern, few enough for constant memory.
    static let exampleLimit = 5

    private(set) var errors = 0
    private(set) var warnings = 0
    /// The first findings, in input order.
    private(set) var examples: [FindingExample] = []

    /// Every finding of the rule.
    var total: Int { errors + warnings }

    /// Counts one finding, kept as an example while there are fewer than ``exampleLimit``.
    mutating func count(_ severity: Severity, example: @autoclosure () -> FindingExample) {
        if severity == .error { errors += 1 } else { warnings += 1 }
        if examples.count < Self.exampleLimit { examples.append(example()) }
    }
}

/// One finding shown as an example: where it is (FILE:LINE and JSON Pointer) and what it says.
struct FindingExample {
    let input: String
    let line: Int
    let severity: Severity
    /// The JSON Pointer of the value, `/` for the whole statement.
    let pointer: String
    let message: String

    init(input: String, line: Int, finding: Finding, language: Language) {
        self.input = input
        self.line = line
        severity = finding.severity
        pointer = finding.path.description.isEmpty ? "/" : finding.path.description
        message = finding.message(in: language)
    }
}

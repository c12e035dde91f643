import XAPIValidation

/// The report for CI servers: JUnit XML, one test suite per input and one test case per statement.
///
/// A statement with errors is a failure listing its findings; warnings go to the case's system-out.
/// Cases are spooled to temporary files so that suite headers can carry their counts.
struct JUnitReportWriter: ReportWriter {
    let output: Output
    /// The language of messages; each finding's rule id is written in every language.
    let language: Language
    private let suites: Spool
    private var cases: Spool?

    init(output: Output, language: Language = .english) throws {
        self.output = output
        self.language = language
        suites = try Spool()
    }

    mutating func beginInput(_ name: String) throws {
        cases = try Spool()
    }

    mutating func record(_ verdict: StatementVerdict, input: String) throws {
        guard let cases else { return }
        let name = "statement \(verdict.index) (line \(verdict.line))" + (verdict.id.map { " \($0)" } ?? "")
        try cases.write("  <testcase classname=\"\(XMLText.escape(input))\" name=\"\(XMLText.escape(name))\"")
        guard !verdict.findings.isEmpty else {
            try cases.write("/>\n")
            return
        }
        try cases.write(">\n")
        let errors = verdict.findings.filter { $0.severity == .error }
        let warnings = verdict.findings.filter { $0.severity == .warning }
        if let first = errors.first {
            try cases.write(
                "   <failure type=\"\(XMLText.escape(first.rule))\" message=\"\(XMLText.escape(first.message(in: language)))\">"
            )
            try cases.write(
                XMLText.escape(errors.map { $0.description(in: language) }.joined(separator: "\n"))
            )
            try cases.write("</failure>\n")
        }
        if !warnings.isEmpty {
            try cases.write(
                "   <system-out>\(XMLText.escape(warnings.map { $0.description(in: language) }.joined(separator: "\n")))</system-out>\n"
            )
        }
        try cases.write("  </testcase>\n")
    }

    mutating func endInput(_ name: String, summary: ValidationSummary) throws {
        try suites.write(
            " <testsuite name=\"\(XMLText.escape(name))\" tests=\"\(summary.statements)\" failures=\"\(summary.invalid)\" errors=\"0\">\n"
        )
        try cases?.copy(to: suites)
        try suites.write(" </testsuite>\n")
        cases = nil
    }

    mutating func finish(_ summary: ValidationSummary, inputCount: Int) throws {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write(
            "<testsuites name=\"edutraces validate\" tests=\"\(summary.statements)\" failures=\"\(summary.invalid)\" errors=\"0\">\n"
        )
        try suites.copy(to: output)
        output.write("</testsuites>\n")
    }
}

import XAPI
import XAPIValidation

/// The machine-readable report: one JSON document with a summary and every statement that has findings.
///
/// `{"summary":{...},"results":[{"file":…,"index":0,"line":1,"id":…,"valid":false,"findings":[…]}]}`.
/// Results are spooled to a temporary file so that the summary can come first in constant memory.
struct JSONReportWriter: ReportWriter {
    let output: Output
    /// The language of messages; rule ids are the same in every language, so scripts filter on them.
    let language: Language
    private let spool: Spool
    private var resultCount = 0

    init(output: Output, language: Language = .english) throws {
        self.output = output
        self.language = language
        spool = try Spool()
    }

    mutating func beginInput(_ name: String) throws {}

    mutating func record(_ verdict: StatementVerdict, input: String) throws {
        guard !verdict.findings.isEmpty else { return }
        var result: JSONObject = [
            "file": .string(input),
            "index": .number(JSONNumber(verdict.index)),
            "line": .number(JSONNumber(verdict.line)),
        ]
        if let id = verdict.id { result["id"] = .string(id) }
        result["valid"] = .bool(verdict.isValid)
        result["findings"] = .array(
            verdict.findings.map { finding in
                [
                    "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue),
                    "path": .string(finding.path.description), "message": .string(finding.message(in: language)),
                    "spec": .string(finding.spec),
                ]
            }
        )
        if resultCount > 0 { try spool.write(",") }
        try spool.write(bytes: JSONWriter.bytes(from: .object(result)))
        resultCount += 1
    }

    mutating func endInput(_ name: String, summary: ValidationSummary) throws {}

    mutating func finish(_ summary: ValidationSummary, inputCount: Int) throws {
        let counts: JSONValue = [
            "statements": .number(JSONNumber(summary.statements)), "valid": .number(JSONNumber(summary.valid)),
            "invalid": .number(JSONNumber(summary.invalid)), "errors": .number(JSONNumber(summary.errors)),
            "warnings": .number(JSONNumber(summary.warnings)),
        ]
        output.write("{\"summary\":")
        output.write(bytes: JSONWriter.bytes(from: counts))
        output.write(",\"results\":[")
        try spool.copy(to: output)
        output.write("]}\n")
    }
}

import Foundation
import XAPI

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A report that does not have the shape the contract gives it.
struct ReportShapeError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// A `--format json` report, read strictly: one JSON document, every field present with its type, no other field.
struct JSONReport {
    /// The counts of `summary`.
    struct Summary: Equatable {
        var statements: Int
        var valid: Int
        var invalid: Int
        var errors: Int
        var warnings: Int
    }

    /// One entry of `results`: a statement with at least one finding.
    struct Result {
        let file: String
        let index: Int
        let line: Int
        let id: String?
        let valid: Bool
        let findings: [Finding]

        /// The rule ids of the findings, in order.
        var rules: [String] { findings.map(\.rule) }
    }

    /// One finding of a result.
    struct Finding {
        let rule: String
        let severity: String
        let path: String
        let message: String
        let spec: String
    }

    let summary: Summary
    let results: [Result]

    init(_ text: String) throws {
        let document = try JSONParser().parse(text)
        let root = try Fields(document, "the report", required: ["summary", "results"])
        let counts = try Fields(
            root.value("summary"),
            "summary",
            required: ["statements", "valid", "invalid", "errors", "warnings"]
        )
        summary = Summary(
            statements: try counts.int("statements"),
            valid: try counts.int("valid"),
            invalid: try counts.int("invalid"),
            errors: try counts.int("errors"),
            warnings: try counts.int("warnings")
        )
        results = try root.array("results").enumerated().map { position, value in
            let result = try Fields(
                value,
                "results[\(position)]",
                required: ["file", "index", "line", "valid", "findings"],
                optional: ["id"]
            )
            let findings = try result.array("findings").enumerated().map { number, value in
                let finding = try Fields(
                    value,
                    "results[\(position)].findings[\(number)]",
                    required: ["rule", "severity", "path", "message", "spec"]
                )
                return Finding(
                    rule: try finding.string("rule"),
                    severity: try finding.string("severity"),
                    path: try finding.string("path"),
                    message: try finding.string("message"),
                    spec: try finding.string("spec")
                )
            }
            return Result(
                file: try result.string("file"),
                index: try result.int("index"),
                line: try result.int("line"),
                id: try result.optionalString("id"),
                valid: try result.bool("valid"),
                findings: findings
            )
        }
    }

    /// The result of the statement at 0-based `index` of `file` (any file when `nil`), if it has findings.
    func result(at index: Int, in file: String? = nil) -> Result? {
        results.first { $0.index == index && (file == nil || $0.file == file) }
    }

    /// The members of one JSON object of the report, checked against the keys it must and may have.
    private struct Fields {
        let object: JSONObject
        let context: String

        init(_ value: JSONValue?, _ context: String, required: Set<String>, optional: Set<String> = []) throws {
            guard case .object(let object) = value else { throw ReportShapeError("\(context) is not an object") }
            let keys = Set(object.keys)
            guard required.isSubset(of: keys), keys.isSubset(of: required.union(optional)) else {
                throw ReportShapeError("\(context) has keys \(object.keys.sorted()), expected \(required.sorted())")
            }
            self.object = object
            self.context = context
        }

        func value(_ key: String) -> JSONValue? {
            object[key]
        }

        func int(_ key: String) throws -> Int {
            guard let number = object[key]?.numberValue, number.isInteger, let value = number.int64Value else {
                throw ReportShapeError("\(context).\(key) is not an integer")
            }
            return Int(value)
        }

        func string(_ key: String) throws -> String {
            guard let value = object[key]?.stringValue else {
                throw ReportShapeError("\(context).\(key) is not a string")
            }
            return value
        }

        func optionalString(_ key: String) throws -> String? {
            guard object[key] != nil else { return nil }
            return try string(key)
        }

        func bool(_ key: String) throws -> Bool {
            guard let value = object[key]?.boolValue else {
                throw ReportShapeError("\(context).\(key) is not a Boolean")
            }
            return value
        }

        func array(_ key: String) throws -> [JSONValue] {
            guard let value = object[key]?.arrayValue else {
                throw ReportShapeError("\(context).\(key) is not an array")
            }
            return value
        }
    }
}

/// A `--format junit` report, read with an XML parser.
struct JUnitReport {
    /// One `testsuite`: an input.
    struct Suite {
        let name: String
        let tests: Int
        let failures: Int
        let cases: [Case]
    }

    /// One `testcase`: a statement.
    struct Case {
        let classname: String
        let name: String
        /// The `type` attribute of the `failure`, when the case failed.
        let failureType: String?
        /// The text of the `failure`, when the case failed.
        let failureText: String?
        /// The text of `system-out`, if any.
        let systemOut: String?
    }

    let tests: Int
    let failures: Int
    let suites: [Suite]

    init(_ text: String) throws {
        let document = try XMLDocument(xmlString: text, options: [])
        guard let root = document.rootElement(), root.name == "testsuites" else {
            throw ReportShapeError("the root element is not testsuites")
        }
        tests = try Self.count("tests", of: root)
        failures = try Self.count("failures", of: root)
        suites = try root.elements(forName: "testsuite").map { suite in
            Suite(
                name: suite.attribute(forName: "name")?.stringValue ?? "",
                tests: try Self.count("tests", of: suite),
                failures: try Self.count("failures", of: suite),
                cases: suite.elements(forName: "testcase").map { testCase in
                    let failure = testCase.elements(forName: "failure").first
                    return Case(
                        classname: testCase.attribute(forName: "classname")?.stringValue ?? "",
                        name: testCase.attribute(forName: "name")?.stringValue ?? "",
                        failureType: failure?.attribute(forName: "type")?.stringValue,
                        failureText: failure?.stringValue,
                        systemOut: testCase.elements(forName: "system-out").first?.stringValue
                    )
                }
            )
        }
    }

    private static func count(_ attribute: String, of element: XMLElement) throws -> Int {
        guard let text = element.attribute(forName: attribute)?.stringValue, let count = Int(text) else {
            throw ReportShapeError("<\(element.name ?? "?")> has no integer \(attribute)")
        }
        return count
    }
}

/// One finding line of the text report: `FILE:LINE: SEVERITY RULE at /PATH: MESSAGE`.
struct TextFindingLine: Equatable {
    let file: String
    let line: Int
    let severity: String
    let rule: String
    let path: String
    let message: String

    /// Reads `text`; `nil` when it does not have the shape of a finding line.
    init?(_ text: String) {
        let shape = /^(.+):([0-9]+): (error|warning) ([a-z0-9.-]+) at (\/[^ ]*): (.+)$/
        guard let match = text.wholeMatch(of: shape), let line = Int(match.2) else { return nil }
        file = String(match.1)
        self.line = line
        severity = String(match.3)
        rule = String(match.4)
        path = String(match.5)
        message = String(match.6)
    }
}

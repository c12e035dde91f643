public import Foundation
public import XAPI

/// Checks statements against every statement-level requirement of xAPI 1.0.3 and 2.0.
///
/// The validator works on JSON values, so it reports every problem of an untyped input with a
/// JSON Pointer to it; it never throws and never stops at the first finding.
///
/// ```swift
/// let validator = Validator()
/// let report = validator.validate(bytes: Array(line.utf8))
/// for finding in report.findings { print(finding) }  // error xapi.agent.ifi at /actor: ...
/// ```
///
/// A `Validator` is a value: share it across tasks freely.
public struct Validator: Sendable {
    /// Options of a validator, with defaults that suit checking exports.
    public struct Configuration: Sendable {
        /// Which xAPI version statements are checked against; by default each statement's `version` decides.
        public var version: SpecVersionSelection
        /// The clock used to flag timestamps in the future; `nil` turns that check off.
        public var now: (@Sendable () -> Date)?
        /// How far ahead of `now` a timestamp may be before it is flagged (clocks drift).
        public var futureTolerance: TimeInterval
        /// The deepest nesting of arrays and objects accepted when parsing bytes.
        public var maxDepth: Int

        /// Creates a configuration.
        public init(
            version: SpecVersionSelection = .automatic,
            now: (@Sendable () -> Date)? = { Date() },
            futureTolerance: TimeInterval = 300,
            maxDepth: Int = JSONParser.defaultMaxDepth
        ) {
            self.version = version
            self.now = now
            self.futureTolerance = futureTolerance
            self.maxDepth = maxDepth
        }
    }

    /// The options in force.
    public let configuration: Configuration

    /// Creates a validator.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Creates a validator for one xAPI version.
    public init(version: SpecVersion) {
        self.init(configuration: Configuration(version: .fixed(version)))
    }

    /// Checks one statement given as a JSON value.
    public func validate(_ statement: JSONValue) -> Report {
        let version = configuration.version.version(for: statement)
        var checker = SpecChecker(version: version, futureLimit: futureLimit())
        checker.checkStatement(statement)
        return Report(version: version, findings: checker.findings)
    }

    /// Checks one statement given as a typed model.
    public func validate(_ statement: Statement) -> Report {
        validate(statement.json)
    }

    /// Parses and checks one statement given as UTF-8 JSON text.
    ///
    /// Text that is not JSON gets one `json.syntax` finding; repeated keys get one finding each
    /// (rule `xapi.property.duplicate`, at the repeated member) and the rest of the statement is still checked.
    public func validate(bytes: some Collection<UInt8>) -> Report {
        check(bytes: bytes).report
    }

    /// A statement read from text and what the validator found in it.
    public struct CheckedStatement: Sendable {
        /// The statement's JSON value; `nil` when the text is not JSON.
        public let statement: JSONValue?
        /// The findings, parsing problems first.
        public let report: Report
    }

    /// Parses and checks one statement given as UTF-8 JSON text, and returns the parsed value with the report.
    ///
    /// Use it when the statement is needed after validation (to read its id, or to send it on) without parsing twice.
    public func check(bytes: some Collection<UInt8>) -> CheckedStatement {
        let parsed = parse(bytes)
        guard let value = parsed.value else {
            let version: SpecVersion = if case .fixed(let fixed) = configuration.version { fixed } else { .v1_0_3 }
            return CheckedStatement(statement: nil, report: Report(version: version, findings: parsed.findings))
        }
        var report = validate(value)
        report.findings.insert(contentsOf: parsed.findings, at: 0)
        return CheckedStatement(statement: value, report: report)
    }

    /// Checks the statements of one batch (an array posted at once): each statement, and ids unique across them.
    ///
    /// Returns one report per statement, in order. A repeated id is an error of every statement after the first
    /// that carries it, since an LRS rejects such a batch whole.
    public func validate(batch statements: [JSONValue]) -> [Report] {
        var reports = statements.map(validate)
        var firstIndex: [String: Int] = [:]
        for (index, statement) in statements.enumerated() {
            guard let id = statement["id"]?.stringValue, StatementID.isValid(id) else { continue }
            let key = id.lowercased()
            if let first = firstIndex[key] {
                reports[index].findings.append(
                    Finding(
                        rule: .batchDuplicateID,
                        path: JSONPointer.root.appending("id"),
                        message: "id \(id) is also the id of statement \(first) of this batch"
                    )
                )
            } else {
                firstIndex[key] = index
            }
        }
        return reports
    }

    /// Checks a statement sent with PUT: the statement itself, and its `id` against the `statementId` parameter.
    public func validate(_ statement: JSONValue, putWithStatementID statementID: StatementID) -> Report {
        var report = validate(statement)
        if let id = statement["id"]?.stringValue, let written = try? StatementID(id), written != statementID {
            report.findings.append(
                Finding(
                    rule: .putStatementID,
                    path: JSONPointer.root.appending("id"),
                    message: "id \(id) differs from the statementId parameter \(statementID.canonicalText)"
                )
            )
        }
        return report
    }

    // MARK: Parsing

    /// A parsed statement (absent when the text is not JSON) with the findings parsing produced.
    struct Parsed {
        let value: JSONValue?
        let findings: [Finding]
    }

    /// Parses `bytes`; repeated keys are re-read slowly to report each with its path.
    func parse(_ bytes: some Collection<UInt8>) -> Parsed {
        let result = bytes.withContiguousStorageIfAvailable { parse(buffer: $0) }
        return result ?? Array(bytes).withUnsafeBufferPointer { parse(buffer: $0) }
    }

    private func parse(buffer: UnsafeBufferPointer<UInt8>) -> Parsed {
        let parser = JSONParser(maxDepth: configuration.maxDepth)
        do throws(JSONSyntaxError) {
            return Parsed(value: try parser.parse(buffer), findings: [])
        } catch {
            guard case .duplicateKey = error.kind, let recovered = try? parser.parseRecordingDuplicateKeys(buffer)
            else {
                let finding = Finding(
                    rule: .jsonSyntax,
                    path: .root,
                    message: "not valid JSON at \(Self.place(of: error)): \(error.reason)"
                )
                return Parsed(value: nil, findings: [finding])
            }
            let findings = recovered.duplicates.map { duplicate in
                Finding(
                    rule: .duplicateProperty,
                    path: duplicate.path,
                    message:
                        "\(duplicate.position.reason) at \(Self.place(of: duplicate.position)); a property appears at most once"
                )
            }
            return Parsed(value: recovered.value, findings: findings)
        }
    }

    /// Where a syntax error is, in the statement's own text: `column 12 (byte 11)`, with the line when there are several.
    private static func place(of error: JSONSyntaxError) -> String {
        let column = "column \(error.column) (byte \(error.offset))"
        return error.line == 1 ? column : "line \(error.line), \(column)"
    }

    private func futureLimit() -> Date? {
        configuration.now.map { $0().addingTimeInterval(configuration.futureTolerance) }
    }
}

public import Foundation
public import XAPI

/// Checks statements against every statement-level requirement of xAPI 1.0.3 and 2.0, then against the
/// rule sets of its configuration (profiles, a vendor's own rules).
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
        /// The rule sets run after the specification's rules, in order (profiles, a vendor's own).
        public var ruleSets: [any RuleSet]

        /// Creates a configuration.
        public init(
            version: SpecVersionSelection = .automatic,
            now: (@Sendable () -> Date)? = { Date() },
            futureTolerance: TimeInterval = 300,
            maxDepth: Int = JSONParser.defaultMaxDepth,
            ruleSets: [any RuleSet] = []
        ) {
            self.version = version
            self.now = now
            self.futureTolerance = futureTolerance
            self.maxDepth = maxDepth
            self.ruleSets = ruleSets
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

    /// Every rule set this validator runs, in order: the specification's rules, then the configured ones.
    public var ruleSets: [any RuleSet] {
        [SpecificationRules()] + configuration.ruleSets
    }

    /// Every rule this validator can report, rule set by rule set (rules loaded at run time included).
    public var rules: [Rule] {
        ruleSets.flatMap(\.rules)
    }

    /// Checks one statement given as a JSON value.
    public func validate(_ statement: JSONValue) -> Report {
        validate(statement, text: nil)
    }

    /// Checks one statement, with the text it was parsed from when there is one.
    private func validate(_ statement: JSONValue, text: StatementText?) -> Report {
        let version = configuration.version.version(for: statement)
        let context = CheckingContext(version: version, futureLimit: futureLimit(), text: text)
        var recorder = FindingRecorder()
        SpecificationRules().check(statement, in: context, recorder: &recorder)
        for ruleSet in configuration.ruleSets {
            ruleSet.check(statement, in: context, recorder: &recorder)
        }
        return Report(version: version, findings: recorder.findings)
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
    ///
    /// Each finding carries the ``Finding/position`` of the offending value in the text; positions are
    /// looked for only when there are findings, so a clean statement costs nothing more.
    public func check(bytes: some Collection<UInt8>) -> CheckedStatement {
        if let checked = bytes.withContiguousStorageIfAvailable(check(buffer:)) { return checked }
        return Array(bytes).withUnsafeBufferPointer(check(buffer:))
    }

    private func check(buffer: UnsafeBufferPointer<UInt8>) -> CheckedStatement {
        let parsed = parse(buffer: buffer)
        guard let value = parsed.value else {
            let version: SpecVersion = if case .fixed(let fixed) = configuration.version { fixed } else { .v1_0_3 }
            return CheckedStatement(statement: nil, report: Report(version: version, findings: parsed.findings))
        }
        var report = validate(value, text: StatementText(bytes: buffer))
        if !report.findings.isEmpty { locate(&report.findings, in: buffer) }
        report.findings.insert(contentsOf: parsed.findings, at: 0)
        return CheckedStatement(statement: value, report: report)
    }

    /// Sets each finding's position to where its value is written in `buffer`, in one pass over the text
    /// for all of them: a statement can carry dozens of findings.
    private func locate(_ findings: inout [Finding], in buffer: UnsafeBufferPointer<UInt8>) {
        let unplaced = findings.indices.filter { findings[$0].position == nil }
        let positions = JSONLocator.positions(of: unplaced.map { findings[$0].path }, in: buffer)
        for (index, position) in zip(unplaced, positions) { findings[index].position = position }
    }

    /// Checks the statements of one batch (an array posted at once): each statement, and ids unique across them.
    ///
    /// Returns one report per statement, in order. A repeated id is an error of every statement after the first
    /// that carries it, since an LRS rejects such a batch whole.
    public func validate(batch statements: [JSONValue]) -> [Report] {
        var export = ExportValidator(validator: self)
        var reports = statements.enumerated().map { index, statement in
            export.judge(
                export.examiner.examine(statement),
                at: ExportPosition(index: index, line: nil, sharesBatch: true)
            )
        }
        for late in export.finish() where reports.indices.contains(late.position.index) {
            reports[late.position.index].findings.append(late.finding)
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
                    message: LocalizedText(
                        english: "id \(id) differs from the statementId parameter \(statementID.canonicalText)",
                        french: "l'id \(id) diffère du paramètre statementId \(statementID.canonicalText)"
                    )
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

    /// Parses `buffer`; repeated keys are re-read slowly to report each with its path.
    private func parse(buffer: UnsafeBufferPointer<UInt8>) -> Parsed {
        let parser = JSONParser(maxDepth: configuration.maxDepth)
        do throws(JSONSyntaxError) {
            return Parsed(value: try parser.parse(buffer), findings: [])
        } catch {
            guard case .duplicateKey = error.kind, let recovered = try? parser.parseRecordingDuplicateKeys(buffer)
            else {
                var finding = Finding(
                    rule: .jsonSyntax,
                    path: .root,
                    message: LocalizedText(
                        english: "not valid JSON at \(Self.place(of: error)): \(error.reason)",
                        french: "JSON non valide à \(Self.frenchPlace(of: error)) : \(Self.frenchReason(of: error))"
                    )
                )
                finding.position = TextPosition(line: error.line, column: error.column)
                return Parsed(value: nil, findings: [finding])
            }
            let findings = recovered.duplicates.map { duplicate in
                var finding = Finding(
                    rule: .duplicateProperty,
                    path: duplicate.path,
                    message: LocalizedText(
                        english:
                            "\(duplicate.position.reason) at \(Self.place(of: duplicate.position)); a property appears at most once",
                        french:
                            "\(Self.frenchReason(of: duplicate.position)) à \(Self.frenchPlace(of: duplicate.position)) ; une propriété apparaît au plus une fois"
                    )
                )
                finding.position = TextPosition(line: duplicate.position.line, column: duplicate.position.column)
                return finding
            }
            return Parsed(value: recovered.value, findings: findings)
        }
    }

    /// Where a syntax error is, in the statement's own text: `column 12 (byte 11)`, with the line when there are several.
    private static func place(of error: JSONSyntaxError) -> String {
        let column = "column \(error.column) (byte \(error.offset))"
        return error.line == 1 ? column : "line \(error.line), \(column)"
    }

    /// The same place in French: `colonne 12 (octet 11)`, with the line when there are several.
    private static func frenchPlace(of error: JSONSyntaxError) -> String {
        let column = "colonne \(error.column) (octet \(error.offset))"
        return error.line == 1 ? column : "ligne \(error.line), \(column)"
    }

    /// ``JSONSyntaxError/reason`` in French.
    private static func frenchReason(of error: JSONSyntaxError) -> String {
        func describe(_ byte: UInt8) -> String {
            if byte >= 0x21, byte < 0x7F { return "caractère « \(Character(Unicode.Scalar(byte))) »" }
            let hex = String(byte, radix: 16, uppercase: true)
            return "octet 0x\(hex.count == 1 ? "0" + hex : hex)"
        }
        switch error.kind {
        case .empty: return "aucune valeur JSON (le texte est vide)"
        case .unexpectedEnd: return "le texte s'arrête au milieu d'une valeur"
        case .unexpectedByte(let byte): return "\(describe(byte)) inattendu"
        case .trailingComma: return "virgule en trop avant le crochet ou l'accolade fermante"
        case .invalidNumber:
            return "nombre mal formé (RFC 8259 : ni zéros en tête, ni « + », « NaN » ou « Infinity » ; "
                + "des chiffres des deux côtés du « . »)"
        case .invalidEscape: return "séquence d'échappement non valide dans une chaîne"
        case .loneSurrogate: return "échappement \\u d'un demi-code UTF-16 isolé"
        case .controlCharacter(let byte): return "caractère de contrôle \(describe(byte)) non échappé dans une chaîne"
        case .invalidUTF8: return "UTF-8 non valide"
        case .duplicateKey(let key): return "clé « \(key) » en double dans un objet"
        case .tooDeep(let limit): return "tableaux et objets imbriqués sur plus de \(limit) niveaux"
        case .trailingContent: return "contenu après la valeur JSON"
        }
    }

    private func futureLimit() -> Date? {
        configuration.now.map { $0().addingTimeInterval(configuration.futureTolerance) }
    }
}

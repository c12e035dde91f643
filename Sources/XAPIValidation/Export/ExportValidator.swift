public import XAPI

/// Validates a whole export: each statement on its own, then the checks that need every statement in
/// input order (repeated ids, a profile's patterns), in bounded memory.
///
/// ```swift
/// var export = ExportValidator(validator: Validator())
/// let examiner = export.examiner                          // copies run on any task, in parallel
/// for (index, line) in lines.enumerated() {
///     let examined = examiner.examine(bytes: line)
///     let report = export.judge(examined, at: ExportPosition(index: index, line: index + 1, sharesBatch: false))
/// }
/// let late = export.finish()                              // findings about earlier statements
/// ```
///
/// To read more of each statement than its report (a summary's counts, the statement itself to send on)
/// without parsing it again, give the examiner an extract: ``init(validator:extracting:)``.
public struct ExportValidator: Sendable {
    /// The order-free part: each statement's own checks and the extracts of the export checks.
    public let examiner: StatementExaminer
    private var checks: [any ExportCheck]

    /// Creates an export validator with the export checks of `validator`'s rule sets.
    ///
    /// ```swift
    /// var export = ExportValidator(validator: Validator(version: .v1_0_3))
    /// ```
    public init(validator: Validator) {
        checks = validator.ruleSets.flatMap { $0.makeExportChecks() }
        examiner = StatementExaminer(validator: validator, extractors: checks.map(\.extractor), extract: nil)
    }

    /// Creates an export validator whose examiner also runs `extract` on each statement it parses, and
    /// hands back the result in ``ExaminedStatement/extract``.
    ///
    /// Use it to read more of each statement than its report (counts for a summary, the statement itself
    /// to send on) without parsing its text a second time. `extract` runs on any task, once per statement
    /// that is JSON, before the export checks judge it: it must not read the caller's changing state.
    /// Keep its result small when statements are many, since examined statements wait in memory for
    /// their turn in input order.
    ///
    /// ```swift
    /// struct Facts: Sendable { let verb: String?; let platform: String? }
    ///
    /// var export = ExportValidator(validator: validator) { statement in
    ///     Facts(verb: statement["verb"]?["id"]?.stringValue, platform: statement["context"]?["platform"]?.stringValue)
    /// }
    /// let examined = export.examiner.examine(bytes: line)     // on any task
    /// let facts = examined.extract as? Facts                  // nil when the line is not JSON
    /// let report = export.judge(examined, at: position)
    /// ```
    public init(validator: Validator, extracting extract: @escaping @Sendable (JSONValue) -> (any Sendable)?) {
        checks = validator.ruleSets.flatMap { $0.makeExportChecks() }
        examiner = StatementExaminer(validator: validator, extractors: checks.map(\.extractor), extract: extract)
    }

    /// The validator that checks each statement.
    public var validator: Validator { examiner.validator }

    /// Runs the export checks on the statement at `position`, in input order, and returns its full report.
    public mutating func judge(_ examined: ExaminedStatement, at position: ExportPosition) -> Report {
        var report = examined.report
        for index in checks.indices {
            let extract = index < examined.checkExtracts.count ? examined.checkExtracts[index] : nil
            report.findings += checks[index].check(extract, at: position)
        }
        return report
    }

    /// The findings that the end of the export reveals about statements judged earlier.
    public mutating func finish() -> [ExportFinding] {
        checks.indices.flatMap { checks[$0].finish() }
    }
}

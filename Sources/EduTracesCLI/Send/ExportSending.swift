import XAPI
import XAPIUploader
import XAPIValidation

/// Reads one input, validates it as `validate` does (every core, input order, bounded memory) and puts
/// every statement without an error in the uploader's journal; the others are reported and kept back.
///
/// Statements are checked in parallel by an ``OrderedPipeline``; the export checks (repeated ids) judge
/// them in input order; the statements of one batch are then enqueued together, so that they share the
/// journal's group commits instead of paying one `fsync` each.
///
/// ```swift
/// try await ExportSending(validator: validator, uploader: uploader)
///     .run(ExportReader(source: source), input: source.name, into: &summary) { context.diagnostics.write($0) }
/// ```
struct ExportSending {
    let validator: Validator
    let uploader: Uploader

    /// Reads `reader` to its end, enqueuing the valid statements and reporting the others through `report`
    /// as `FILE:LINE: rule at /path: message` lines.
    ///
    /// - Throws: an ``InputError`` when the input fails part way (what was read before is queued), an
    ///   ``UploaderError`` when the journal cannot be written.
    func run(
        _ reader: ExportReader,
        input: String,
        into summary: inout SendSummary,
        report: (String) -> Void
    ) async throws {
        var export = CandidateStatement.examination(of: validator)
        let examiner = export.examiner
        let pipeline = OrderedPipeline { batch in CandidateStatement.check(batch, with: examiner) }
        summary.inputs += 1
        try await pipeline.run(reader) { candidates in
            var sendable: [(line: Int, statement: JSONValue)] = []
            for var candidate in candidates {
                summary.read += 1
                if let examined = candidate.verdict.examined {
                    let position = ExportPosition(
                        index: candidate.verdict.index,
                        line: candidate.verdict.line,
                        sharesBatch: reader.statementsShareABatch
                    )
                    candidate.verdict.findings = export.judge(examined, at: position).findings
                }
                guard candidate.verdict.isValid, let statement = candidate.statement else {
                    summary.notSent += 1
                    Self.reportErrors(candidate.verdict.findings, line: candidate.verdict.line, input: input, report)
                    continue
                }
                sendable.append((candidate.verdict.line, statement))
            }
            let refusals = try await enqueue(sendable)
            for (line, error) in refusals {
                if case .bufferFull = error { summary.refusedAsFull += 1 }
                report("\(input):\(line): \(Self.reason(for: error))\n")
            }
            summary.notSent += refusals.count
            summary.queued += sendable.count - refusals.count
        }
        for late in export.finish() where late.finding.severity == .error {
            summary.flaggedAfterQueueing += 1
            Self.reportErrors([late.finding], line: late.position.line ?? 0, input: input, report)
        }
    }

    /// Enqueues `statements` concurrently and returns, in input order, those the uploader refused.
    ///
    /// - Throws: ``UploaderError/journal(_:)`` (or ``UploaderError/closed``), which end the run.
    private func enqueue(_ statements: [(line: Int, statement: JSONValue)]) async throws -> [(Int, UploaderError)] {
        let uploader = uploader
        let refusals = await withTaskGroup(of: (Int, UploaderError)?.self) { group in
            for (position, item) in statements.enumerated() {
                group.addTask {
                    do throws(UploaderError) {
                        try await uploader.enqueue(item.statement)
                        return nil
                    } catch {
                        return (position, error)
                    }
                }
            }
            var refusals: [(Int, UploaderError)] = []
            for await refusal in group {
                if let refusal { refusals.append(refusal) }
            }
            return refusals.sorted { $0.0 < $1.0 }
        }
        for (_, error) in refusals {
            switch error {
            case .journal, .closed: throw error
            default: continue
            }
        }
        return refusals.map { (statements[$0.0].line, $0.1) }
    }

    /// Why the uploader kept a valid statement out of the journal, as a `rule at /path: message` text: a
    /// refusal's own reasons (`uploader.statement.size` for one larger than a batch), or the full journal's.
    private static func reason(for error: UploaderError) -> String {
        switch error {
        case .refused(let rejection):
            return rejection.reasons.map(\.description).joined(separator: "; ")
        case .bufferFull:
            return "uploader.journal.full at /: the journal is full; deliver or purge what it holds first"
        default:
            return "uploader at /: \(error)"
        }
    }

    private static func reportErrors(_ findings: [Finding], line: Int, input: String, _ report: (String) -> Void) {
        for finding in findings where finding.severity == .error {
            let path = finding.path.description.isEmpty ? "/" : finding.path.description
            report("\(input):\(line): \(finding.rule) at \(path): \(finding.message)\n")
        }
    }
}

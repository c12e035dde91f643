import XAPI
import XAPIUploader

/// What one `send` did: statements read and queued, statements kept back, what the LRS took, what it set
/// aside, what is still queued; it decides the exit status and writes the summary.
///
/// ```swift
/// var summary = SendSummary()
/// summary.read += 1; summary.queued += 1
/// context.output.write(summary.text)
/// return summary.exitStatus
/// ```
struct SendSummary {
    /// Inputs read (wholly or in part).
    var inputs = 0
    /// Statements read from them.
    var read = 0
    /// Statements put in the journal by this run.
    var queued = 0
    /// Statements kept out of the journal: errors found by the validator, or refused by the uploader.
    var notSent = 0
    /// Of those, statements the journal refused because it was full.
    var refusedAsFull = 0
    /// Statements queued before an error about them came to light at the end of their input.
    var flaggedAfterQueueing = 0
    /// Statements waiting in the journal when this run opened it (left by an earlier run).
    var queuedBefore = 0
    /// Statements the LRS acknowledged during this run, earlier ones included.
    var delivered = 0
    /// Statements the uploader set aside during this run, with their reasons.
    var setAside: [SetAsideStatement] = []
    /// Statements set aside by earlier runs, still in the journal's set-aside store.
    var setAsideBefore = 0
    /// Statements the uploader dropped from the journal (older than its maximum age).
    var dropped = 0
    /// Statements still waiting in the journal when this run ended.
    var stillQueued = 0
    /// Why delivery did not finish, when it did not.
    var incomplete: String?
    /// Whether an input or the journal could not be read or written.
    var failedIO = false

    /// 0 everything given was delivered, 1 some statements were kept back, refused or set aside,
    /// 3 delivery did not finish (the journal keeps what is left), 2 an input or the journal failed; when
    /// several apply, 2 wins over 3 and 3 over 1 (what must be mended first).
    var exitStatus: Int32 {
        if failedIO { return EduTraces.ExitStatus.usage }
        if incomplete != nil || stillQueued > 0 { return EduTraces.ExitStatus.deliveryIncomplete }
        if notSent + flaggedAfterQueueing + setAside.count + dropped > 0 { return EduTraces.ExitStatus.findings }
        return EduTraces.ExitStatus.success
    }

    /// The summary for standard output, one fact a line.
    var text: String {
        var lines: [String] = []
        if inputs > 0 {
            var line = "\(Self.count(read, "statement")) in \(Self.count(inputs, "input")): \(queued) queued"
            if notSent > 0 { line += ", \(notSent) not sent (invalid or refused)" }
            if flaggedAfterQueueing > 0 { line += ", \(flaggedAfterQueueing) flagged after queueing" }
            lines.append(line)
        }
        if queuedBefore > 0 {
            lines.append("\(Self.count(queuedBefore, "statement")) already queued by an earlier run")
        }
        lines.append("delivered: \(delivered)")
        lines.append("set aside: \(setAside.count)")
        for item in setAside {
            lines.append("  \(item.id?.canonicalText ?? item.key): \(item.reason)")
        }
        if dropped > 0 { lines.append("dropped: \(dropped) (waited longer than the journal keeps statements)") }
        lines.append("still queued: \(stillQueued)")
        if let incomplete {
            lines.append("delivery did not finish: \(incomplete); run the command again to resume")
        }
        if setAsideBefore > 0 {
            lines.append(
                "\(Self.count(setAsideBefore, "statement")) set aside by earlier runs (see edutraces journal)"
            )
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `1 statement`, `2 statements`.
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}

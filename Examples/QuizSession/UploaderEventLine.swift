import Foundation
import XAPI
import XAPIUploader

/// One uploader event on one line, as a vendor's log would show it: ids, counts, delays and reasons,
/// never a statement's content (the uploader's events carry none).
func line(for event: UploaderEvent) -> String {
    switch event {
    case .recovered(let queued, let corrupt, let tornTailBytes):
        return "journal opened: \(queued) waiting from an earlier run, \(corrupt) damaged, \(tornTailBytes) torn bytes"
    case .enqueued(let id):
        return "enqueued \(id.text)"
    case .persisted(let count):
        return "persisted \(count) on disk (one fsync)"
    case .sent(let statements, let bytes):
        return "sent \(statements) in one POST (\(bytes) bytes)"
    case .delivered(let ids):
        return "delivered \(ids.count): " + ids.map(\.text).joined(separator: " ")
    case .retried(let reason, let delay):
        return "retrying in \(seconds(delay)): \(reason)"
    case .setAside(let id, let reason):
        return "set aside \(id?.text ?? "a damaged record"): \(reason)"
    case .dropped(let id, let reason):
        return "dropped \(id.text): \(reason)"
    case .paused(.unauthorized(let status)):
        return "paused: the LRS refused the credentials (\(status))"
    case .paused(.rateLimited(let until)):
        return "paused: the LRS asked to wait until \(Date(timeIntervalSince1970: until))"
    case .resumed:
        return "resumed"
    }
}

/// `1.3 s`.
private func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(format: "%.1f s", Double(seconds) + Double(attoseconds) / 1e18)
}

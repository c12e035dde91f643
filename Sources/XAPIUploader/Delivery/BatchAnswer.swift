import Foundation

/// What an LRS answer to a POST of statements means for the batch (the table of the uploader's design).
enum BatchAnswer: Sendable, Equatable {
    /// 200 or 204: stored, or already there with the same content.
    case delivered
    /// 409: some id is already stored with other content.
    case conflict(message: String)
    /// 400 or 422: some statement is invalid.
    case refused(status: Int, message: String)
    /// 413: the request is too large.
    case tooLarge
    /// 401 or 403.
    case unauthorized(status: Int)
    /// 429 or 503 with a Retry-After: wait exactly this long.
    case retryAfter(status: Int, delay: Duration)
    /// Any other status, or 429/503 without a usable Retry-After: back off.
    case serverError(status: Int)

    /// Reads an answer; `now` resolves a Retry-After given as an HTTP date.
    init(_ response: HTTPResponse, now: Date) {
        let message = String(decoding: response.body.prefix(2_000), as: UTF8.self)
        switch response.status {
        case 200, 204: self = .delivered
        case 409: self = .conflict(message: message)
        case 400, 422: self = .refused(status: response.status, message: message)
        case 413: self = .tooLarge
        case 401, 403: self = .unauthorized(status: response.status)
        case 429, 503:
            if let delay = response.header("Retry-After").flatMap({ Self.retryAfter($0, now: now) }) {
                self = .retryAfter(status: response.status, delay: delay)
            } else {
                self = .serverError(status: response.status)
            }
        default: self = .serverError(status: response.status)
        }
    }

    /// RFC 9110 §10.2.3: a number of seconds, or an HTTP date.
    static func retryAfter(_ value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int64(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        let milliseconds = max(0, (date.timeIntervalSince(now) * 1_000).rounded(.up))
        return .milliseconds(Int64(milliseconds))
    }
}

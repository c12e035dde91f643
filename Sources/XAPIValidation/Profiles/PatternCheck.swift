import XAPI

/// Checks the primary patterns of a profile over an export (placeholder until patterns are compiled).
struct PatternCheck: ExportCheck {
    let profile: Profile

    var extractor: @Sendable (JSONValue) -> (any Sendable)? { { _ in nil } }

    mutating func check(_ extract: (any Sendable)?, at position: ExportPosition) -> [Finding] { [] }

    mutating func finish() -> [ExportFinding] { [] }
}

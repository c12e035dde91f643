public import XAPI

/// A check that needs the whole export in input order, such as repeated ids or a profile's patterns.
///
/// The work is split in two so that an export is checked on every core: the ``extractor`` runs on any
/// task, as soon as a statement is parsed, and keeps only what the check needs of it (an id and a
/// fingerprint, a registration and a verb); ``check(_:at:)`` then runs once per statement, in input
/// order, from that extract. Memory must stay bounded however long the export is: keep compact state
/// per id or per open registration, never the statements.
public protocol ExportCheck: Sendable {
    /// Takes what the check needs of one statement (`nil` when the statement does not concern it).
    ///
    /// It runs on other tasks while the check judges earlier statements, so it must not read the check's
    /// changing state: capture only what is fixed (a profile's paths, say).
    var extractor: @Sendable (JSONValue) -> (any Sendable)? { get }

    /// Judges the statement at `position` (in input order) from its extract, and returns its findings.
    ///
    /// Unparsable statements are passed too, with a `nil` extract, so that a check can count positions.
    mutating func check(_ extract: (any Sendable)?, at position: ExportPosition) -> [Finding]

    /// The findings that only the end of the export reveals, each about a statement seen earlier.
    mutating func finish() -> [ExportFinding]
}

/// Where a statement stands in an export.
public struct ExportPosition: Sendable, Hashable {
    /// The 0-based position of the statement in its input.
    public let index: Int
    /// The 1-based line where it starts, when it was read from text.
    public let line: Int?
    /// Whether the statements of this export are sent together, as one batch (a JSON array), rather than
    /// one by one (NDJSON lines): a repeated id then makes an LRS reject the whole batch.
    public let sharesBatch: Bool

    /// Creates a position.
    public init(index: Int, line: Int?, sharesBatch: Bool) {
        self.index = index
        self.line = line
        self.sharesBatch = sharesBatch
    }
}

/// A finding that the end of an export revealed about one of its statements.
public struct ExportFinding: Sendable, Hashable {
    /// The statement it is about.
    public let position: ExportPosition
    /// The finding.
    public let finding: Finding

    /// Creates an export finding.
    public init(position: ExportPosition, finding: Finding) {
        self.position = position
        self.finding = finding
    }
}

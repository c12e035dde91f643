public import XAPI

/// Collects the findings of one statement while a rule set walks it, with the path to the value under
/// inspection.
///
/// The path is a stack of tokens, turned into a `JSONPointer` only when a finding is recorded, so a
/// clean statement costs no path building. Every rule set records through one: the spec rules, the
/// profile engine, a vendor's own.
///
/// ```swift
/// recorder.descend("context") { recorder in
///     recorder.record(.contextActivityOnly, at: "platform", "context.platform needs an Activity object")
/// }
/// ```
public struct FindingRecorder: Sendable {
    /// The findings so far, in the order recorded.
    public private(set) var findings: [Finding] = []
    private var path: [JSONPointer.Token] = []

    /// Creates an empty recorder at the statement's root.
    public init() {
        // Statements are rarely deeper than this: one allocation for the whole walk.
        path.reserveCapacity(16)
    }

    /// A recorder that allocates nothing until it records, to be swapped with a real one.
    init(placeholder: Void) {}

    /// The pointer to the value under inspection.
    public var currentPath: JSONPointer { JSONPointer(tokens: path) }

    /// Records a finding of `rule` at the current path.
    public mutating func record(_ rule: Rule, _ message: LocalizedText) {
        findings.append(Finding(rule: rule, path: JSONPointer(tokens: path), message: message))
    }

    /// Records a finding of `rule` at the member `key` of the current value.
    public mutating func record(_ rule: Rule, at key: String, _ message: LocalizedText) {
        path.append(.key(key))
        record(rule, message)
        path.removeLast()
    }

    /// Records a finding made elsewhere (its path is taken as it is, from the statement's root).
    public mutating func record(_ finding: Finding) {
        findings.append(finding)
    }

    /// Steps into the member `key` or element `index`; pair each call with ``leave()``.
    public mutating func enter(_ token: JSONPointer.Token) {
        path.append(token)
    }

    /// Steps back out of the last token entered.
    public mutating func leave() {
        path.removeLast()
    }

    /// Runs `body` with the path extended by the member `key`.
    public mutating func descend(_ key: String, _ body: (inout FindingRecorder) -> Void) {
        path.append(.key(key))
        body(&self)
        path.removeLast()
    }

    /// Runs `body` with the path extended by the element `index`.
    public mutating func descend(_ index: Int, _ body: (inout FindingRecorder) -> Void) {
        path.append(.index(index))
        body(&self)
        path.removeLast()
    }
}

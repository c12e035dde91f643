public import Testing
public import XAPI

/// Expects `actual` to be written exactly as `expected`: keys and strings byte for byte, number lexemes,
/// and member order unless `memberOrder` is `.free` (``JSONValue/isIdentical(to:comparingMemberOrder:)``);
/// shows both texts when it is not.
///
/// Round trips use this rather than `==`, which compares by meaning (`1.0` equals `1`). A tree written
/// and parsed again keeps its member order; a typed model writes members in the specification's order,
/// so its round trips pass `.free`.
///
/// ```swift
/// expectIdentical(try JSONParser().parse(JSONWriter.bytes(from: value)), value)
/// expectIdentical(try Statement(json: value).json, value, memberOrder: .free, "suite case v103-valid-0001")
/// ```
public func expectIdentical(
    _ actual: JSONValue,
    _ expected: JSONValue,
    memberOrder: MemberOrder = .kept,
    _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard !actual.isIdentical(to: expected, comparingMemberOrder: memberOrder == .kept) else { return }
    let label = comment.map { "\($0): " } ?? ""
    Issue.record(
        "\(label)not written alike\n  got      \(JSONWriter.string(from: actual))\n  expected \(JSONWriter.string(from: expected))",
        sourceLocation: sourceLocation
    )
}

/// Whether an exact comparison also compares the order of object members.
public enum MemberOrder: Sendable {
    /// Members must come in the same order (JSON trees: parsing and writing keep it).
    case kept
    /// Members may come in any order (typed models write them in the specification's order).
    case free
}

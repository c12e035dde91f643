/// One place in a statement where a person or a group can stand, and what the specification puts there.
///
/// ```swift
/// AgentPositions.visit(statement) { position, agent in
///     print(position.role, position.path)  // actor /actor, member /actor/member/0, instructor /context/instructor...
/// }
/// ```
public struct AgentPosition: Sendable, Hashable {
    /// The property that holds the agent or group.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// `actor`: an Agent or a Group.
        case actor
        /// `object`, when its `objectType` is `Agent` or `Group`.
        case object
        /// `context.instructor`: an Agent or a Group.
        case instructor
        /// `context.team`: a Group.
        case team
        /// `context.contextAgents[*].agent` (xAPI 2.0): an Agent.
        case contextAgent
        /// `context.contextGroups[*].group` (xAPI 2.0): a Group.
        case contextGroup
        /// `authority`: an Agent, or a two-member anonymous Group (three-legged OAuth).
        case authority
        /// An element of a Group's `member` array: an Agent.
        case member
    }

    /// The property that holds it.
    public let role: Role
    /// Where it is, from the statement's root.
    public let path: JSONPointer
    /// Whether it belongs to a SubStatement (the statement's object) rather than to the statement itself.
    public let isInSubStatement: Bool

    /// Creates a position.
    public init(role: Role, path: JSONPointer, isInSubStatement: Bool) {
        self.role = role
        self.path = path
        self.isInSubStatement = isInSubStatement
    }
}

/// Every place in a statement where a person or a group can appear: the one map of them in the SDK.
///
/// The positions are `actor`, `object` (when an Agent or Group), `context.instructor`, `context.team`,
/// `context.contextAgents[*].agent` and `context.contextGroups[*].group` (xAPI 2.0), `authority`, each
/// Group's `member`s, and all of these again inside a SubStatement, however deeply nested. Validation
/// rules visit them; the pseudonymizer rewrites them, so that no identity can hide in a position one of
/// them forgot.
///
/// A position is visited whatever its value, even one that is not an object, so that a caller that
/// must not let anything through (a pseudonymizer) sees malformed agents too.
///
/// ```swift
/// let anonymous = AgentPositions.rewrite(statement) { position, agent in
///     position.role == .member ? agent : ["objectType": "Agent", "account": ["homePage": "…", "name": "…"]]
/// }
/// ```
public enum AgentPositions {
    /// Calls `body` with every agent or group of `statement`, in document order, a Group's members before the Group.
    public static func visit(
        _ statement: JSONValue,
        _ body: (AgentPosition, JSONValue) throws -> Void
    ) rethrows {
        var document = statement
        var path = Path()
        _ = try walkStatement(&document, at: &path, isInSubStatement: false) { position, value in
            try body(position, value)
            return false
        }
    }

    /// The positions of `statement`'s agents and groups, in the order of ``visit(_:_:)``.
    public static func positions(in statement: JSONValue) -> [AgentPosition] {
        var positions: [AgentPosition] = []
        visit(statement) { position, _ in positions.append(position) }
        return positions
    }

    /// Returns `statement` with each agent or group replaced by what `transform` returns for it.
    ///
    /// A Group's members are rewritten first, and `transform` then receives the Group with its rewritten
    /// members, so that it can keep, replace or drop them.
    public static func rewrite(
        _ statement: JSONValue,
        _ transform: (AgentPosition, JSONValue) throws -> JSONValue
    ) rethrows -> JSONValue {
        var document = statement
        var path = Path()
        _ = try walkStatement(&document, at: &path, isInSubStatement: false) { position, value in
            value = try transform(position, value)
            return true
        }
        return document
    }

    /// A step of the walk: sees (and may replace) one agent or group; returns whether it changed it.
    private typealias Step = (AgentPosition, inout JSONValue) throws -> Bool

    /// The path walked so far, as a stack of tokens: a pointer is made only where a position is found.
    private typealias Path = [JSONPointer.Token]

    /// Walks a statement or SubStatement object; returns whether anything in it changed.
    private static func walkStatement(
        _ value: inout JSONValue,
        at path: inout Path,
        isInSubStatement: Bool,
        _ step: Step
    ) rethrows -> Bool {
        try walkMembers(of: &value, at: &path) { key, child, path in
            switch key {
            case "actor":
                return try walkAgent(&child, .actor, at: &path, isInSubStatement, step)
            case "authority":
                return try walkAgent(&child, .authority, at: &path, isInSubStatement, step)
            case "object":
                switch child["objectType"] {
                case "Agent", "Group":
                    return try walkAgent(&child, .object, at: &path, isInSubStatement, step)
                case "SubStatement":
                    return try walkStatement(&child, at: &path, isInSubStatement: true, step)
                default:
                    return false
                }
            case "context":
                return try walkContext(&child, at: &path, isInSubStatement, step)
            default:
                return false
            }
        }
    }

    private static func walkContext(
        _ value: inout JSONValue,
        at path: inout Path,
        _ isInSubStatement: Bool,
        _ step: Step
    ) rethrows -> Bool {
        try walkMembers(of: &value, at: &path) { key, child, path in
            switch key {
            case "instructor":
                return try walkAgent(&child, .instructor, at: &path, isInSubStatement, step)
            case "team":
                return try walkAgent(&child, .team, at: &path, isInSubStatement, step)
            case "contextAgents", "contextGroups":
                let (inner, role): (String, AgentPosition.Role) =
                    key == "contextAgents" ? ("agent", .contextAgent) : ("group", .contextGroup)
                return try walkElements(of: &child, at: &path) { entry, path in
                    try walkMembers(of: &entry, at: &path) { entryKey, agent, path in
                        guard entryKey == inner else { return false }
                        return try walkAgent(&agent, role, at: &path, isInSubStatement, step)
                    }
                }
            default:
                return false
            }
        }
    }

    /// Steps on one agent or group after its members (so a rewritten group receives rewritten members).
    private static func walkAgent(
        _ value: inout JSONValue,
        _ role: AgentPosition.Role,
        at path: inout Path,
        _ isInSubStatement: Bool,
        _ step: Step
    ) rethrows -> Bool {
        let membersChanged = try walkMembers(of: &value, at: &path) { key, members, path in
            guard key == "member" else { return false }
            return try walkElements(of: &members, at: &path) { member, path in
                try walkAgent(&member, .member, at: &path, isInSubStatement, step)
            }
        }
        let position = AgentPosition(role: role, path: JSONPointer(tokens: path), isInSubStatement: isInSubStatement)
        return try step(position, &value) || membersChanged
    }

    // MARK: Containers

    /// Calls `body` with each member of an object (nothing for other values), the path extended by its key,
    /// writing back the members it changes.
    private static func walkMembers(
        of value: inout JSONValue,
        at path: inout Path,
        _ body: (String, inout JSONValue, inout Path) throws -> Bool
    ) rethrows -> Bool {
        guard case .object(var object) = value else { return false }
        var changed = false
        for index in object.members.indices {
            var child = object.members[index].value
            path.append(.key(object.members[index].key))
            defer { path.removeLast() }
            if try body(object.members[index].key, &child, &path) {
                if !changed {
                    // Release the original so that the object is edited in place from now on.
                    value = .null
                    changed = true
                }
                object.replaceValue(at: index, with: child)
            }
        }
        if changed { value = .object(object) }
        return changed
    }

    /// Calls `body` with each element of an array (nothing for other values), the path extended by its index,
    /// writing back the elements it changes.
    private static func walkElements(
        of value: inout JSONValue,
        at path: inout Path,
        _ body: (inout JSONValue, inout Path) throws -> Bool
    ) rethrows -> Bool {
        guard case .array(var elements) = value else { return false }
        var changed = false
        for index in elements.indices {
            var element = elements[index]
            path.append(.index(index))
            defer { path.removeLast() }
            if try body(&element, &path) {
                if !changed {
                    value = .null
                    changed = true
                }
                elements[index] = element
            }
        }
        if changed { value = .array(elements) }
        return changed
    }
}

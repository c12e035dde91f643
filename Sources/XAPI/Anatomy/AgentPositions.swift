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
        // A read-only walk: nothing is copied to be written back, and only the positions' paths are built.
        var path = Path()
        path.reserveCapacity(8)
        try visitStatement(statement, at: &path, isInSubStatement: false, body)
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

    // MARK: The map

    /// What a member of a statement, a context or a context entry holds.
    private enum Place {
        /// An agent or group in `role`.
        case agent(AgentPosition.Role)
        /// A SubStatement, with positions of its own.
        case subStatement
        /// A context.
        case context
        /// An array of entries (xAPI 2.0 `contextAgents`, `contextGroups`), each with its agent or group
        /// under `key`.
        case entries(key: String, role: AgentPosition.Role)
        /// No position.
        case none
    }

    /// The place of the member `key` (with its `value`) of a statement or SubStatement.
    ///
    /// Most members hold no position: their length rules them out before any comparison of text.
    private static func place(inStatement key: String, _ value: JSONValue) -> Place {
        switch key.utf8.count {
        case 5 where key == "actor": return .agent(.actor)
        case 9 where key == "authority": return .agent(.authority)
        case 7 where key == "context": return .context
        case 6 where key == "object":
            switch value["objectType"] {
            case "Agent", "Group": return .agent(.object)
            case "SubStatement": return .subStatement
            default: return .none
            }
        default: return .none
        }
    }

    /// The place of the member `key` of a context.
    private static func place(inContext key: String) -> Place {
        switch key.utf8.count {
        case 10 where key == "instructor": return .agent(.instructor)
        case 4 where key == "team": return .agent(.team)
        case 13 where key == "contextAgents": return .entries(key: "agent", role: .contextAgent)
        case 13 where key == "contextGroups": return .entries(key: "group", role: .contextGroup)
        default: return .none
        }
    }

    // MARK: Visiting

    private typealias Visit = (AgentPosition, JSONValue) throws -> Void

    private static func visitStatement(
        _ value: JSONValue,
        at path: inout Path,
        isInSubStatement: Bool,
        _ visit: Visit
    ) rethrows {
        guard case .object(let object) = value else { return }
        // Reading through the buffer passes over the members without retaining each one.
        try object.members.withUnsafeBufferPointer { members in
            for member in members.indices {
                let key = members[member].key
                switch place(inStatement: key, members[member].value) {
                case .agent(let role):
                    path.append(.key(key))
                    try visitAgent(members[member].value, role, at: &path, isInSubStatement, visit)
                    path.removeLast()
                case .subStatement:
                    path.append(.key(key))
                    try visitStatement(members[member].value, at: &path, isInSubStatement: true, visit)
                    path.removeLast()
                case .context:
                    path.append(.key(key))
                    try visitContext(members[member].value, at: &path, isInSubStatement, visit)
                    path.removeLast()
                case .entries, .none:
                    continue
                }
            }
        }
    }

    private static func visitContext(
        _ value: JSONValue,
        at path: inout Path,
        _ isInSubStatement: Bool,
        _ visit: Visit
    ) rethrows {
        guard case .object(let object) = value else { return }
        try object.members.withUnsafeBufferPointer { members in
            for member in members {
                try visitContextMember(member, at: &path, isInSubStatement, visit)
            }
        }
    }

    private static func visitContextMember(
        _ member: JSONObject.Member,
        at path: inout Path,
        _ isInSubStatement: Bool,
        _ visit: Visit
    ) rethrows {
        switch place(inContext: member.key) {
        case .agent(let role):
            path.append(.key(member.key))
            try visitAgent(member.value, role, at: &path, isInSubStatement, visit)
            path.removeLast()
        case .entries(let key, let role):
            guard case .array(let entries) = member.value else { return }
            path.append(.key(member.key))
            for (index, entry) in entries.enumerated() {
                guard case .object(let fields) = entry, let agent = fields[key] else { continue }
                path.append(.index(index))
                path.append(.key(key))
                try visitAgent(agent, role, at: &path, isInSubStatement, visit)
                path.removeLast(2)
            }
            path.removeLast()
        case .subStatement, .context, .none:
            return
        }
    }

    /// Visits a group's members, then the agent or group itself.
    private static func visitAgent(
        _ value: JSONValue,
        _ role: AgentPosition.Role,
        at path: inout Path,
        _ isInSubStatement: Bool,
        _ visit: Visit
    ) rethrows {
        if case .object(let object) = value, case .array(let members)? = object["member"] {
            path.append(.key("member"))
            for (index, member) in members.enumerated() {
                path.append(.index(index))
                try visitAgent(member, .member, at: &path, isInSubStatement, visit)
                path.removeLast()
            }
            path.removeLast()
        }
        try visit(AgentPosition(role: role, path: JSONPointer(tokens: path), isInSubStatement: isInSubStatement), value)
    }

    // MARK: Rewriting

    /// Walks a statement or SubStatement object; returns whether anything in it changed.
    private static func walkStatement(
        _ value: inout JSONValue,
        at path: inout Path,
        isInSubStatement: Bool,
        _ step: Step
    ) rethrows -> Bool {
        try walkMembers(of: &value, at: &path) { key, child, path in
            switch place(inStatement: key, child) {
            case .agent(let role):
                return try walkAgent(&child, role, at: &path, isInSubStatement, step)
            case .subStatement:
                return try walkStatement(&child, at: &path, isInSubStatement: true, step)
            case .context:
                return try walkContext(&child, at: &path, isInSubStatement, step)
            case .entries, .none:
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
            switch place(inContext: key) {
            case .agent(let role):
                return try walkAgent(&child, role, at: &path, isInSubStatement, step)
            case .entries(let inner, let role):
                return try walkElements(of: &child, at: &path) { entry, path in
                    try walkMembers(of: &entry, at: &path) { entryKey, agent, path in
                        guard entryKey == inner else { return false }
                        return try walkAgent(&agent, role, at: &path, isInSubStatement, step)
                    }
                }
            case .subStatement, .context, .none:
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

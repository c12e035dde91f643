import XAPI

/// What becomes of one member of an object the pseudonymizer rewrites.
enum MemberEdit {
    /// The member stays as written.
    case keep
    /// The member's value is replaced.
    case replace(JSONValue)
    /// The member is removed.
    case remove

    /// `.keep` when there is no new value, else `.replace`.
    init(_ replacement: JSONValue?) {
        self = replacement.map(MemberEdit.replace) ?? .keep
    }
}

extension JSONObject {
    /// The object with `edit`'s decision applied to each member, or nil when every member is kept, so that
    /// the common case (nothing to change) neither allocates nor copies.
    func edited<Failure: Error>(
        _ edit: (Member) throws(Failure) -> MemberEdit
    ) throws(Failure) -> JSONObject? {
        var result: JSONObject?
        var removals: [String] = []
        for index in members.indices {
            let member = members[index]
            switch try edit(member) {
            case .keep:
                continue
            case .replace(let value):
                // Removals wait until the end, so that indices stay those of `self`.
                if result == nil { result = self }
                result?.replaceValue(at: index, with: value)
            case .remove:
                if result == nil { result = self }
                removals.append(member.key)
            }
        }
        for key in removals { result?.removeValue(forKey: key) }
        return result
    }
}

import XAPI

/// Reading patterns (Profiles §9) and checking what templates and patterns name: members that exist, no
/// pattern inside itself.
extension ProfileDocumentReader {
    private static let kinds = ["sequence", "alternates", "optional", "oneOrMore", "zeroOrMore"]

    mutating func readPatterns(_ object: JSONObject) throws(ProfileError) -> [ProfilePattern] {
        var patterns: [ProfilePattern] = []
        for (index, element) in (try array(object, "patterns", at: .root, required: false) ?? []).enumerated() {
            let pointer = JSONPointer.root.appending("patterns").appending(index)
            let pattern = try self.object(element, at: pointer, what: ("a pattern", "un motif"))
            if try isPlaceholder(pattern, at: pointer) { continue }
            patterns.append(try readPattern(pattern, at: pointer))
        }
        return patterns
    }

    private mutating func readPattern(
        _ pattern: JSONObject,
        at pointer: JSONPointer
    ) throws(ProfileError)
        -> ProfilePattern
    {
        let id = try iri(pattern, "id", at: pointer, required: true) ?? ""
        let type = try string(pattern, "type", at: pointer, required: true)
        if type != "Pattern" {
            throw ProfileError.wrongTypeName(type ?? "", expected: "Pattern", at: pointer.appending("type"))
        }
        let isPrimary = try bool(pattern, "primary", at: pointer) ?? false
        let inScheme = try iri(pattern, "inScheme", at: pointer, required: false)
        if let inScheme { try checkInScheme(inScheme, at: pointer, tolerable: false) }
        // A primary pattern needs a name and a description (Profiles §9).
        let prefLabel = try languageMap(pattern, "prefLabel", at: pointer, required: isPrimary, tolerable: true)
        _ = try languageMap(pattern, "definition", at: pointer, required: isPrimary, tolerable: true)
        let present = Self.kinds.filter { pattern[$0] != nil }
        guard present.count == 1, let name = present.first else {
            throw ProfileError.value(
                "a pattern has exactly one of sequence, alternates, optional, oneOrMore, zeroOrMore; "
                    + (present.isEmpty ? "it has none" : "it has \(present.joined(separator: ", "))"),
                "un motif a exactement un de sequence, alternates, optional, oneOrMore, zeroOrMore ; "
                    + (present.isEmpty ? "il n'en a aucun" : "il a \(present.joined(separator: ", "))"),
                at: present.count > 1 ? pointer.appending(present[1]) : pointer
            )
        }
        let kind: ProfilePattern.Kind
        switch name {
        case "sequence", "alternates":
            let members = try iris(pattern, name, at: pointer)
            guard !members.isEmpty else { throw ProfileError.missing(name, at: pointer) }
            let fewest = name == "sequence" && isPrimary ? 1 : 2
            if members.count < fewest {
                try tolerate(
                    .value(
                        "\(name) needs at least two members (Profiles §9)",
                        "\(name) a besoin d'au moins deux membres (Profils §9)",
                        at: pointer.appending(name)
                    )
                )
            }
            kind = name == "sequence" ? .sequence(members) : .alternates(members)
        default:
            guard let member = try iri(pattern, name, at: pointer, required: true) else {
                throw ProfileError.missing(name, at: pointer)
            }
            kind =
                switch name {
                case "optional": .optional(member)
                case "oneOrMore": .oneOrMore(member)
                default: .zeroOrMore(member)
                }
        }
        return ProfilePattern(
            id: id,
            isPrimary: isPrimary,
            inScheme: inScheme,
            prefLabel: prefLabel,
            isDeprecated: try bool(pattern, "deprecated", at: pointer) ?? false,
            kind: kind
        )
    }

    /// Checks unique ids, that every member and StatementRef template exists, and that no pattern contains
    /// itself (Profiles §9).
    mutating func checkReferences(
        templates: [StatementTemplate],
        patterns: [ProfilePattern],
        in object: JSONObject
    ) throws(ProfileError) {
        let templatePointers = pointers(of: "templates", in: object)
        let patternPointers = pointers(of: "patterns", in: object)
        var templateIDs: Set<String> = []
        for (index, template) in templates.enumerated() where !templateIDs.insert(template.id).inserted {
            throw ProfileError.duplicate(template.id, at: templatePointers[index].appending("id"))
        }
        var patternIndex: [String: Int] = [:]
        for (index, pattern) in patterns.enumerated() {
            guard patternIndex[pattern.id] == nil, !templateIDs.contains(pattern.id) else {
                throw ProfileError.duplicate(pattern.id, at: patternPointers[index].appending("id"))
            }
            patternIndex[pattern.id] = index
        }
        for (index, template) in templates.enumerated() {
            for (key, members) in [
                ("objectStatementRefTemplate", template.objectStatementRefTemplate),
                ("contextStatementRefTemplate", template.contextStatementRefTemplate),
            ] {
                for (position, member) in (members ?? []).enumerated() where !templateIDs.contains(member) {
                    throw unknown(member, at: templatePointers[index].appending(key).appending(position))
                }
            }
        }
        for (index, pattern) in patterns.enumerated() {
            for (position, member) in pattern.kind.members.enumerated() {
                let pointer = memberPointer(pattern, position, base: patternPointers[index])
                guard templateIDs.contains(member) || patternIndex[member] != nil else {
                    throw unknown(member, at: pointer)
                }
                if case .alternates = pattern.kind, let inner = patternIndex[member] {
                    switch patterns[inner].kind {
                    case .optional, .zeroOrMore:
                        try tolerate(
                            .value(
                                "\(member) (optional or zeroOrMore) must not be directly inside alternates (Profiles §9)",
                                "\(member) (optional ou zeroOrMore) ne doit pas être directement dans alternates "
                                    + "(Profils §9)",
                                at: pointer
                            )
                        )
                    default: break
                    }
                }
            }
        }
        try checkCycles(patterns, patternIndex: patternIndex, pointers: patternPointers)
    }

    /// Depth-first search over pattern members, iterative so that a long chain cannot exhaust the stack.
    private func checkCycles(
        _ patterns: [ProfilePattern],
        patternIndex: [String: Int],
        pointers: [JSONPointer]
    ) throws(ProfileError) {
        // 0: not visited, 1: on the current path, 2: done.
        var state = Array(repeating: 0, count: patterns.count)
        for start in patterns.indices where state[start] == 0 {
            var stack: [(pattern: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let (current, next) = stack.last {
                let members = patterns[current].kind.members
                guard next < members.count else {
                    state[current] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let inner = patternIndex[members[next]] else { continue }
                if state[inner] == 1 {
                    throw ProfileError(
                        id: "profile.document.cycle",
                        pointer: memberPointer(patterns[current], next, base: pointers[current]),
                        text: LocalizedText(
                            english: "pattern \(patterns[inner].id) contains itself (Profiles §9)",
                            french: "le motif \(patterns[inner].id) se contient lui-même (Profils §9)"
                        )
                    )
                }
                if state[inner] == 0 {
                    state[inner] = 1
                    stack.append((inner, 0))
                }
            }
        }
    }

    private func memberPointer(_ pattern: ProfilePattern, _ position: Int, base: JSONPointer) -> JSONPointer {
        switch pattern.kind {
        case .sequence: return base.appending("sequence").appending(position)
        case .alternates: return base.appending("alternates").appending(position)
        case .optional: return base.appending("optional")
        case .oneOrMore: return base.appending("oneOrMore")
        case .zeroOrMore: return base.appending("zeroOrMore")
        }
    }

    /// The pointer of each entry that was read (placeholders skipped), in order.
    private func pointers(of key: String, in object: JSONObject) -> [JSONPointer] {
        (object[key]?.arrayValue ?? []).enumerated().compactMap { index, element in
            guard let entry = element.objectValue,
                entry["id"] != nil || entry["type"] != nil
                    || !entry.keys.allSatisfy({ $0 == "scopeNote" || $0 == "definition" || $0.hasPrefix("@") })
            else { return nil }
            return JSONPointer.root.appending(key).appending(index)
        }
    }

    private func unknown(_ member: String, at pointer: JSONPointer) -> ProfileError {
        ProfileError(
            id: "profile.document.unknown-member",
            pointer: pointer,
            text: LocalizedText(
                english: "\(member) is not a template or pattern of this profile",
                french: "\(member) n'est ni un modèle ni un motif de ce profil"
            )
        )
    }
}

import XAPI

/// Checks a profile's primary patterns over an export, per registration (and subregistration), in input
/// order (Profiles §9, Part Three §2.2), for the statements that name one of the profile's versions in
/// their category context activities.
///
/// Memory stays bounded per open registration: its key, the number of its set of live automaton states
/// (sets are shared between registrations) and where its last statement was. A statement that no live
/// state can consume gets `profile.pattern.unmatched` and is skipped, so one misplaced statement makes one
/// finding; at the end, a registration with no complete primary pattern gets `profile.pattern.incomplete`
/// on its last statement. Statements without a registration are not part of any pattern.
struct PatternCheck: ExportCheck {
    /// The subregistration context extension of Profiles §9.
    static let subregistrationKey = "https://w3id.org/xapi/profiles/extensions/subregistration"

    /// What the check needs of one statement.
    struct Sighting: Sendable {
        /// The registration, and the subregistration after a space when there is one.
        let key: String
        /// The registration as written, with the subregistration when there is one, for messages.
        let label: String
        /// The templates the statement follows (or, when it follows none, those it matches), by position.
        let templates: [Int32]
    }

    private struct Registration {
        var states: Int32
        var last: ExportPosition
        let label: String
    }

    let profile: Profile
    private var registrations: [String: Registration] = [:]
    /// Distinct sets of live states, shared by every registration in the same place of a pattern.
    private var sets: [[Int32]] = []
    private var setNumbers: [[Int32]: Int32] = [:]

    init(profile: Profile) {
        self.profile = profile
        _ = number(of: profile.automaton.initial)
    }

    var extractor: @Sendable (JSONValue) -> (any Sendable)? {
        { [profile] statement in
            let normalized = ContextActivitiesNormalization.normalized(statement)
            let context = normalized["context"]
            let categories = context?["contextActivities"]?["category"]?.arrayValue ?? []
            let versions = profile.versionIDs
            guard categories.contains(where: { $0["id"]?.stringValue.map(versions.contains) ?? false }),
                let registration = context?["registration"]?.stringValue
            else { return nil }
            var key = registration
            var label = registration
            let owners = Set(versions + [profile.id])
            for entry in context?["extensions"]?[Self.subregistrationKey]?.arrayValue ?? []
            where entry["profile"]?.stringValue.map(owners.contains) ?? false {
                if let subregistration = entry["subregistration"]?.stringValue {
                    key += " " + subregistration
                    label += ", subregistration " + subregistration
                    break
                }
            }
            let (matching, accepting) = profile.matcher.evaluate(normalized)
            let templates = (accepting.isEmpty ? matching : accepting).map { Int32($0) }
            return Sighting(key: key, label: label, templates: templates)
        }
    }

    mutating func check(_ extract: (any Sendable)?, at position: ExportPosition) -> [Finding] {
        guard let sighting = extract as? Sighting else { return [] }
        let automaton = profile.automaton
        var registration = registrations[sighting.key] ?? Registration(states: 0, last: position, label: sighting.label)
        let states = sets[Int(registration.states)]
        let next = automaton.advance(states, with: sighting.templates)
        registration.last = position
        guard !next.isEmpty else {
            registrations[sighting.key] = registration
            return [unmatched(sighting, patterns: automaton.patterns(of: states))]
        }
        registration.states = number(of: next)
        registrations[sighting.key] = registration
        return []
    }

    mutating func finish() -> [ExportFinding] {
        let automaton = profile.automaton
        var findings: [ExportFinding] = []
        for registration in registrations.values where !automaton.isAccepting(sets[Int(registration.states)]) {
            let patterns = automaton.patterns(of: sets[Int(registration.states)])
            let named = patterns.isEmpty ? automaton.primaryPatterns : patterns
            let registrationText = registration.label
            findings.append(
                ExportFinding(
                    position: registration.last,
                    finding: Finding(
                        rule: .profilePatternIncomplete,
                        path: JSONPointer.root.appending("context").appending("registration"),
                        message: LocalizedText(
                            english: "registration \(registrationText) ends part-way through pattern "
                                + "\(named.joined(separator: ", ")) of profile \(profile.id)",
                            french: "l'inscription \(registrationText) s'arrête au milieu du motif "
                                + "\(named.joined(separator: ", ")) du profil \(profile.id)"
                        )
                    )
                )
            )
        }
        registrations = [:]
        return findings.sorted { $0.position.index < $1.position.index }
    }

    private func unmatched(_ sighting: Sighting, patterns: [String]) -> Finding {
        let named = (patterns.isEmpty ? profile.automaton.primaryPatterns : patterns).joined(separator: ", ")
        let templates = sighting.templates.map { profile.templates[Int($0)].id }
        let english =
            templates.isEmpty
            ? "a statement that matches none of its templates" : "a statement of \(templates.joined(separator: ", "))"
        let french =
            templates.isEmpty
            ? "une déclaration qui ne correspond à aucun de ses modèles"
            : "une déclaration de \(templates.joined(separator: ", "))"
        let registration = sighting.label
        return Finding(
            rule: .profilePatternUnmatched,
            path: JSONPointer.root.appending("context").appending("registration"),
            message: LocalizedText(
                english: "in registration \(registration), pattern \(named) of profile \(profile.id) "
                    + "cannot take \(english) here",
                french: "dans l'inscription \(registration), le motif \(named) du profil \(profile.id) "
                    + "n'admet pas ici \(french)"
            )
        )
    }

    /// The number of a set of states, shared with every registration in the same place.
    private mutating func number(of states: [Int32]) -> Int32 {
        if let number = setNumbers[states] { return number }
        let number = Int32(sets.count)
        sets.append(states)
        setNumbers[states] = number
        return number
    }
}

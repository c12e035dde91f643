import XAPI

/// A profile's primary patterns compiled into one nondeterministic automaton (Thompson's construction), so
/// that an export is checked statement by statement keeping only the set of live states of each
/// registration, never its statements.
///
/// Each state consumes at most one template; sets hold only the states that matter after ε-moves: those
/// that consume a template and those that end a primary pattern. Where Profiles Part Three §2.2 matches
/// greedily without backtracking, the automaton follows every reading at once: it accepts each sequence
/// the greedy algorithm accepts, and also the few that only a non-greedy reading matches (such as
/// `sequence(zeroOrMore(A), A)` on `A A`).
struct PatternAutomaton: Sendable {
    /// The template a state consumes, by position in the profile, and the state it goes to.
    private var consumes: [(template: Int32, target: Int32)?] = []
    /// ε-moves of each state.
    private var epsilon: [[Int32]] = []
    /// The primary pattern each state belongs to.
    private(set) var owner: [Int32] = []
    /// The final state of each primary pattern.
    private var finals: Set<Int32> = []
    /// The ids of the primary patterns, by owner number.
    private(set) var primaryPatterns: [String] = []
    /// The live states before any statement, sorted.
    private(set) var initial: [Int32] = []
    /// The ε-closure of each state, kept to the states that matter, sorted.
    private var closures: [[Int32]] = []

    /// The most states a profile's patterns may expand to: patterns used in several places are copied, and
    /// a hostile profile could otherwise nest copies until memory runs out.
    static let stateLimit = 100_000

    /// Compiles the primary patterns of `patterns`; templates are numbered by their position in `templates`.
    init(templates: [StatementTemplate], patterns: [ProfilePattern]) throws(ProfileError) {
        var templateIndex: [String: Int32] = [:]
        for (index, template) in templates.enumerated() { templateIndex[template.id] = Int32(index) }
        var patternIndex: [String: Int] = [:]
        for (index, pattern) in patterns.enumerated() { patternIndex[pattern.id] = index }
        let primaries = patterns.enumerated().filter { $0.element.isPrimary }
        primaryPatterns = primaries.map(\.element.id)
        var starts: [Int32] = []
        for (number, (position, pattern)) in primaries.enumerated() {
            var builder = Builder(
                automaton: self,
                owner: Int32(number),
                templates: templateIndex,
                patterns: patterns,
                patternIndex: patternIndex
            )
            guard let fragment = builder.fragment(for: pattern.id) else {
                throw ProfileError.value(
                    "the patterns expand to more than \(Self.stateLimit) states",
                    "les motifs se déploient en plus de \(Self.stateLimit) états",
                    at: JSONPointer.root.appending("patterns").appending(position)
                )
            }
            self = builder.automaton
            finals.insert(fragment.end)
            starts.append(fragment.start)
        }
        closures = (0..<consumes.count).map { closure(of: Int32($0)) }
        initial = Array(Set(starts.flatMap { closures[Int($0)] })).sorted()
    }

    /// The states reachable from `state` by ε-moves that consume a template or end a pattern, sorted.
    private func closure(of state: Int32) -> [Int32] {
        var seen: Set<Int32> = [state]
        var stack = [state]
        var kept: [Int32] = []
        while let current = stack.popLast() {
            if consumes[Int(current)] != nil || finals.contains(current) { kept.append(current) }
            for next in epsilon[Int(current)] where seen.insert(next).inserted { stack.append(next) }
        }
        return kept.sorted()
    }

    /// The states after a statement that follows `templates` (sorted template positions); empty when no live
    /// state can consume it.
    func advance(_ states: [Int32], with templates: [Int32]) -> [Int32] {
        var next: Set<Int32> = []
        for state in states {
            guard let (template, target) = consumes[Int(state)], templates.contains(template) else { continue }
            next.formUnion(closures[Int(target)])
        }
        return next.sorted()
    }

    /// Whether some primary pattern is complete in `states`.
    func isAccepting(_ states: [Int32]) -> Bool {
        states.contains(where: finals.contains)
    }

    /// The primary patterns that `states` are part-way through, in order.
    func patterns(of states: [Int32]) -> [String] {
        Set(states.map { owner[Int($0)] }).sorted().map { primaryPatterns[Int($0)] }
    }

    fileprivate mutating func addState(owner: Int32) -> Int32? {
        guard consumes.count < Self.stateLimit else { return nil }
        consumes.append(nil)
        epsilon.append([])
        self.owner.append(owner)
        return Int32(consumes.count - 1)
    }

    fileprivate mutating func link(_ from: Int32, _ to: Int32) {
        epsilon[Int(from)].append(to)
    }

    fileprivate mutating func consume(_ from: Int32, template: Int32, to: Int32) {
        consumes[Int(from)] = (template, to)
    }

    /// Builds the fragment of one primary pattern, copying the patterns it uses.
    private struct Builder {
        var automaton: PatternAutomaton
        let owner: Int32
        let templates: [String: Int32]
        let patterns: [ProfilePattern]
        let patternIndex: [String: Int]

        /// A fragment from `start` to `end` matching the template or pattern `id`; `nil` past the state limit.
        /// Recursion depth is bounded by the pattern graph's depth, which has no cycles (checked at load).
        mutating func fragment(for id: String) -> (start: Int32, end: Int32)? {
            guard let start = automaton.addState(owner: owner), let end = automaton.addState(owner: owner) else {
                return nil
            }
            if let template = templates[id] {
                automaton.consume(start, template: template, to: end)
                return (start, end)
            }
            guard let index = patternIndex[id] else { return nil }
            switch patterns[index].kind {
            case .sequence(let members):
                var last = start
                for member in members {
                    guard let inner = fragment(for: member) else { return nil }
                    automaton.link(last, inner.start)
                    last = inner.end
                }
                automaton.link(last, end)
            case .alternates(let members):
                for member in members {
                    guard let inner = fragment(for: member) else { return nil }
                    automaton.link(start, inner.start)
                    automaton.link(inner.end, end)
                }
            case .optional(let member), .oneOrMore(let member), .zeroOrMore(let member):
                guard let inner = fragment(for: member) else { return nil }
                automaton.link(start, inner.start)
                automaton.link(inner.end, end)
                if case .optional = patterns[index].kind { automaton.link(start, end) }
                if case .zeroOrMore = patterns[index].kind { automaton.link(start, end) }
                if case .optional = patterns[index].kind {} else { automaton.link(inner.end, inner.start) }
            }
            return (start, end)
        }
    }
}

public import XAPI

/// One rule of a statement template (Profiles §8.1): a location in the statement, an optional selector,
/// and what must (or must not) be found there.
///
/// ```swift
/// let rule = template.rules[0]
/// rule.location.text   // "$.result.score.scaled"
/// rule.presence        // .included
/// rule.isFollowed(by: statement)
/// ```
public struct StatementTemplateRule: Sendable, Hashable {
    /// Whether the location must hold a value.
    public enum Presence: String, Sendable, Hashable, CaseIterable {
        /// At least one matchable value and no unmatchable one.
        case included
        /// No matchable value.
        case excluded
        /// Should be there; `any`, `all` and `none` apply only when it is.
        case recommended
    }

    /// Where the evaluated values are; every value found is matchable.
    public var location: JSONPath { storage.fields.location }
    /// Evaluated on each value of `location`; a value where it finds nothing is unmatchable.
    public var selector: JSONPath? { storage.fields.selector }
    /// Whether values must be present, absent, or should be present.
    public var presence: Presence? { storage.fields.presence }
    /// Values of which at least one must be among the matchable values.
    public var any: [JSONValue]? { storage.fields.any }
    /// Values from which every evaluated value must come.
    public var all: [JSONValue]? { storage.fields.all }
    /// Values that no matchable value may be.
    public var none: [JSONValue]? { storage.fields.none }
    /// Usage notes by language tag.
    public var scopeNote: [String: String] { storage.fields.scopeNote }

    /// What a rule of a template document says, read once by the profile loader.
    struct Fields: Sendable, Hashable {
        let location: JSONPath
        let selector: JSONPath?
        let presence: Presence?
        let any: [JSONValue]?
        let all: [JSONValue]?
        let none: [JSONValue]?
        let scopeNote: [String: String]
    }

    /// The fields, shared by every copy: statements are judged against templates in tight loops, where
    /// copying a dozen references each time would cost more than the checks.
    private final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    private let storage: Storage

    init(_ fields: Fields) {
        storage = Storage(fields)
    }

    /// Whether both have the same content.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Hashes the content.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// Whether `statement` follows the rule, exactly as `follows_rule` of Profiles Part Three §2.1 says.
    ///
    /// `contextActivities` must already be arrays (xAPI normalization), as the spec requires.
    public func isFollowed(by statement: JSONValue) -> Bool {
        judge(statement) != .broken
    }

    /// What a statement does with a rule.
    enum Verdict: Equatable {
        /// The rule is followed.
        case followed
        /// The rule is followed, but a `recommended` value is absent.
        case followedWithoutRecommended
        /// The rule is broken.
        case broken
    }

    /// The evaluated values, `nil` standing for an unmatchable value (a location where the selector found nothing).
    private func evaluatedValues(_ statement: JSONValue) -> [JSONValue?] {
        let found = location.values(in: statement)
        guard let selector else { return found }
        var values: [JSONValue?] = []
        for value in found {
            let selection = selector.values(in: value)
            if selection.isEmpty { values.append(nil) } else { values += selection }
        }
        return values
    }

    /// Follows `follows_rule` of Profiles Part Three §2.1 step by step.
    func judge(_ statement: JSONValue) -> Verdict {
        guard selector == nil else { return judge(evaluatedValues(statement)) }
        // Without a selector every value is matchable: one pass, nothing collected.
        var count = 0
        var anyFound = false
        var outsideAll = false
        var noneFound = false
        location.forEachValue(in: statement) { value in
            count += 1
            if let any, !anyFound, any.contains(value) { anyFound = true }
            if let all, !outsideAll, !all.contains(value) { outsideAll = true }
            if let none, !noneFound, none.contains(value) { noneFound = true }
        }
        switch presence {
        case .included where count == 0: return .broken
        case .excluded where count > 0: return .broken
        case .recommended where count == 0: return .followedWithoutRecommended
        default: break
        }
        if (any != nil && !anyFound) || outsideAll || noneFound { return .broken }
        return .followed
    }

    /// `follows_rule` on evaluated values, `nil` standing for an unmatchable value.
    private func judge(_ values: [JSONValue?]) -> Verdict {
        let hasUnmatchable = values.contains { $0 == nil }
        let hasMatchable = values.contains { $0 != nil }
        var strict = true
        switch presence {
        case .included:
            if hasUnmatchable || values.isEmpty { return .broken }
        case .excluded:
            if hasMatchable { return .broken }
        case .recommended:
            strict = false
        case nil:
            break
        }
        if strict || !values.isEmpty {
            if let any, !values.contains(where: { value in value.map { any.contains($0) } ?? false }) {
                return .broken
            }
            if let all {
                if hasUnmatchable { return .broken }
                if values.contains(where: { value in value.map { !all.contains($0) } ?? false }) { return .broken }
            }
            if let none, values.contains(where: { value in value.map { none.contains($0) } ?? false }) {
                return .broken
            }
        }
        return presence == .recommended && !hasMatchable ? .followedWithoutRecommended : .followed
    }

    /// Where the rule is broken and why, for a statement that ``judge(_:)`` found breaking it or missing a
    /// recommended value.
    func violation(in statement: JSONValue) -> (pointer: JSONPointer, text: LocalizedText) {
        let located = location.locatedValues(in: statement)
        let path = "`\(location.text)`" + (selector.map { " → `\($0.text)`" } ?? "")
        var evaluated: [(pointer: JSONPointer, value: JSONValue?)] = []
        for (pointer, value) in located {
            guard let selector else {
                evaluated.append((pointer, value))
                continue
            }
            let selection = selector.locatedValues(in: value)
            if selection.isEmpty { evaluated.append((pointer, nil)) }
            for (inner, selected) in selection { evaluated.append((pointer.appending(inner), selected)) }
        }
        let first = evaluated.first?.pointer ?? location.expectedPointer
        if let unmatchable = evaluated.first(where: { $0.value == nil }), presence == .included || all != nil {
            return (
                unmatchable.pointer,
                LocalizedText(
                    english: "\(path) finds nothing at \(unmatchable.pointer) (an unmatchable value)",
                    french: "\(path) ne trouve rien en \(unmatchable.pointer) (valeur non comparable)"
                )
            )
        }
        if evaluated.isEmpty, presence == .included || presence == .recommended {
            let should = presence == .included ? ("must", "doit") : ("should", "devrait")
            return (
                first,
                LocalizedText(
                    english: "\(path) is missing; it \(should.0) be present",
                    french: "\(path) est absent ; il \(should.1) être présent"
                )
            )
        }
        if presence == .excluded, let present = evaluated.first(where: { $0.value != nil }) {
            return (
                present.pointer,
                LocalizedText(
                    english: "\(path) must be absent but holds a value",
                    french: "\(path) doit être absent mais contient une valeur"
                )
            )
        }
        if let none, let forbidden = evaluated.first(where: { $0.value.map { none.contains($0) } ?? false }) {
            let value = forbidden.value.map(\.description) ?? ""
            return (
                forbidden.pointer,
                LocalizedText(
                    english: "\(path) holds \(value), one of the forbidden values",
                    french: "\(path) contient \(value), une des valeurs interdites"
                )
            )
        }
        if let all, let stray = evaluated.first(where: { $0.value.map { !all.contains($0) } ?? false }) {
            let value = stray.value.map(\.description) ?? ""
            return (
                stray.pointer,
                LocalizedText(
                    english: "\(path) holds \(value), which is not one of \(Self.list(all))",
                    french: "\(path) contient \(value), qui n'est pas parmi \(Self.list(all))"
                )
            )
        }
        let expected = any.map(Self.list) ?? ""
        return (
            first,
            LocalizedText(
                english: "\(path) holds none of \(expected)",
                french: "\(path) ne contient aucune des valeurs \(expected)"
            )
        )
    }

    private static func list(_ values: [JSONValue]) -> String {
        let shown = values.prefix(5).map(\.description).joined(separator: ", ")
        return values.count > 5 ? "[\(shown), … (\(values.count) values)]" : "[\(shown)]"
    }
}

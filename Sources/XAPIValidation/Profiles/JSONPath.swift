public import XAPI

/// A JSONPath of the subset xAPI Profiles 1.0 allows (Profiles §8.1), compiled once and evaluated on any
/// number of statements without parsing again.
///
/// The subset: a leading `$` (optional), child names (`$.result.score`), bracketed string keys
/// (`$.context.extensions['https://example.org/ext']`), non-negative indices (`[0]`), the wildcard `*`
/// (`[*]`, `.*`), unions inside brackets (`['a','b']`, `[0,1]`) and whole paths joined by `|`. Filters,
/// scripts, slices and recursive descent are not in the subset and are refused.
///
/// ```swift
/// let path = try JSONPath("$.context.contextActivities.grouping[*].id | $.object.id")
/// path.values(in: statement)  // every grouping activity id, then the object's id
/// ```
public struct JSONPath: Sendable, Hashable {
    /// One selector inside brackets.
    enum Selector: Sendable, Hashable {
        case key(String)
        case index(Int)
        case wildcard
    }

    /// One step of a path.
    enum Step: Sendable, Hashable {
        /// One object member, by key (`.name` or `['name']`).
        case member(String)
        /// One array element.
        case element(Int)
        /// Every member or element.
        case wildcard
        /// The union of several selectors.
        case union([Selector])
    }

    /// The path as written.
    public let text: String
    /// The steps of each `|` alternative.
    let alternatives: [[Step]]

    /// Compiles `text`.
    ///
    /// - Throws: ``JSONPathError`` with the offset of the first character outside the subset.
    public init(_ text: String) throws(JSONPathError) {
        var parser = JSONPathParser(text: text)
        self.alternatives = try parser.parse()
        self.text = text
    }

    /// Every value the path finds in `value`, alternatives in order (an empty array when none).
    public func values(in value: JSONValue) -> [JSONValue] {
        var found: [JSONValue] = []
        for steps in alternatives {
            Self.collect(value, steps[...], into: &found)
        }
        return found
    }

    /// Every value the path finds in `value`, each with its JSON Pointer from `value`.
    public func locatedValues(in value: JSONValue) -> [(pointer: JSONPointer, value: JSONValue)] {
        var found: [(pointer: JSONPointer, value: JSONValue)] = []
        var tokens: [JSONPointer.Token] = []
        for steps in alternatives {
            Self.collect(value, steps[...], tokens: &tokens, into: &found)
        }
        return found
    }

    /// Where the value would be when the path finds nothing: the member and element steps of the first
    /// alternative up to its first wildcard or union.
    public var expectedPointer: JSONPointer {
        var tokens: [JSONPointer.Token] = []
        for step in alternatives.first ?? [] {
            switch step {
            case .member(let key): tokens.append(.key(key))
            case .element(let index): tokens.append(.index(index))
            case .wildcard, .union: return JSONPointer(tokens: tokens)
            }
        }
        return JSONPointer(tokens: tokens)
    }

    private static func collect(_ value: JSONValue, _ steps: ArraySlice<Step>, into found: inout [JSONValue]) {
        guard let step = steps.first else {
            found.append(value)
            return
        }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.member(let key), .object(let object)):
            if let child = object[key] { collect(child, rest, into: &found) }
        case (.element(let index), .array(let array)):
            if array.indices.contains(index) { collect(array[index], rest, into: &found) }
        case (.wildcard, .object(let object)):
            for member in object { collect(member.value, rest, into: &found) }
        case (.wildcard, .array(let array)):
            for element in array { collect(element, rest, into: &found) }
        case (.union(let selectors), _):
            for selector in selectors {
                switch selector {
                case .key(let key): collect(value, [.member(key)] + rest, into: &found)
                case .index(let index): collect(value, [.element(index)] + rest, into: &found)
                case .wildcard: collect(value, [.wildcard] + rest, into: &found)
                }
            }
        default:
            break
        }
    }

    private static func collect(
        _ value: JSONValue,
        _ steps: ArraySlice<Step>,
        tokens: inout [JSONPointer.Token],
        into found: inout [(pointer: JSONPointer, value: JSONValue)]
    ) {
        guard let step = steps.first else {
            found.append((JSONPointer(tokens: tokens), value))
            return
        }
        let rest = steps.dropFirst()
        func visit(_ child: JSONValue, _ token: JSONPointer.Token, _ rest: ArraySlice<Step>) {
            tokens.append(token)
            collect(child, rest, tokens: &tokens, into: &found)
            tokens.removeLast()
        }
        switch (step, value) {
        case (.member(let key), .object(let object)):
            if let child = object[key] { visit(child, .key(key), rest) }
        case (.element(let index), .array(let array)):
            if array.indices.contains(index) { visit(array[index], .index(index), rest) }
        case (.wildcard, .object(let object)):
            for member in object { visit(member.value, .key(member.key), rest) }
        case (.wildcard, .array(let array)):
            for (index, element) in array.enumerated() { visit(element, .index(index), rest) }
        case (.union(let selectors), _):
            for selector in selectors {
                let step: Step =
                    switch selector {
                    case .key(let key): .member(key)
                    case .index(let index): .element(index)
                    case .wildcard: .wildcard
                    }
                collect(value, [step] + rest, tokens: &tokens, into: &found)
            }
        default:
            break
        }
    }
}

extension JSONPath: CustomStringConvertible {
    /// The path as written.
    public var description: String { text }
}

/// Why a text is not a JSONPath of the xAPI Profiles subset.
///
/// ```swift
/// do { _ = try JSONPath("$.result[?(@.score)]") } catch {
///     print(error.offset, error.reason)  // 9 filter and script expressions are not allowed (Profiles §8.1)
/// }
/// ```
public struct JSONPathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 0-based offset, in characters, where the problem starts.
    public let offset: Int
    /// What is wrong, in English.
    public let reason: String
    /// What is wrong, in French.
    public let frenchReason: String

    /// Creates an error.
    public init(offset: Int, reason: String, frenchReason: String) {
        self.offset = offset
        self.reason = reason
        self.frenchReason = frenchReason
    }

    /// `at character 9: reason`.
    public var description: String { "at character \(offset): \(reason)" }
}

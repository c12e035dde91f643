import XAPI

extension Rule {
    /// A scaled score outside [-1, 1].
    public static let scoreScaled = Rule(
        id: "xapi.score.scaled",
        severity: .error,
        spec: "Data 2.4.5.1",
        requirements: ["R2"],
        summary: "score.scaled is between -1 and 1 inclusive."
    )

    /// A raw score outside [min, max], or min not below max.
    public static let scoreRange = Rule(
        id: "xapi.score.range",
        severity: .error,
        spec: "Data 2.4.5.1",
        requirements: ["R2"],
        summary: "score.min is less than score.max, and score.raw lies between them."
    )
}

extension SpecChecker {
    static let resultKeys = ["score", "success", "completion", "response", "duration", "extensions"]
    static let scoreKeys = ["scaled", "raw", "min", "max"]

    /// Checks the result at member `result` of the current object.
    mutating func checkResult(_ value: JSONValue) {
        descend("result") { checker in
            guard let result = checker.object(value, "result") else { return }
            checker.checkMembers(of: result, allowed: Self.resultKeys, in: "a result")
            if let score = checker.member(result, "score") { checker.descend("score") { $0.checkScore(score) } }
            if let success = checker.member(result, "success") { checker.checkBoolean(success, at: "success") }
            if let completion = checker.member(result, "completion") {
                checker.checkBoolean(completion, at: "completion")
            }
            if let response = checker.member(result, "response") { _ = checker.string(response, at: "response") }
            if let duration = checker.member(result, "duration") { checker.checkDuration(duration, at: "duration") }
            if let extensions = checker.member(result, "extensions") {
                checker.checkExtensions(extensions, at: "extensions")
            }
        }
    }

    private mutating func checkScore(_ value: JSONValue) {
        guard let score = object(value, "score") else { return }
        checkMembers(of: score, allowed: Self.scoreKeys, in: "a score")
        let scaled = member(score, "scaled").flatMap { number($0, at: "scaled") }
        let raw = member(score, "raw").flatMap { number($0, at: "raw") }
        let min = member(score, "min").flatMap { number($0, at: "min") }
        let max = member(score, "max").flatMap { number($0, at: "max") }
        if let scaled, scaled < -1 || scaled > 1 {
            report(.scoreScaled, at: "scaled", "scaled must be between -1 and 1, found \(scaled.lexeme)")
        }
        if let min, let max, !(min < max) {
            report(.scoreRange, at: "min", "min (\(min.lexeme)) must be less than max (\(max.lexeme))")
        }
        if let raw, let min, raw < min {
            report(.scoreRange, at: "raw", "raw (\(raw.lexeme)) must not be less than min (\(min.lexeme))")
        }
        if let raw, let max, raw > max {
            report(.scoreRange, at: "raw", "raw (\(raw.lexeme)) must not be greater than max (\(max.lexeme))")
        }
    }
}

extension JSONNumber {
    fileprivate static func < (lhs: JSONNumber, rhs: Int) -> Bool { lhs < JSONNumber(rhs) }
    fileprivate static func > (lhs: JSONNumber, rhs: Int) -> Bool { JSONNumber(rhs) < lhs }
}

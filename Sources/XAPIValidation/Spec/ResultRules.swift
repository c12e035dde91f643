import XAPI

extension Rule {
    /// A scaled score outside [-1, 1].
    public static let scoreScaled = Rule(
        id: "xapi.score.scaled",
        severity: .error,
        spec: "Data 2.4.5.1",
        requirements: ["R2"],
        summary: LocalizedText(
            english: "score.scaled is between -1 and 1 inclusive.",
            french: "score.scaled est compris entre -1 et 1 inclus."
        )
    )

    /// A raw score outside [min, max], or min not below max.
    public static let scoreRange = Rule(
        id: "xapi.score.range",
        severity: .error,
        spec: "Data 2.4.5.1",
        requirements: ["R2"],
        summary: LocalizedText(
            english: "score.min is less than score.max, and score.raw lies between them.",
            french: "score.min est inférieur à score.max, et score.raw se situe entre les deux."
        )
    )
}

/// The properties of a result (Data 2.4.5).
enum ResultProperty: Int, PropertyName {
    case score, success, completion, response, duration, extensions
    static let jsonNames = caseNames()
    static let kind = Noun("a result", "un résultat")
}

/// The properties of a score (Data 2.4.5.1).
enum ScoreProperty: Int, PropertyName {
    case scaled, raw, min, max
    static let jsonNames = caseNames()
    static let kind = Noun("a score", "un score")
}

extension SpecChecker {
    /// Checks the result at member `result` of the current object.
    mutating func checkResult(_ value: JSONValue) {
        descend("result") { checker in
            guard let result = checker.object(value, Noun("result", "result")) else { return }
            let properties = checker.properties(of: result, as: ResultProperty.self)
            if let score = properties[.score] { checker.descend("score") { $0.checkScore(score) } }
            if let success = properties[.success] { checker.checkBoolean(success, at: "success") }
            if let completion = properties[.completion] { checker.checkBoolean(completion, at: "completion") }
            if let response = properties[.response] { _ = checker.string(response, at: "response") }
            if let duration = properties[.duration] { checker.checkDuration(duration, at: "duration") }
            if let extensions = properties[.extensions] { checker.checkExtensions(extensions, at: "extensions") }
        }
    }

    private mutating func checkScore(_ value: JSONValue) {
        guard let score = object(value, Noun("score", "score")) else { return }
        let properties = properties(of: score, as: ScoreProperty.self)
        let scaled = properties[.scaled].flatMap { number($0, at: "scaled") }
        let raw = properties[.raw].flatMap { number($0, at: "raw") }
        let min = properties[.min].flatMap { number($0, at: "min") }
        let max = properties[.max].flatMap { number($0, at: "max") }
        if let scaled, scaled < Self.minusOne || Self.one < scaled {
            report(
                .scoreScaled,
                at: "scaled",
                LocalizedText(
                    english: "scaled must be between -1 and 1, found \(scaled.lexeme)",
                    french: "scaled doit être compris entre -1 et 1, et non \(scaled.lexeme)"
                )
            )
        }
        if let min, let max, !(min < max) {
            report(
                .scoreRange,
                at: "min",
                LocalizedText(
                    english: "min (\(min.lexeme)) must be less than max (\(max.lexeme))",
                    french: "min (\(min.lexeme)) doit être inférieur à max (\(max.lexeme))"
                )
            )
        }
        if let raw, let min, raw < min {
            report(
                .scoreRange,
                at: "raw",
                LocalizedText(
                    english: "raw (\(raw.lexeme)) must not be less than min (\(min.lexeme))",
                    french: "raw (\(raw.lexeme)) ne doit pas être inférieur à min (\(min.lexeme))"
                )
            )
        }
        if let raw, let max, max < raw {
            report(
                .scoreRange,
                at: "raw",
                LocalizedText(
                    english: "raw (\(raw.lexeme)) must not be greater than max (\(max.lexeme))",
                    french: "raw (\(raw.lexeme)) ne doit pas être supérieur à max (\(max.lexeme))"
                )
            )
        }
    }

    private static let one = JSONNumber(1)
    private static let minusOne = JSONNumber(-1)
}

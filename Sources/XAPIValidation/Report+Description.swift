// A report read by people (a test's failure message, a log line, a vendor's console): a count, then one
// finding per line with its rule id, JSON Pointer and message, in the order that a fix would take them.

import XAPI

extension Report: CustomStringConvertible {
    /// The report in English: a count of errors and warnings, then one finding per line, errors first.
    ///
    /// ```swift
    /// let report = Validator(configuration: .init(ruleSets: [FrenchEducationProfile()])).validate(statement)
    /// #expect(report.findings.isEmpty, "\(report)")
    /// // 1 error, 1 warning (xAPI 1.0.3):
    /// // error fr.agent.account at /actor/mbox: agent at actor is identified by mbox: identify it by an account ...
    /// // warning fr.language at /verb/display: ...
    /// ```
    public var description: String { description(in: .english) }

    /// The report in `language`: a count of errors and warnings, then one finding per line, errors first
    /// (each severity in the order the statement was walked).
    ///
    /// ```swift
    /// print(report.description(in: .french))
    /// // 1 erreur, 0 avertissement (xAPI 1.0.3) :
    /// // erreur fr.id à / : la déclaration n'a pas d'id : fixer un UUID à sa création, ...
    /// ```
    ///
    /// A report without findings is the count alone: `0 errors, 0 warnings (xAPI 1.0.3)`.
    public func description(in language: Language) -> String {
        let counts: String
        switch language {
        case .english:
            counts =
                Self.count(errors.count, "error", french: false) + ", "
                + Self.count(warnings.count, "warning", french: false) + " (xAPI \(version.rawValue))"
        case .french:
            counts =
                Self.count(errors.count, "erreur", french: true) + ", "
                + Self.count(warnings.count, "avertissement", french: true) + " (xAPI \(version.rawValue))"
        }
        guard !findings.isEmpty else { return counts }
        let colon = language == .french ? " :" : ":"
        let lines = (errors + warnings).map { $0.description(in: language) }
        return ([counts + colon] + lines).joined(separator: "\n")
    }

    /// `1 error`, `2 errors`; French puts 0 and 1 in the singular.
    private static func count(_ number: Int, _ noun: String, french: Bool) -> String {
        let singular = french ? number <= 1 : number == 1
        return singular ? "\(number) \(noun)" : "\(number) \(noun)s"
    }
}

extension Finding {
    /// The finding on one line in `language`: severity, rule id, JSON Pointer and message.
    ///
    /// ```swift
    /// finding.description(in: .english)  // error xapi.agent.ifi at /actor: an agent must have exactly one of ...
    /// finding.description(in: .french)   // erreur xapi.agent.ifi à /actor : un agent doit avoir exactement ...
    /// ```
    ///
    /// The rule id is the same in both languages; in English this is ``description``.
    public func description(in language: Language) -> String {
        let pointer = path.description.isEmpty ? "/" : path.description
        switch language {
        case .english:
            return "\(severity.rawValue) \(rule) at \(pointer): \(message(in: .english))"
        case .french:
            let severity = severity == .error ? "erreur" : "avertissement"
            return "\(severity) \(rule) à \(pointer) : \(message(in: .french))"
        }
    }
}

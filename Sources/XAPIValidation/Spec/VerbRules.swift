import XAPI

extension SpecChecker {
    static let verbKeys = ["id", "display"]

    /// Checks the verb at member `verb`.
    mutating func checkVerb(_ value: JSONValue) {
        descend("verb") { checker in
            guard let verb = checker.object(value, "verb") else { return }
            checker.checkMembers(of: verb, allowed: Self.verbKeys, in: "a verb")
            if let id = checker.required(verb, "id", in: "a verb") { checker.checkIRI(id, at: "id", "verb id") }
            if let display = checker.member(verb, "display") { checker.checkLanguageMap(display, at: "display") }
        }
    }
}

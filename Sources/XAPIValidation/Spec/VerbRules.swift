import XAPI

/// The properties of a verb (Data 2.4.3).
enum VerbProperty: Int, PropertyName {
    case id, display
    static let jsonNames = caseNames()
    static let kind = Noun("a verb", "un verbe")
}

extension SpecChecker {
    /// Checks the verb at member `verb`.
    mutating func checkVerb(_ value: JSONValue) {
        descend("verb") { checker in
            guard let verb = checker.object(value, Noun("verb", "verb")) else { return }
            let properties = checker.properties(of: verb, as: VerbProperty.self)
            if let id = checker.required(properties, .id) {
                checker.checkIRI(id, at: "id", Noun("verb id", "l'id du verbe"))
            }
            if let display = properties[.display] { checker.checkLanguageMap(display, at: "display") }
        }
    }
}

/// The texts of the structural problems that the input readers find (a trailing comma, a line too long...)
/// in French, so that a report in French has no English line.
///
/// ```swift
/// InputProblemText.french("content after the array's closing ']'")  // "contenu après le « ] » fermant du tableau"
/// ```
package enum InputProblemText {
    /// The structural problems the input readers describe, in French (`nil` for one this list does not know).
    package static func french(_ problem: String) -> String? {
        let words = problem.split(separator: " ")
        switch problem {
        case "trailing comma before the array's closing ']'":
            return "virgule en trop avant le « ] » fermant du tableau"
        case "content after the array's closing ']'":
            return "contenu après le « ] » fermant du tableau"
        case "the input ends before the array's closing ']'":
            return "l'entrée s'arrête avant le « ] » fermant du tableau"
        case _ where problem.hasPrefix("statement longer than ") && words.count > 3:
            return "déclaration de plus de \(words[3]) octets ; non lue"
        case _ where problem.hasPrefix("line longer than ") && words.count > 3:
            return "ligne de plus de \(words[3]) octets ; non lue"
        case _ where problem.hasPrefix("a single JSON document larger than ") && words.count > 6:
            return "un document JSON unique de plus de \(words[6]) Mo ; écrire les exports en NDJSON ou en tableau JSON"
        default:
            return nil
        }
    }
}

/// Reads the JSONPath subset of xAPI Profiles §8.1 into steps, one `|` alternative at a time.
///
/// Grammar (Goessner's JSONPath without filters, scripts, slices or recursive descent):
/// `path = alternative *( [ws] "|" [ws] alternative )`;
/// `alternative = [ "$" ] [ name ] *( "." ( name / "*" ) / "[" selector *( [ws] "," [ws] selector ) "]" )`;
/// `selector = quoted-string / non-negative-integer / "*"`.
/// The leading `$` is optional because the spec's own example (`context.contextActivities.grouping[*].id`)
/// omits it.
struct JSONPathParser {
    private let characters: [Character]
    private var index = 0

    init(text: String) {
        characters = Array(text)
    }

    mutating func parse() throws(JSONPathError) -> [[JSONPath.Step]] {
        var alternatives: [[JSONPath.Step]] = []
        repeat {
            skipSpaces()
            alternatives.append(try alternative())
            skipSpaces()
            if index < characters.count {
                guard characters[index] == "|" else {
                    throw failure(
                        "unexpected '\(characters[index])'",
                        "caractère « \(characters[index]) » inattendu"
                    )
                }
                index += 1
            } else {
                break
            }
        } while true
        return alternatives
    }

    private mutating func alternative() throws(JSONPathError) -> [JSONPath.Step] {
        var steps: [JSONPath.Step] = []
        let start = index
        if peek == "$" {
            index += 1
        } else if let character = peek, isNameCharacter(character) {
            steps.append(.member(name()))
        } else if peek != "[" {
            throw failure("a path starts with '$', a name or '['", "un chemin commence par « $ », un nom ou « [ »")
        }
        while let character = peek, character != "|", !character.isWhitespace {
            switch character {
            case ".":
                index += 1
                if peek == "." {
                    throw failure(
                        "recursive descent '..' is not in the xAPI Profiles subset",
                        "la descente récursive « .. » n'est pas permise par les profils xAPI"
                    )
                }
                if peek == "*" {
                    index += 1
                    steps.append(.wildcard)
                } else if let next = peek, isNameCharacter(next) {
                    steps.append(.member(name()))
                } else {
                    throw failure("a name or '*' must follow '.'", "un nom ou « * » doit suivre « . »")
                }
            case "[":
                index += 1
                steps.append(try bracket())
            default:
                throw failure("unexpected '\(character)'", "caractère « \(character) » inattendu")
            }
        }
        if index == start {
            throw failure("an alternative of '|' is empty", "une alternative de « | » est vide")
        }
        return steps
    }

    private mutating func bracket() throws(JSONPathError) -> JSONPath.Step {
        var selectors: [JSONPath.Selector] = []
        repeat {
            skipSpaces()
            guard let character = peek else {
                throw failure("']' is missing", "« ] » manque")
            }
            switch character {
            case "'", "\"":
                selectors.append(.key(try quoted()))
            case "*":
                index += 1
                selectors.append(.wildcard)
            case "0"..."9":
                selectors.append(.index(try integer()))
            case "?", "(":
                throw failure(
                    "filter and script expressions are not allowed (Profiles §8.1)",
                    "les filtres et scripts sont interdits (Profils §8.1)"
                )
            case "-":
                throw failure("indices are non-negative", "les indices sont positifs ou nuls")
            default:
                throw failure(
                    "a bracket holds quoted names, indices or '*'",
                    "des crochets contiennent des noms entre guillemets, des indices ou « * »"
                )
            }
            skipSpaces()
            guard let next = peek else { throw failure("']' is missing", "« ] » manque") }
            index += 1
            if next == "]" { break }
            guard next == "," else {
                index -= 1
                if next == ":" {
                    throw failure("slices are not allowed", "les tranches sont interdites")
                }
                throw failure("',' or ']' expected", "« , » ou « ] » attendu")
            }
        } while true
        if selectors.count == 1 {
            switch selectors[0] {
            case .key(let key): return .member(key)
            case .index(let index): return .element(index)
            case .wildcard: return .wildcard
            }
        }
        return .union(selectors)
    }

    private mutating func quoted() throws(JSONPathError) -> String {
        let quote = characters[index]
        let start = index
        index += 1
        var text = ""
        while let character = peek {
            index += 1
            if character == quote { return text }
            if character == "\\" {
                guard let escaped = peek else { break }
                index += 1
                text.append(escaped)
            } else {
                text.append(character)
            }
        }
        index = start
        throw failure("the quoted name is not closed", "le nom entre guillemets n'est pas fermé")
    }

    private mutating func integer() throws(JSONPathError) -> Int {
        let start = index
        var digits = ""
        while let character = peek, character.isASCII, character.isNumber {
            digits.append(character)
            index += 1
        }
        guard let value = Int(digits), digits.count <= 9 else {
            index = start
            throw failure("the index is too large", "l'indice est trop grand")
        }
        return value
    }

    private mutating func name() -> String {
        var text = ""
        while let character = peek, isNameCharacter(character) {
            text.append(character)
            index += 1
        }
        return text
    }

    /// Names in dot notation: anything but the path's own punctuation and spaces.
    private func isNameCharacter(_ character: Character) -> Bool {
        !character.isWhitespace && !".[]|*'\",()?$@:".contains(character)
    }

    private var peek: Character? {
        index < characters.count ? characters[index] : nil
    }

    private mutating func skipSpaces() {
        while let character = peek, character.isWhitespace { index += 1 }
    }

    private func failure(_ reason: String, _ french: String) -> JSONPathError {
        JSONPathError(offset: index, reason: reason, frenchReason: french)
    }
}

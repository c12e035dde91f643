import XAPIValidation

/// The language of messages and summaries: `--lang`, else the locale of the environment, else English.
///
/// ```swift
/// let language = LanguageSelection.language(arguments.value(of: LanguageSelection.option), environment: env)
/// ```
enum LanguageSelection {
    /// The `--lang` option, shared by `validate` and `rules`.
    static let option = CommandOption(
        "--lang",
        value: "LANG",
        allowedValues: Language.allCases.map(\.rawValue),
        help: "The language of messages: en or fr. Without it, LC_ALL, LC_MESSAGES or LANG decide; English by default."
    )

    /// The language `value` names, or the one the environment prefers when there is no value.
    static func language(_ value: String?, environment: [String: String]) -> Language {
        value.flatMap(Language.init(rawValue:)) ?? Language.preferred(in: environment)
    }
}

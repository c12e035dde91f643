import Foundation

/// The languages of rule summaries and finding messages.
///
/// ```swift
/// let language = Language.preferred(in: ProcessInfo.processInfo.environment)  // .french under LANG=fr_FR.UTF-8
/// ```
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English, the default.
    case english = "en"
    /// French.
    case french = "fr"

    /// The language a POSIX locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
    /// and not empty decides; French for `fr`, `fr_FR.UTF-8`, `fr-CA`...; English otherwise.
    public static func preferred(in environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let code = value.prefix { $0.isLetter }.lowercased()
            return code == "fr" ? .french : .english
        }
        return .english
    }
}

/// A text in English and French: rule summaries and finding messages carry both.
///
/// ```swift
/// let message = LocalizedText(english: "timestamp is missing", french: "timestamp est absent")
/// message.text(in: .french)  // "timestamp est absent"
/// ```
///
/// A text without a French version falls back to English, so that a rule set can be written first
/// and translated later without losing a message.
public struct LocalizedText: Sendable, Hashable {
    /// The English text.
    public let english: String
    /// The French text, when there is one.
    public let french: String?

    /// Creates a text in both languages.
    public init(english: String, french: String?) {
        self.english = english
        self.french = french
    }

    /// The text in `language`, or in English when it has no version in that language.
    public func text(in language: Language) -> String {
        switch language {
        case .english: return english
        case .french: return french ?? english
        }
    }
}

extension LocalizedText: ExpressibleByStringInterpolation {
    /// Creates an English-only text from a literal.
    public init(stringLiteral value: String) {
        self.init(english: value, french: nil)
    }
}

extension LocalizedText: CustomStringConvertible {
    /// The English text.
    public var description: String { english }
}

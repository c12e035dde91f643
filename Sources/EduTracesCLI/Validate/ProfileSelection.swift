import Foundation
import XAPI
import XAPIValidation

/// The rule sets that `--profile` chooses: the built-in `fr-education` (the default), profile documents
/// given by path, or `none` for the specification's rules only.
///
/// ```swift
/// let selection = try ProfileSelection(["fr-education", "profiles/video.jsonld"])
/// Validator(configuration: .init(ruleSets: selection.ruleSets))
/// ```
struct ProfileSelection {
    /// The name that asks for the specification's rules only.
    static let none = "none"
    /// The profiles built into the command, by name.
    static let builtIn: [(name: String, make: @Sendable () -> any RuleSet)] = [
        ("fr-education", { FrenchEducationProfile() })
    ]
    /// What is checked when `--profile` is not given.
    static let defaultNames = ["fr-education"]

    /// The `--profile` option, shared by `validate` and `rules`.
    static let option = CommandOption(
        "--profile",
        value: "NAME|FILE|none",
        defaultValue: defaultNames.joined(separator: ","),
        repeatable: true,
        help:
            "A labelling profile to check as well: fr-education (built in, the default), a profile document (JSON-LD), "
            + "or none for the specification only. Repeat it to check several."
    )

    /// The rule sets, in the order given.
    let ruleSets: [any RuleSet]

    /// Resolves the values of `--profile` (the default when there are none).
    init(_ values: [String]) throws(UsageError) {
        let names = values.isEmpty ? Self.defaultNames : values
        if names.contains(Self.none) {
            guard names.allSatisfy({ $0 == Self.none }) else {
                throw UsageError("--profile: none checks the specification only; it cannot be combined with a profile")
            }
            ruleSets = []
            return
        }
        var ruleSets: [any RuleSet] = []
        for name in names {
            if let builtIn = Self.builtIn.first(where: { $0.name == name }) {
                ruleSets.append(builtIn.make())
            } else {
                ruleSets.append(try Self.load(path: name))
            }
        }
        self.ruleSets = ruleSets
    }

    /// Loads the profile document at `path` with the profile engine.
    private static func load(path: String) throws(UsageError) -> any RuleSet {
        let available = (builtIn.map(\.name) + [none]).joined(separator: ", ")
        guard FileManager.default.fileExists(atPath: path) else {
            throw UsageError("--profile: no profile named '\(path)' and no such file (built in: \(available))")
        }
        do throws(ProfileError) {
            return try ProfileRuleSet(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let pointer = error.pointer.description.isEmpty ? "/" : error.pointer.description
            throw UsageError("--profile: \(path) at \(pointer): \(error.text.english) (\(error.id))")
        }
    }
}

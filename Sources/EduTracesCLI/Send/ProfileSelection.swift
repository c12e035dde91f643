import XAPIValidation

/// The labelling profiles that `send` checks besides the specification, read from its `--profile` values.
///
/// `send` accepts exactly what `validate` accepts, so that an export `validate --profile X` passes is sent
/// by `send --profile X`; today that is `none` (the specification alone). This is the one place where
/// `send` reads profiles.
///
/// ```swift
/// let profiles = try ProfileSelection(["none"])
/// let validator = Validator(configuration: .init(ruleSets: profiles.ruleSets))
/// ```
struct ProfileSelection {
    /// The rule sets checked after the specification's rules.
    let ruleSets: [any RuleSet]

    /// Reads the values of `--profile`, in order.
    init(_ values: [String]) throws(UsageError) {
        for value in values where value != "none" {
            throw UsageError("--profile: unknown profile '\(value)' (available: none)")
        }
        ruleSets = []
    }
}

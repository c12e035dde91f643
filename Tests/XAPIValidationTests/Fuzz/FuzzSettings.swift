import Foundation

/// How much to fuzz, and from where: defaults for CI, overridable from the environment.
///
/// - `EDUTRACES_FUZZ_INPUTS`: how many inputs (200,000 by default; fewer for a quick local run, never
///   fewer under `CI=true`, where a short campaign would pass for a full one).
/// - `EDUTRACES_FUZZ_FIRST`: the number of the first input (0 by default), to replay one input.
/// - `EDUTRACES_FUZZ_SEED`: the campaign seed, decimal or `0x` hexadecimal, to explore other inputs.
///
/// A failure prints the three values that replay it.
struct FuzzSettings: Sendable, CustomStringConvertible {
    /// The number of inputs of a default run, which the robustness requirement sets as a minimum.
    static let defaultInputCount = 200_000
    /// "EDUTRACE" in ASCII.
    static let defaultSeed: UInt64 = 0x4544_5554_5241_4345

    var inputCount = defaultInputCount
    var firstInput = 0
    var seed = defaultSeed

    /// The inputs to run.
    var numbers: Range<Int> { firstInput..<firstInput + inputCount }

    /// The settings the environment asks for.
    static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws
        -> FuzzSettings
    {
        var settings = FuzzSettings()
        if let text = environment["EDUTRACES_FUZZ_INPUTS"], !text.isEmpty {
            guard let count = Int(text), count > 0 else { throw SettingError("EDUTRACES_FUZZ_INPUTS", text) }
            let ci = environment["CI"]?.lowercased()
            if ci == "true" || ci == "1", count < defaultInputCount {
                throw SettingError(
                    "EDUTRACES_FUZZ_INPUTS",
                    text,
                    because: "a CI run checks at least \(defaultInputCount) inputs"
                )
            }
            settings.inputCount = count
        }
        if let text = environment["EDUTRACES_FUZZ_FIRST"], !text.isEmpty {
            guard let first = Int(text), first >= 0 else { throw SettingError("EDUTRACES_FUZZ_FIRST", text) }
            settings.firstInput = first
        }
        if let text = environment["EDUTRACES_FUZZ_SEED"], !text.isEmpty {
            let seed = text.lowercased().hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
            guard let seed else { throw SettingError("EDUTRACES_FUZZ_SEED", text) }
            settings.seed = seed
        }
        return settings
    }

    var description: String {
        "inputs #\(firstInput)..<#\(firstInput + inputCount), seed 0x\(String(seed, radix: 16, uppercase: true))"
    }

    /// An environment variable that does not hold what it should.
    struct SettingError: Error, CustomStringConvertible {
        let description: String

        init(_ name: String, _ value: String, because reason: String = "it is not a valid value") {
            description = "\(name)=\(value) is refused: \(reason)"
        }
    }
}

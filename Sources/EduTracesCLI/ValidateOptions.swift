import XAPIValidation

/// The options of `edutraces validate`.
struct ValidateOptions {
    /// How each statement's xAPI version is chosen.
    var version: SpecVersionSelection = .automatic
    /// The report's format.
    var format: ReportFormat = .text
    /// The inputs: paths, or `-` for standard input.
    var inputs: [String] = ["-"]

    /// Reads the words after `validate`.
    init(_ words: [String]) throws(UsageError) {
        let arguments = try CommandLineArguments(words, valued: ["--xapi", "--profile", "--format"])
        if let unknown = arguments.unknownOptions(known: ["--xapi", "--profile", "--format"]).first {
            throw UsageError("unknown option \(unknown)")
        }
        switch arguments.value(of: "--xapi") {
        case nil, "auto": version = .automatic
        case "1.0.3": version = .fixed(.v1_0_3)
        case "2.0.0", "2.0": version = .fixed(.v2_0_0)
        case let other?: throw UsageError("--xapi takes auto, 1.0.3 or 2.0.0, not '\(other)'")
        }
        if let name = arguments.value(of: "--format") {
            guard let format = ReportFormat(rawValue: name) else {
                throw UsageError("--format takes text, json or junit, not '\(name)'")
            }
            self.format = format
        }
        for profile in arguments.values(of: "--profile") where profile != "none" {
            throw UsageError("unknown profile '\(profile)' (available: none)")
        }
        if !arguments.operands.isEmpty { inputs = arguments.operands }
    }
}

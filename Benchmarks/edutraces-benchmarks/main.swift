import Foundation
import XAPI
import XAPIValidation

// Benchmarks of EduTraces, each printed next to a baseline measured in the same run.
//
//   edutraces-benchmarks parse [--statements N] [--rounds R]
//   edutraces-benchmarks validate [--statements N] [--rounds R] [--ralph-python PY --ralph-script PEER.py]
//   edutraces-benchmarks pseudonymize [--statements N] [--rounds R] [--openssl-sha256 MB/s --openssl-sha256-plain MB/s]
//   edutraces-benchmarks profile [--statements N] [--french] [--labelled]
//   edutraces-benchmarks profile-pseudonymize [--statements N] [--tree]
//   edutraces-benchmarks profiles [--statements N] [--rounds R]
//   edutraces-benchmarks upload [--statements N] [--producers P] [--endpoint URL --user U --password P]
//   edutraces-benchmarks generate --statements N --output FILE [--seed S]

let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "parse"

func option(_ name: String) -> String? {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let statementCount = option("--statements").flatMap(Int.init) ?? 100_000
let rounds = option("--rounds").flatMap(Int.init) ?? 5
let seed = option("--seed").flatMap(UInt64.init) ?? 2026

func machineDescription() -> String {
    let cpu =
        (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores"
}

switch command {
case "generate":
    guard let output = option("--output") else {
        FileHandle.standardError.write(Data("generate needs --output FILE\n".utf8))
        exit(2)
    }
    var generator = StatementGenerator(seed: seed)
    guard FileManager.default.createFile(atPath: output, contents: nil) else {
        FileHandle.standardError.write(Data("cannot create \(output)\n".utf8))
        exit(2)
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    var remaining = statementCount
    while remaining > 0 {
        let chunk = min(remaining, 10_000)
        try handle.write(contentsOf: generator.ndjson(count: chunk))
        remaining -= chunk
    }
    try handle.close()
case "parse":
    print("Machine: \(machineDescription())")
    var generator = StatementGenerator(seed: seed)
    runParseBenchmark(ndjson: generator.ndjson(count: statementCount), rounds: rounds)
case "validate":
    print("Machine: \(machineDescription())")
    var generator = StatementGenerator(seed: seed)
    try await runValidationBenchmark(
        ndjson: generator.ndjson(count: statementCount),
        rounds: rounds,
        ralphPython: option("--ralph-python"),
        ralphScript: option("--ralph-script")
    )
    try runLabellingBenchmark(statements: statementCount, seed: seed, rounds: rounds)
case "pseudonymize":
    print("Machine: \(machineDescription())")
    var generator = StatementGenerator(seed: seed)
    try runPseudonymizationBenchmark(
        ndjson: generator.ndjson(count: statementCount),
        rounds: rounds,
        opensslSHA256: option("--openssl-sha256").flatMap(Double.init),
        opensslSHA256WithoutExtensions: option("--openssl-sha256-plain").flatMap(Double.init)
    )
case "profiles":
    print("Machine: \(machineDescription())")
    var generator = StatementGenerator(seed: seed)
    try runProfileBenchmark(ndjson: generator.ndjson(count: statementCount), rounds: rounds)
case "upload":
    print("Machine: \(machineDescription())")
    let environment = ProcessInfo.processInfo.environment
    try await runUploadBenchmark(
        statements: option("--statements").flatMap(Int.init) ?? 20_000,
        producers: option("--producers").flatMap(Int.init) ?? 100,
        endpoint: (option("--endpoint") ?? environment["LRS_ENDPOINT"]).flatMap(URL.init(string:)),
        username: option("--user") ?? environment["LRS_USERNAME"] ?? "",
        password: option("--password") ?? environment["LRS_PASSWORD"] ?? ""
    )
case "profile":
    // One pass of parse + validation on one thread, for instruction-counting profilers; `--labelled`: the
    // statements labelled as fr-education asks.
    var generator = StatementGenerator(seed: seed)
    let ndjson =
        CommandLine.arguments.contains("--labelled")
        ? labelledStatements(count: statementCount, seed: seed) : generator.ndjson(count: statementCount)
    // `--french`: with the built-in fr-education profile, to count what the profile adds.
    let ruleSets: [any RuleSet] = CommandLine.arguments.contains("--french") ? [FrenchEducationProfile()] : []
    let validator = Validator(configuration: .init(now: nil, ruleSets: ruleSets))
    var valid = 0
    ndjson.withUnsafeBufferPointer { buffer in
        for line in lineRanges(of: ndjson)
        where validator.validate(bytes: UnsafeBufferPointer(rebasing: buffer[line])).isValid {
            valid += 1
        }
    }
    print("\(valid) valid")
case "profile-pseudonymize":
    // One pass of pseudonymization on one thread, for instruction-counting profilers; `--tree`: through a
    // parsed tree, as `pseudonymize(_:)` on a JSONValue does.
    var generator = StatementGenerator(seed: seed)
    let written = try runPseudonymizationProfile(
        ndjson: generator.ndjson(count: statementCount),
        throughTree: CommandLine.arguments.contains("--tree")
    )
    print("\(written) bytes written")
default:
    FileHandle.standardError.write(Data("unknown benchmark \(command)\n".utf8))
    exit(2)
}

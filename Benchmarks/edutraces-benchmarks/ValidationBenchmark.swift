import EduTracesCLI
import Foundation
import XAPI
import XAPIValidation

/// Parse and full spec validation next to JSONSerialization parse-only and Ralph's strict model, on one file;
/// then the cost of the French education profile over spec-only validation, same statements, same run.
func runValidationBenchmark(ndjson: [UInt8], rounds: Int, ralphPython: String?, ralphScript: String?) async throws {
    let lines = lineRanges(of: ndjson)
    let data = Data(ndjson)
    let dataLines = lines.map { data[$0] }
    let validator = Validator(configuration: .init(version: .automatic, now: nil))
    let labelling = Validator(configuration: .init(version: .automatic, now: nil, ruleSets: [FrenchEducationProfile()]))
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("edutraces-benchmark-\(getpid()).ndjson")
    try data.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }

    var invalid = 0
    let contenders = [
        Contender(name: "Foundation JSONSerialization, parse only (1 core)") {
            for line in dataLines { _ = try JSONSerialization.jsonObject(with: line) }
        },
        Contender(name: "EduTraces parse + spec validation (1 core)") {
            invalid = 0
            ndjson.withUnsafeBufferPointer { buffer in
                for line in lines where !validator.validate(bytes: UnsafeBufferPointer(rebasing: buffer[line])).isValid
                {
                    invalid += 1
                }
            }
        },
        Contender(name: "EduTraces parse + spec + fr-education (1 core)") {
            ndjson.withUnsafeBufferPointer { buffer in
                for line in lines {
                    _ = labelling.validate(bytes: UnsafeBufferPointer(rebasing: buffer[line]))
                }
            }
        },
    ]
    var measurements = try measureInterleaved(contenders, bytes: ndjson.count, statements: lines.count, rounds: rounds)

    // The command, on every core, reading the file as a user would (output discarded): spec only, then with
    // its default profile, fr-education (session patterns included), in interleaved rounds.
    var best = [Double.infinity, Double.infinity]
    for _ in 0..<rounds {
        for (index, profile) in ["none", "fr-education"].enumerated() {
            let elapsed = await ContinuousClock().measure {
                _ = await EduTraces.run(
                    ["validate", "--profile", profile, "--format", "json", file.path],
                    standardOutput: Output(),
                    standardError: Output()
                )
            }
            best[index] = min(best[index], seconds(elapsed))
        }
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    for (index, label) in ["--profile none", "fr-education"].enumerated() {
        measurements.append(
            Measurement(
                name: "edutraces validate \(label), whole file (\(cores) cores)",
                bytes: ndjson.count,
                statements: lines.count,
                seconds: best[index]
            )
        )
    }

    if let ralphPython, let ralphScript {
        measurements.append(
            try measureRalph(
                python: ralphPython,
                script: ralphScript,
                file: file,
                bytes: ndjson.count,
                statements: lines.count
            )
        )
    }
    report(
        "Parse + validate, one statement a line (\(lines.count) statements, \(ndjson.count / 1_000_000) MB; \(invalid) invalid)",
        measurements
    )
    // The budget of the labelling profile: at most 1.5 times the spec-only time.
    let library = measurements[2].seconds / measurements[1].seconds
    let command = best[1] / best[0]
    print(
        "\nfr-education cost over spec-only time: \(format(library, 2))× on 1 core, \(format(command, 2))× "
            + "for the command (budget 1.5×)"
    )
}

/// The cost of the French education profile over spec-only validation, on the generated statements labelled
/// as the profile asks (typed context activities, no group names, an opaque authority): an export built for
/// the profile, where findings are rare. On one core, the same statements, interleaved rounds.
func runLabellingBenchmark(statements count: Int, seed: UInt64, rounds: Int) throws {
    let ndjson = labelledStatements(count: count, seed: seed)
    let lines = lineRanges(of: ndjson)
    let spec = Validator(configuration: .init(version: .automatic, now: nil))
    let labelling = Validator(configuration: .init(version: .automatic, now: nil, ruleSets: [FrenchEducationProfile()]))
    var findings = 0
    func run(_ validator: Validator) {
        findings = 0
        ndjson.withUnsafeBufferPointer { buffer in
            for line in lines {
                findings += validator.validate(bytes: UnsafeBufferPointer(rebasing: buffer[line])).findings.count
            }
        }
    }
    let measurements = try measureInterleaved(
        [
            Contender(name: "EduTraces parse + spec validation (1 core)") { run(spec) },
            Contender(name: "EduTraces parse + spec + fr-education (1 core)") { run(labelling) },
        ],
        bytes: ndjson.count,
        statements: lines.count,
        rounds: rounds
    )
    report(
        "Labelled for fr-education (\(lines.count) statements, \(ndjson.count / 1_000_000) MB; \(findings) findings)",
        measurements
    )
    print(
        "fr-education cost over spec-only time, labelled statements: "
            + "\(format(measurements[1].seconds / measurements[0].seconds, 2))× (budget 1.5×)"
    )
}

/// `count` statements of the generator labelled as the profile asks, as NDJSON.
func labelledStatements(count: Int, seed: UInt64) -> [UInt8] {
    var generator = StatementGenerator(seed: seed)
    var ndjson: [UInt8] = []
    for _ in 0..<count {
        ndjson += JSONWriter.bytes(from: labelled(generator.next()))
        ndjson.append(UInt8(ascii: "\n"))
    }
    return ndjson
}

/// A generated statement changed to follow the profile: every context activity typed, no agent or group
/// named, every account name a UUID.
private func labelled(_ statement: JSONValue) -> JSONValue {
    var statement = AgentPositions.rewrite(statement) { _, agent in
        guard case .object(var object) = agent else { return agent }
        _ = object.removeValue(forKey: "name")
        if case .object(var account)? = object["account"], account["name"]?.stringValue.map(StatementID.isValid) != true
        {
            account["name"] = "2f1e6c8a-5b7d-4e3f-9a1c-0d2b4c6e8f10"
            object["account"] = .object(account)
        }
        return .object(object)
    }
    for list in ["parent", "grouping", "other"] {
        let pointer = JSONPointer.root.appending("context").appending("contextActivities").appending(list)
        guard let activities = pointer.value(in: statement)?.arrayValue else { continue }
        for index in activities.indices where activities[index]["definition"]?["type"] == nil {
            try? pointer.appending(index).appending("definition").set(
                ["type": "http://adlnet.gov/expapi/activities/lesson"],
                in: &statement
            )
        }
    }
    return statement
}

/// Runs Ralph's strict pydantic model on the file once (it is slow) and reads its own timing.
private func measureRalph(python: String, script: String, file: URL, bytes: Int, statements: Int) throws -> Measurement
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script, file.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let elapsed = seconds(clock.now - start)
    // Ralph prints "N statements, M invalid, S.SSs (R/s)": use its own time, which excludes interpreter start-up.
    let ownSeconds = report.split(separator: " ").first { $0.hasSuffix("s") && Double($0.dropLast()) != nil }.flatMap {
        Double($0.dropLast())
    }
    return Measurement(
        name: "Ralph BaseXapiStatement (Python, 1 core)",
        bytes: bytes,
        statements: statements,
        seconds: ownSeconds ?? elapsed
    )
}

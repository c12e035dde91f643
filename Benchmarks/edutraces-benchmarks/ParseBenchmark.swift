import Foundation
import XAPI

/// The JSON core's parse throughput next to Foundation's JSONSerialization, on the same NDJSON bytes.
func runParseBenchmark(ndjson: [UInt8], rounds: Int) throws {
    let lines = lineRanges(of: ndjson)
    let data = Data(ndjson)
    let dataLines = lines.map { data[$0] }
    let parser = JSONParser()

    let foundation = try Measurement.best(
        "Foundation JSONSerialization",
        bytes: ndjson.count,
        statements: lines.count,
        rounds: rounds
    ) {
        for line in dataLines {
            _ = try JSONSerialization.jsonObject(with: line)
        }
    }
    let core = try Measurement.best(
        "EduTraces JSONParser",
        bytes: ndjson.count,
        statements: lines.count,
        rounds: rounds
    ) {
        try ndjson.withUnsafeBufferPointer { buffer in
            for line in lines {
                _ = try parser.parse(UnsafeBufferPointer(rebasing: buffer[line]))
            }
        }
    }
    let writer = try Measurement.best(
        "EduTraces JSONParser + JSONWriter",
        bytes: ndjson.count,
        statements: lines.count,
        rounds: rounds
    ) {
        try ndjson.withUnsafeBufferPointer { buffer in
            var output: [UInt8] = []
            for line in lines {
                output.removeAll(keepingCapacity: true)
                JSONWriter.write(try parser.parse(UnsafeBufferPointer(rebasing: buffer[line])), into: &output)
            }
        }
    }
    report(
        "Parse, one statement a line (\(lines.count) statements, \(ndjson.count / 1_000_000) MB)",
        [foundation, core, writer],
        baseline: foundation
    )
}

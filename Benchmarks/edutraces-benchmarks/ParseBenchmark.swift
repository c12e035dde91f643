import Foundation
import XAPI

/// The JSON core's parse throughput next to Foundation's JSONSerialization, on the same NDJSON bytes.
///
/// To count instructions instead of time (Documentation/Performance.md), run one round of a few thousand
/// statements under `valgrind --tool=callgrind --toggle-collect='*runParseBenchmark*fU1_'`: the contenders'
/// closures are `fU0_`, `fU1_` and `fU2_`, in the order below; keep that order when adding one.
func runParseBenchmark(ndjson: [UInt8], rounds: Int) {
    let lines = lineRanges(of: ndjson)
    let data = Data(ndjson)
    let dataLines = lines.map { data[$0] }
    let parser = JSONParser()
    let contenders = [
        Contender(name: "Foundation JSONSerialization (1 core)") {
            for line in dataLines { _ = try JSONSerialization.jsonObject(with: line) }
        },
        Contender(name: "EduTraces JSONParser (1 core)") {
            try ndjson.withUnsafeBufferPointer { buffer in
                for line in lines { _ = try parser.parse(UnsafeBufferPointer(rebasing: buffer[line])) }
            }
        },
        Contender(name: "EduTraces JSONParser + JSONWriter (1 core)") {
            try ndjson.withUnsafeBufferPointer { buffer in
                var output: [UInt8] = []
                for line in lines {
                    output.removeAll(keepingCapacity: true)
                    JSONWriter.write(try parser.parse(UnsafeBufferPointer(rebasing: buffer[line])), into: &output)
                }
            }
        },
    ]
    do {
        let measurements = try measureInterleaved(
            contenders,
            bytes: ndjson.count,
            statements: lines.count,
            rounds: rounds
        )
        report("Parse, one statement a line (\(lines.count) statements, \(ndjson.count / 1_000_000) MB)", measurements)
    } catch {
        print("parse benchmark failed: \(error)")
    }
}

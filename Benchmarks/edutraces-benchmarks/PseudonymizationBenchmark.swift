import Digest
import Foundation
import XAPI
import XAPIPseudonymization

/// End-to-end pseudonymization (parse, transform, write) next to parse + write alone on the same bytes, and
/// the SHA-256 underneath next to OpenSSL's figures measured by Benchmarks/run.sh in the same run.
func runPseudonymizationBenchmark(
    ndjson: [UInt8],
    rounds: Int,
    opensslSHA256: Double?,
    opensslSHA256WithoutExtensions: Double?
) throws {
    let pseudonymizer = try benchmarkPseudonymizer()
    let compact = try compactStatements(from: ndjson)
    for (title, bytes) in [("generated statements", ndjson), ("compact statements (core properties only)", compact)] {
        let lines = lineRanges(of: bytes)
        let measurements = try measureInterleaved(
            pseudonymizationContenders(bytes: bytes, lines: lines, pseudonymizer: pseudonymizer),
            bytes: bytes.count,
            statements: lines.count,
            rounds: rounds
        )
        report("Pseudonymization, \(title) (\(lines.count) statements, \(bytes.count / 1_000_000) MB)", measurements)
    }
    runSHA256Benchmark(openssl: opensslSHA256, opensslWithoutExtensions: opensslSHA256WithoutExtensions)
}

/// One pass of pseudonymization over `ndjson`, as read or through a tree; returns how many bytes it wrote.
func runPseudonymizationProfile(ndjson: [UInt8], throughTree: Bool) throws -> Int {
    let pseudonymizer = try benchmarkPseudonymizer()
    var written = 0
    try ndjson.withUnsafeBufferPointer { buffer in
        var output: [UInt8] = []
        for line in lineRanges(of: ndjson) {
            output.removeAll(keepingCapacity: true)
            let text = UnsafeBufferPointer(rebasing: buffer[line])
            if throughTree {
                JSONWriter.write(try pseudonymizer.pseudonymize(JSONParser().parse(text)), into: &output)
            } else {
                try pseudonymizer.pseudonymize(json: text, appendingTo: &output)
            }
            written += output.count
        }
    }
    return written
}

/// The pseudonymizer of every pseudonymization benchmark: a fixed key, one scope, the default policy.
private func benchmarkPseudonymizer() throws -> Pseudonymizer {
    try Pseudonymizer(
        key: PseudonymizationKey(bytes: Array(0..<32), id: "bench"),
        scope: Scope("acme/maths-5e/research/2026"),
        homePageBase: "https://pseudonyms.acme.example"
    )
}

/// Parse + write, then parse + pseudonymize + write through a tree, then the same rewritten as read, on one core.
private func pseudonymizationContenders(
    bytes: [UInt8],
    lines: [Range<Int>],
    pseudonymizer: Pseudonymizer
) -> [Contender] {
    let parser = JSONParser()
    return [
        Contender(name: "JSONParser + JSONWriter (1 core)") {
            try bytes.withUnsafeBufferPointer { buffer in
                var output: [UInt8] = []
                for line in lines {
                    output.removeAll(keepingCapacity: true)
                    JSONWriter.write(try parser.parse(UnsafeBufferPointer(rebasing: buffer[line])), into: &output)
                }
            }
        },
        Contender(name: "parse + pseudonymize + write (1 core)") {
            try bytes.withUnsafeBufferPointer { buffer in
                var output: [UInt8] = []
                for line in lines {
                    output.removeAll(keepingCapacity: true)
                    let statement = try parser.parse(UnsafeBufferPointer(rebasing: buffer[line]))
                    JSONWriter.write(try pseudonymizer.pseudonymize(statement), into: &output)
                }
            }
        },
        Contender(name: "pseudonymize(json:), rewritten as read (1 core)") {
            try bytes.withUnsafeBufferPointer { buffer in
                var output: [UInt8] = []
                for line in lines {
                    output.removeAll(keepingCapacity: true)
                    try pseudonymizer.pseudonymize(
                        json: UnsafeBufferPointer(rebasing: buffer[line]),
                        appendingTo: &output
                    )
                }
            }
        },
    ]
}

/// The generated statements cut down to what a small app sends: id, actor, verb id, object id, score,
/// timestamp (about a quarter of the size).
private func compactStatements(from ndjson: [UInt8]) throws -> [UInt8] {
    var output: [UInt8] = []
    let parser = JSONParser()
    for line in lineRanges(of: ndjson) {
        let statement = try parser.parse(ndjson[line])
        var compact = JSONObject()
        compact["id"] = statement["id"]
        compact["actor"] = statement["actor"]
        compact["verb"] = statement["verb"]?["id"].map { ["id": $0] }
        compact["object"] = statement["object"]?["id"].map { ["id": $0] }
        compact["result"] = statement["result"]?["score"].map { ["score": $0] }
        compact["timestamp"] = statement["timestamp"]
        JSONWriter.write(.object(compact), into: &output)
        output.append(UInt8(ascii: "\n"))
    }
    return output
}

/// SHA-256 of 16 KB messages, as `openssl speed -evp sha256 -bytes 16384` measures it.
private func runSHA256Benchmark(openssl: Double?, opensslWithoutExtensions: Double?) {
    let message = [UInt8](repeating: 0xA5, count: 16_384)
    let messages = 8_192  // 134 MB
    var best = Double.infinity
    var sink: UInt8 = 0
    let clock = ContinuousClock()
    for _ in 0..<3 {
        let elapsed = clock.measure {
            message.withUnsafeBytes { bytes in
                for _ in 0..<messages {
                    var hasher = SHA256()
                    hasher.update(bytes)
                    sink ^= hasher.finalize()[0]
                }
            }
        }
        best = min(best, seconds(elapsed))
    }
    let megabytesPerSecond = Double(message.count * messages) / 1_000_000 / best
    print("\nSHA-256, 16 KB messages (1 core)")
    print(pad("", 52) + pad("MB/s", 10) + "EduTraces / it")
    print(pad("EduTraces Digest.SHA256 (pure Swift)", 52) + pad(format(megabytesPerSecond, 1), 10) + "1.00×")
    for (name, figure) in [
        ("openssl speed -evp sha256 (SHA extensions)", openssl),
        ("openssl speed -evp sha256 (OPENSSL_ia32cap=:~0x20000000)", opensslWithoutExtensions),
    ] {
        guard let figure else { continue }
        print(pad(name, 52) + pad(format(figure, 1), 10) + format(megabytesPerSecond / figure, 2) + "×")
    }
    if sink == 0x5A { print("") }  // Keeps the hashes from being optimised away.
}

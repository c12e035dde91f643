import Foundation
import XAPI
import XAPIUploader

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The uploader next to what it is built on, in the same run:
/// - durable enqueue (group commit) against a raw loop that appends the same records and calls `fsync`
///   once per group of the same size;
/// - delivery from the journal to an LRS against posting the same batches directly with `URLSession`;
/// - the latency of `enqueue`, alone and under concurrency.
func runUploadBenchmark(
    statements count: Int,
    producers: Int,
    endpoint: URL?,
    username: String,
    password: String
) async throws {
    var generator = StatementGenerator(seed: 2026)
    let statements = (0..<count).map { _ in generator.next() }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edutraces-upload-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }

    // Durable enqueue: `producers` tasks enqueue concurrently; delivery is held (no LRS, no interval).
    let held = uploaderConfiguration(
        journal: folder.appendingPathComponent("held"),
        endpoint: URL(string: "http://127.0.0.1:9/")!
    )
    let uploader = try await Uploader(configuration: held)
    let clock = ContinuousClock()
    let latencies = LatencyRecorder()
    let enqueueTime = try await clock.measure {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for producer in 0..<producers {
                group.addTask {
                    for index in stride(from: producer, to: count, by: producers) {
                        let start = clock.now
                        try await uploader.enqueue(statements[index])
                        await latencies.record(clock.now - start)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
    let counters = await uploader.counters
    await uploader.close()
    let groupSize = max(1, Int((Double(counters.enqueued) / Double(max(1, counters.commits))).rounded()))
    // A journal record adds 36 bytes to the statement: magic, length, checksum, id and enqueue time.
    let recordSizes = statements.map { JSONWriter.bytes(from: $0).count + 36 }

    // Raw baseline: the same number of bytes appended, one fsync per group of the same size.
    let rawTime = try clock.measure {
        try rawAppendLoop(folder: folder, recordSizes: recordSizes, groupSize: groupSize)
    }
    let concurrent = await latencies.sorted()

    // Latency of one enqueue at a time (each waits for its own fsync).
    let single = uploaderConfiguration(
        journal: folder.appendingPathComponent("single"),
        endpoint: URL(string: "http://127.0.0.1:9/")!
    )
    let alone = try await Uploader(configuration: single)
    var aloneLatencies: [Duration] = []
    for statement in statements.prefix(500) {
        let start = clock.now
        try await alone.enqueue(statement)
        aloneLatencies.append(clock.now - start)
    }
    await alone.close()
    aloneLatencies.sort()

    print(
        "\nDurable enqueue, \(count) statements, \(producers) concurrent producers, group commit of \(groupSize) on average"
    )
    print(pad("", 56) + pad("stmts/s", 12) + "ratio")
    let raw = Double(count) / seconds(rawTime)
    let durable = Double(count) / seconds(enqueueTime)
    print(pad("raw append + fsync every \(groupSize) records", 56) + pad(format(raw, 0), 12) + "1.00×")
    print(
        pad("Uploader.enqueue (validate-free, durable)", 56) + pad(format(durable, 0), 12) + format(durable / raw, 2)
            + "×"
    )
    print(
        "enqueue latency under \(producers) producers: p50 \(milliseconds(percentile(concurrent, 0.5))) ms, p99 \(milliseconds(percentile(concurrent, 0.99))) ms"
    )
    print(
        "enqueue latency alone: p50 \(milliseconds(percentile(aloneLatencies, 0.5))) ms, p99 \(milliseconds(percentile(aloneLatencies, 0.99))) ms"
    )

    guard let endpoint else {
        print("\nDelivery: no LRS (give --endpoint or set LRS_ENDPOINT)")
        return
    }
    try await runDeliveryBenchmark(
        statements: statements,
        folder: folder,
        endpoint: endpoint,
        username: username,
        password: password
    )
}

/// Delivery of the same statements (with fresh ids per contender, since the LRS keeps what it has), in
/// alternating chunks (A B, B A, A B...) so that both contenders meet the LRS with stores of similar size.
private func runDeliveryBenchmark(
    statements: [JSONValue],
    folder: URL,
    endpoint: URL,
    username: String,
    password: String
) async throws {
    let credentials = Credentials.basic(username: username, password: password)
    let session = URLSession(configuration: .ephemeral)
    let chunks = 8
    let chunkSize = max(100, statements.count / chunks)
    var total = (direct: 0.0, uploader: 0.0, statements: 0)
    for (round, start) in stride(from: 0, to: statements.count, by: chunkSize).enumerated() {
        let chunk = Array(statements[start..<min(start + chunkSize, statements.count)])
        let direct = {
            try await postDirectly(renumbered(chunk), endpoint: endpoint, credentials: credentials, session: session)
        }
        let uploader = {
            try await deliverWithUploader(
                renumbered(chunk),
                journal: folder.appendingPathComponent("deliver-\(round)"),
                endpoint: endpoint,
                credentials: credentials
            )
        }
        if round % 2 == 0 {
            total.direct += try await direct()
            total.uploader += try await uploader()
        } else {
            total.uploader += try await uploader()
            total.direct += try await direct()
        }
        total.statements += chunk.count
    }
    let direct = Double(total.statements) / total.direct
    let uploaded = Double(total.statements) / total.uploader
    print(
        "\nDelivery to \(endpoint.absoluteString), \(total.statements) statements in batches of 100, alternating chunks"
    )
    print(pad("", 56) + pad("stmts/s", 12) + "ratio")
    print(pad("URLSession POST of the same batches, one after another", 56) + pad(format(direct, 0), 12) + "1.00×")
    print(
        pad("Uploader: open journal, flush, close", 56) + pad(format(uploaded, 0), 12) + format(uploaded / direct, 2)
            + "×"
    )
}

/// Posts batches of 100 as JSON arrays, one after the other; returns the seconds taken.
private func postDirectly(
    _ statements: [JSONValue],
    endpoint: URL,
    credentials: Credentials,
    session: URLSession
) async throws -> Double {
    let bodies = stride(from: 0, to: statements.count, by: 100).map {
        JSONWriter.bytes(from: .array(Array(statements[$0..<min($0 + 100, statements.count)])))
    }
    let elapsed = try await ContinuousClock().measure {
        for body in bodies {
            var request = URLRequest(url: endpoint.appendingPathComponent("statements"))
            request.httpMethod = "POST"
            request.httpBody = Data(body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
            request.setValue(credentials.authorizationHeader, forHTTPHeaderField: "Authorization")
            let (_, response) = try await session.data(for: request)
            guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw BenchmarkFailure.delivery }
        }
    }
    return seconds(elapsed)
}

/// Fills a journal with the statements (not timed), then opens it, flushes and closes; returns the seconds.
private func deliverWithUploader(
    _ statements: [JSONValue],
    journal: URL,
    endpoint: URL,
    credentials: Credentials
) async throws -> Double {
    var holding = uploaderConfiguration(journal: journal, endpoint: URL(string: "http://127.0.0.1:9/")!)
    holding.batchSize = statements.count + 1
    let filler = try await Uploader(configuration: holding)
    for statement in statements { try await filler.enqueue(statement) }
    await filler.close()
    var configuration = uploaderConfiguration(journal: journal, endpoint: endpoint)
    configuration.credentials = credentials
    let elapsed = try await ContinuousClock().measure {
        let uploader = try await Uploader(configuration: configuration)
        try await uploader.flush()
        guard await uploader.counters.delivered == statements.count else { throw BenchmarkFailure.delivery }
        await uploader.close()
    }
    return seconds(elapsed)
}

private enum BenchmarkFailure: Error {
    case delivery
}

/// A configuration that holds delivery back (no interval passes, no batch fills) unless flushed.
private func uploaderConfiguration(journal: URL, endpoint: URL) -> Uploader.Configuration {
    var configuration = Uploader.Configuration(endpoint: endpoint, credentials: nil, journalDirectory: journal)
    configuration.batchSize = 100
    configuration.flushInterval = .seconds(3_600)
    configuration.maximumQueuedBytes = 2_000_000_000
    configuration.version = .fixed(.v1_0_3)
    return configuration
}

/// The statements with fresh ids, so that the LRS stores each contender's copies.
private func renumbered(_ statements: [JSONValue]) -> [JSONValue] {
    statements.map { statement in
        guard case .object(var object) = statement else { return statement }
        object["id"] = .string(StatementID().text)
        return .object(object)
    }
}

/// Appends records of the given sizes to one file with `pwrite` at its end (as the journal does), and
/// `fsync`s after every `groupSize`.
private func rawAppendLoop(folder: URL, recordSizes: [Int], groupSize: Int) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("raw.log").path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { throw BenchmarkFailure.delivery }
    defer { close(descriptor) }
    var buffer: [UInt8] = []
    var end = 0
    for (index, size) in recordSizes.enumerated() {
        buffer.append(contentsOf: repeatElement(0x41, count: size))
        if (index + 1) % groupSize == 0 || index + 1 == recordSizes.count {
            _ = buffer.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(end)) }
            end += buffer.count
            fsync(descriptor)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}

/// Collects durations from concurrent tasks.
private actor LatencyRecorder {
    private var values: [Duration] = []
    func record(_ value: Duration) { values.append(value) }
    func sorted() -> [Duration] { values.sorted() }
}

private func percentile(_ sorted: [Duration], _ fraction: Double) -> Duration {
    guard !sorted.isEmpty else { return .zero }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

private func milliseconds(_ duration: Duration) -> String {
    format(seconds(duration) * 1_000, 2)
}

import Foundation
import XAPI
import XAPIUploader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The process the crash test kills with SIGKILL at random moments. It enqueues statements for one agent,
// writes each id to the acknowledgement file as soon as `enqueue` returns (the moment the uploader
// promises durability), and flushes now and then. With --drain it only delivers what the journal holds.
//
//   uploader-crash-child --journal DIR --endpoint URL --user U --password P --agent MBOX --acks FILE --count N
//   uploader-crash-child --journal DIR --endpoint URL --user U --password P --drain

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

guard let journal = option("--journal"), let endpoint = option("--endpoint").flatMap(URL.init(string:)) else {
    FileHandle.standardError.write(Data("usage: uploader-crash-child --journal DIR --endpoint URL ...\n".utf8))
    exit(2)
}
var configuration = Uploader.Configuration(
    endpoint: endpoint,
    credentials: .basic(username: option("--user") ?? "", password: option("--password") ?? ""),
    journalDirectory: URL(fileURLWithPath: journal)
)
configuration.batchSize = 20
configuration.flushInterval = .milliseconds(50)
configuration.retryBase = .milliseconds(50)
configuration.retryCap = .milliseconds(500)
configuration.version = .fixed(.v1_0_3)
configuration.segmentBytes = 16_384

let uploader: Uploader
do {
    uploader = try await Uploader(configuration: configuration)
} catch {
    FileHandle.standardError.write(Data("cannot open the uploader: \(error)\n".utf8))
    exit(1)
}

if arguments.contains("--drain") {
    do {
        try await uploader.flush(timeout: .seconds(120))
    } catch {
        FileHandle.standardError.write(Data("drain failed: \(error)\n".utf8))
        exit(1)
    }
    let counters = await uploader.counters
    await uploader.close()
    print("drained: \(counters.delivered) delivered, \(counters.setAside) set aside, \(counters.queued) queued")
    exit(counters.queued == 0 ? 0 : 1)
}

guard let acks = option("--acks"), let agent = option("--agent") else {
    FileHandle.standardError.write(Data("--acks FILE and --agent MBOX are needed\n".utf8))
    exit(2)
}
let acknowledgements = open(acks, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
guard acknowledgements >= 0 else { exit(1) }
let count = option("--count").flatMap(Int.init) ?? 200

/// Records an acknowledged id with one `write`, which a kill cannot split.
func acknowledge(_ id: StatementID) {
    let line = Array((id.text + "\n").utf8)
    _ = line.withUnsafeBytes { write(acknowledgements, $0.baseAddress, $0.count) }
}

// If the test that started this process dies, stop rather than outlive it.
let parent = getppid()
for round in 0..<(count / 10) {
    if getppid() != parent { exit(0) }
    await withTaskGroup(of: Void.self) { group in
        for index in 0..<10 {
            group.addTask {
                let statement: JSONValue = [
                    "actor": ["objectType": "Agent", "mbox": .string(agent)],
                    "verb": ["id": "http://adlnet.gov/expapi/verbs/answered"],
                    "object": ["id": .string("https://exercices.example.fr/crash/\(round)/\(index)")],
                ]
                if let id = try? await uploader.enqueue(statement) { acknowledge(id) }
            }
        }
    }
    if round % 5 == 4 { try? await uploader.flush(timeout: .seconds(5)) }
}
try? await uploader.flush(timeout: .seconds(30))
await uploader.close()

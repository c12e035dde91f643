import Foundation
import TestSupport
import Testing
import XAPI
import XAPIUploader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process enqueuing and delivering is killed with SIGKILL at random moments, again and again;
/// after all restarts every statement it acknowledged is in the LRS exactly once. Part of the real-LRS
/// suite, so that it never shares the LRS with the other integration tests at the same time.
extension IntegrationTests {
    static let kills = 110

    @Test func everyAcknowledgedStatementArrivesExactlyOnceDespiteKills() async throws {
        let endpoint = try LiveLRS.requireEndpoint()
        let child = try BuiltExecutable.url(named: "uploader-crash-child")
        let folder = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let journal = folder.appendingPathComponent("journal").path
        let acks = folder.appendingPathComponent("acks").path
        let mailbox = LiveLRS.uniqueMailbox()
        let common = [
            "--journal", journal, "--endpoint", endpoint.absoluteString,
            "--user", LiveLRS.username, "--password", LiveLRS.password,
        ]
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        var killed = 0
        for _ in 0..<Self.kills {
            let process = Process()
            process.executableURL = child
            process.arguments = common + ["--agent", mailbox, "--acks", acks, "--count", "100000"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(for: .milliseconds(Int64(40 + random.next() % 260)))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
        }
        #expect(killed >= 100, "seed \(seed)")

        let drain = Process()
        drain.executableURL = child
        drain.arguments = common + ["--drain"]
        let output = Pipe()
        drain.standardOutput = output
        drain.standardError = output
        try drain.run()
        let summary = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        drain.waitUntilExit()
        #expect(drain.terminationStatus == 0, "\(summary) seed \(seed)")
        #expect(summary.contains(" 0 set aside"), "\(summary)")

        let acknowledged = try String(contentsOfFile: acks, encoding: .utf8)
            .split(separator: "\n").compactMap { try? StatementID(String($0)) }
        #expect(acknowledged.count > 100, "the child made too little progress to test anything")
        var query = StatementQuery()
        query.agent = ["mbox": .string(mailbox)]
        query.limit = 100
        let stored = try await LiveLRS.client().allStatements(matching: query)
        var copies: [StatementID: Int] = [:]
        for statement in stored {
            guard let id = statement["id"]?.stringValue.flatMap({ try? StatementID($0) }) else { continue }
            copies[id, default: 0] += 1
            // An unacknowledged statement may arrive too, but never damaged.
            #expect(statement["object"]?["id"]?.stringValue?.hasPrefix("https://exercices.example.fr/crash/") == true)
        }
        let missing = acknowledged.filter { copies[$0] == nil }
        let duplicated = copies.filter { $0.value > 1 }
        #expect(
            missing.isEmpty,
            "\(missing.count) of \(acknowledged.count) acknowledged statements missing, seed \(seed)"
        )
        #expect(duplicated.isEmpty, "\(duplicated.count) statements stored more than once, seed \(seed)")
    }
}

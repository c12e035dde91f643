import Foundation
import Testing
import XAPIUploader

/// One run of an example's executable, which the build puts beside the tests: its exit status and what it
/// printed (standard output and standard error together).
struct ExampleRun {
    struct NotFound: Error, CustomStringConvertible {
        let description: String
    }

    let status: Int32
    let output: String

    /// Runs `name` with `arguments`, in `environment` (by default this process's), and waits for it to end.
    init(_ name: String, arguments: [String], environment: [String: String]? = nil) throws {
        let process = Process()
        process.executableURL = try Self.executable(name)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting, so that a full pipe never blocks the child.
        output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        status = process.terminationStatus
    }

    private static func executable(_ name: String) throws -> URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let folders = [
            bundle, bundle.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotFound(description: "no \(name) beside the tests: build with `swift build --build-tests`")
    }

    private final class Marker {}
}

/// The real LRS that `Scripts/test` starts, found through LRS_ENDPOINT, LRS_USERNAME and LRS_PASSWORD (the
/// examples read the same variables). Without it the tests that deliver are disabled, except under CI=true,
/// where they run and fail: CI must never pass by skipping them.
enum ExampleLRS {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var endpoint: URL? {
        environment["LRS_ENDPOINT"].flatMap { $0.isEmpty ? nil : URL(string: $0) }
    }

    /// Whether the tests that deliver run: with an LRS, or under CI (where they then fail).
    static var shouldRun: Bool {
        endpoint != nil || environment["CI"] == "true"
    }

    /// A client of the LRS, or a recorded failure explaining that it is missing.
    static func client() throws -> LRSClient {
        let endpoint = try #require(
            endpoint,
            "LRS_ENDPOINT is not set: run the tests with Scripts/test, which starts the LRS"
        )
        return LRSClient(
            endpoint: endpoint,
            credentials: .basic(
                username: environment["LRS_USERNAME"] ?? "",
                password: environment["LRS_PASSWORD"] ?? ""
            )
        )
    }
}

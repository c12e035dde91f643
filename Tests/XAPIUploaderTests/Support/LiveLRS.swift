import Foundation
import Testing
import XAPIUploader

/// The real LRS that `Scripts/test` starts (Ralph), found through LRS_ENDPOINT, LRS_USERNAME and
/// LRS_PASSWORD. Without it the integration tests are disabled, except under CI=true, where they run and
/// fail: CI must never pass by skipping them.
enum LiveLRS {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var endpoint: URL? {
        environment["LRS_ENDPOINT"].flatMap { $0.isEmpty ? nil : URL(string: $0) }
    }

    static var credentials: Credentials {
        .basic(username: environment["LRS_USERNAME"] ?? "", password: environment["LRS_PASSWORD"] ?? "")
    }

    /// Whether the integration tests run: with an LRS, or under CI (where they then fail).
    static var shouldRun: Bool {
        endpoint != nil || environment["CI"] == "true"
    }

    /// The endpoint, or a recorded failure explaining that the LRS is missing.
    static func requireEndpoint() throws -> URL {
        try #require(endpoint, "LRS_ENDPOINT is not set: run the tests with Scripts/test, which starts the LRS")
    }

    static func client() throws -> LRSClient {
        LRSClient(endpoint: try requireEndpoint(), credentials: credentials)
    }

    /// An agent no other test run uses, so that queries count only this run's statements.
    static func uniqueMailbox() -> String {
        "mailto:run-\(UUID().uuidString.lowercased())@example.fr"
    }
}

public import Foundation
public import Testing

/// The real LRS that `Scripts/test` starts, found through `LRS_ENDPOINT`, `LRS_USERNAME` and `LRS_PASSWORD` (the
/// examples read the same variables).
///
/// Without it the tests that need it are disabled, except under `CI=true`, where they run and fail: CI must
/// never pass by skipping them. A suite is enabled by ``shouldRun`` and each test starts with
/// ``requireEndpoint(sourceLocation:)``, which records the failure when the LRS is missing.
///
/// ```swift
/// @Suite("Real LRS", .enabled(if: LiveLRS.shouldRun))
/// struct DeliveryTests {
///     @Test func announcesItsVersions() async throws {
///         let client = LRSClient(
///             endpoint: try LiveLRS.requireEndpoint(),
///             credentials: .basic(username: LiveLRS.username, password: LiveLRS.password)
///         )
///         #expect(try await !client.aboutVersions().isEmpty)
///     }
/// }
/// ```
public enum LiveLRS {
    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// `LRS_ENDPOINT`, when it is set to a URL.
    public static var endpoint: URL? {
        environment["LRS_ENDPOINT"].flatMap { $0.isEmpty ? nil : URL(string: $0) }
    }

    /// `LRS_USERNAME`, or empty.
    public static var username: String { environment["LRS_USERNAME"] ?? "" }

    /// `LRS_PASSWORD`, or empty.
    public static var password: String { environment["LRS_PASSWORD"] ?? "" }

    /// Whether the tests that need the LRS run: with an LRS, or under CI (where they then fail).
    public static var shouldRun: Bool {
        endpoint != nil || environment["CI"] == "true"
    }

    /// The endpoint, or a failure recorded at the caller explaining that the LRS is missing.
    public static func requireEndpoint(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        try #require(
            endpoint,
            "LRS_ENDPOINT is not set: run the tests with Scripts/test, which starts the LRS",
            sourceLocation: sourceLocation
        )
    }
}

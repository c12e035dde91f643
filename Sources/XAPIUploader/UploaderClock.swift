public import Foundation

/// The uploader's source of time: the wall clock for enqueue times and Retry-After dates, and sleeping
/// for batching intervals and retry delays. Tests inject a virtual one to check schedules exactly.
///
/// ```swift
/// let uploader = try await Uploader(configuration: configuration, clock: SystemUploaderClock())
/// ```
public protocol UploaderClock: Sendable {
    /// The current time.
    func now() -> Date
    /// Suspends for `duration`; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The system's clock: `Date()` and `Task.sleep`.
///
/// ```swift
/// let clock = SystemUploaderClock()
/// try await clock.sleep(for: .milliseconds(10))
/// ```
public struct SystemUploaderClock: UploaderClock {
    /// Creates the clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }

    /// `Task.sleep(for:)`.
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}

/// The randomness of retry jitter; tests inject a seeded or fixed one.
///
/// ```swift
/// struct Midpoint: RandomSource { func fraction() -> Double { 0.5 } }
/// ```
public protocol RandomSource: Sendable {
    /// A number in `0..<1`.
    func fraction() -> Double
}

/// The system's random number generator.
///
/// ```swift
/// let jitter = SystemRandomSource().fraction()   // 0 ≤ jitter < 1
/// ```
public struct SystemRandomSource: RandomSource {
    /// Creates the source.
    public init() {}

    /// `Double.random(in: 0..<1)`.
    public func fraction() -> Double { Double.random(in: 0..<1) }
}

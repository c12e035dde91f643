import Foundation
import XAPIUploader

/// A clock whose time only moves when someone sleeps on it, so retry schedules are exact and instant.
final class VirtualClock: UploaderClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    /// When set, sleeping waits (really) until the task is cancelled, as if time stood still.
    var isFrozen = false

    init(start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = start
    }

    func now() -> Date {
        lock.withLock { current }
    }

    func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        while lock.withLock({ isFrozen }) {
            try await Task.sleep(for: .milliseconds(5))
        }
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        lock.withLock { current = current.addingTimeInterval(seconds) }
        await Task.yield()
        try Task.checkCancellation()
    }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}

/// Jitter that always draws the same fraction.
struct FixedRandom: RandomSource {
    let value: Double
    func fraction() -> Double { value }
}

/// Delays between attempts after server and network failures: exponential backoff with full jitter
/// (the delay is drawn uniformly between zero and `min(cap, base × 2^failures)`), so that a fleet of
/// tablets coming back online does not hammer the LRS in step.
struct RetrySchedule: Sendable {
    let base: Duration
    let cap: Duration

    /// The delay before the next attempt after `failures` consecutive failures (1 for the first).
    func delay(afterFailures failures: Int, fraction: Double) -> Duration {
        let exponent = min(max(failures - 1, 0), 40)
        let ceiling = min(Self.seconds(cap), Self.seconds(base) * Double(1 << UInt64(exponent)))
        let milliseconds = (ceiling * min(max(fraction, 0), 1) * 1_000).rounded(.down)
        return .milliseconds(Int64(milliseconds))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

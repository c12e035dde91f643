import Foundation

/// Shows statements per second and the share of bytes read on a terminal's standard error.
///
/// It writes nothing when standard error is not a terminal, so logs and pipes stay clean.
final class ProgressMeter {
    private let output: Output
    private let enabled: Bool
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    init(output: Output) {
        self.output = output
        enabled = output.isTerminal
    }

    /// Redraws at most four times a second.
    func update(statements: Int, bytes: Int, totalBytes: Int?) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(250) else { return }
        lastDraw = now
        let elapsed = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let rate = elapsed > 0 ? Double(statements) / elapsed : 0
        var line = "\r\(statements) statements, \(Int(rate)) statements/s"
        if let totalBytes, totalBytes > 0 {
            line += ", \(min(100, bytes * 100 / totalBytes))% of bytes"
        }
        output.write(line + "   ")
        output.flush()
        drawn = true
    }

    /// Clears the progress line.
    func finish() {
        guard enabled, drawn else { return }
        output.write("\r\u{1B}[K")
        output.flush()
        drawn = false
    }
}

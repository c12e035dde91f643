import Foundation

/// The corpus tests a run skipped, announced on the last line of the run's output.
///
/// A skipped test shows in the report as "skipped", easy to miss among hundreds of passes; a green run
/// must not hide that the conformance corpus was never read. The first skip registers a handler that
/// prints, when the test process ends:
///
/// ```
/// SKIPPED: conformance corpus absent (/work/shared/conformance): 3 suites not run: ADL conformance suite, Fuzzing, …
/// ```
public enum CorpusSkips {
    /// The names of the skipped suites and tests; guarded by its lock.
    private final class Ledger: @unchecked Sendable {
        let lock = NSLock()
        var names: Set<String> = []
        var announces = false
    }

    private static let ledger = Ledger()

    /// Records that the tests of `suite` will not run for lack of the corpus.
    public static func record(_ suite: String) {
        ledger.lock.lock()
        defer { ledger.lock.unlock() }
        ledger.names.insert(suite)
        guard !ledger.announces else { return }
        ledger.announces = true
        atexit { CorpusSkips.announce() }
    }

    /// The suites recorded so far, sorted.
    public static var skipped: [String] {
        ledger.lock.lock()
        defer { ledger.lock.unlock() }
        return ledger.names.sorted()
    }

    /// The line the run ends with, or `nil` when nothing was skipped.
    public static var notice: String? {
        let names = skipped
        guard !names.isEmpty else { return nil }
        let count = names.count == 1 ? "1 suite" : "\(names.count) suites"
        return "SKIPPED: conformance corpus absent (\(ConformanceCorpus.directory.path)): \(count) not run: "
            + names.joined(separator: ", ")
    }

    private static func announce() {
        guard let notice else { return }
        FileHandle.standardOutput.write(Data((notice + "\n").utf8))
    }
}

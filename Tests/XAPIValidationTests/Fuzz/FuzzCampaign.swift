import TestSupport
import XAPI

/// One statement the fuzzer starts from, written compactly.
struct FuzzSeed: Sendable {
    /// The suite case it comes from.
    let name: String
    /// Its JSON text.
    let bytes: [UInt8]

    /// Every statement (or batch) of the ADL conformance suite, both versions, in file order.
    static func suiteStatements() throws -> [FuzzSeed] {
        try ConformanceCorpus.suiteVersions.flatMap { version in
            try ConformanceCorpus.suiteCases(version: version).map {
                FuzzSeed(name: $0.name, bytes: JSONWriter.bytes(from: $0.statement))
            }
        }
    }
}

/// One fuzz input, with what it was made from.
struct FuzzInput: Sendable {
    /// Its number in the campaign.
    let number: Int
    /// The seed statement it was made from.
    let seedName: String
    /// The mutations applied to the seed, in order.
    let operators: [MutationOperator]
    /// The text to check.
    let bytes: [UInt8]
    /// The levels of nesting added by ``MutationOperator/nestDeeply``, if applied.
    let nestingLevels: Int
}

/// A deterministic fuzz campaign over seed statements.
///
/// Input `n` depends only on the campaign's seed, `n` and the seed list, so that a failing input is
/// replayed alone (``FuzzSettings`` reads the seed and the range from the environment) and a run gives
/// the same inputs however it is split across tasks. Consecutive inputs take each operator in turn on
/// one seed statement, so that the first `operators × seeds` inputs pair every seed with every operator.
struct FuzzCampaign: Sendable {
    /// Where the generator of each input starts.
    let seed: UInt64
    /// The statements mutated; never empty.
    let seeds: [FuzzSeed]

    /// A campaign with nothing to mutate: an empty corpus must fail the run, not crash it or pass it.
    struct NoSeeds: Error, CustomStringConvertible {
        var description: String { "no seed statements to mutate: the corpus gave none" }
    }

    /// A campaign mutating `seeds`, from the generator state `seed`.
    ///
    /// - Throws: ``NoSeeds`` when `seeds` is empty.
    init(seed: UInt64, seeds: [FuzzSeed]) throws(NoSeeds) {
        guard !seeds.isEmpty else { throw NoSeeds() }
        self.seed = seed
        self.seeds = seeds
    }

    /// An input that takes longer than this to check counts as a hang (the run is a debug build).
    static let hangThreshold: Duration = .seconds(10)

    /// The input numbered `number`.
    func input(number: Int) -> FuzzInput {
        var generator = SplitMix64(seed: seed, stream: UInt64(number))
        let operators = MutationOperator.allCases
        var applied = [operators[number % operators.count]]
        let base = seeds[(number / operators.count) % seeds.count]
        // A quarter of the inputs stack one or two more mutations; deep nesting goes last, so that the
        // structure-aware operators never scan megabytes.
        if generator.chance(1, in: 4) {
            let stackable = operators.filter { $0 != .nestDeeply }
            for _ in 0..<generator.within(1...2) {
                let position = applied.last == .nestDeeply ? applied.count - 1 : applied.count
                applied.insert(generator.element(of: stackable), at: position)
            }
        }
        var bytes = base.bytes
        var nestingLevels = 0
        for mutation in applied { nestingLevels += mutation.apply(to: &bytes, using: &generator) }
        return FuzzInput(
            number: number,
            seedName: base.name,
            operators: applied,
            bytes: bytes,
            nestingLevels: nestingLevels
        )
    }

    /// Checks the inputs of `numbers`, split into `shards` concurrent tasks, and merges what they found.
    func run(_ numbers: Range<Int>, shards: Int, oracle: RobustnessOracle) async -> FuzzTally {
        let shardSize = (numbers.count + shards - 1) / max(shards, 1)
        return await withTaskGroup(of: FuzzTally.self) { group in
            for start in stride(from: numbers.lowerBound, to: numbers.upperBound, by: max(shardSize, 1)) {
                let shard = start..<min(start + shardSize, numbers.upperBound)
                group.addTask { await runShard(shard, oracle: oracle) }
            }
            var total = FuzzTally()
            for await tally in group { total.merge(tally) }
            return total
        }
    }

    private func runShard(_ numbers: Range<Int>, oracle: RobustnessOracle) async -> FuzzTally {
        var tally = FuzzTally()
        let clock = ContinuousClock()
        for number in numbers {
            // A time limit cancels the test: stop, so that it fails instead of running on.
            guard !Task.isCancelled else {
                tally.wasCancelled = true
                break
            }
            // Give way now and then, so that tests running beside the campaign are not starved of threads.
            if number % 64 == 0 { await Task.yield() }
            let input = input(number: number)
            let start = clock.now
            var verdict = oracle.check(input.bytes)
            let elapsed = clock.now - start
            if elapsed > Self.hangThreshold {
                verdict.violations.append("took \(elapsed), more than \(Self.hangThreshold)")
            }
            tally.record(input, verdict: verdict, elapsed: elapsed, replay: replayHint(for: input))
        }
        return tally
    }

    private func replayHint(for input: FuzzInput) -> String {
        let seedText = "0x" + String(seed, radix: 16, uppercase: true)
        return
            "replay: EDUTRACES_FUZZ_SEED=\(seedText) EDUTRACES_FUZZ_FIRST=\(input.number) EDUTRACES_FUZZ_INPUTS=1"
    }
}

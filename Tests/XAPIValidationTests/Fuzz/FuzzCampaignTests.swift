import Foundation
import TestSupport
import Testing

/// Robustness: mutated statements of the ADL conformance suite never trap, hang or go unreported.
///
/// At least 200,000 inputs by default (see ``FuzzSettings`` to run fewer or replay one), made by random
/// bit and byte flips, truncations, insertions, deletions, swaps, repeated members and deep nesting.
@Suite("Fuzzing", ConformanceCorpus.required(by: "Fuzzing"))
struct FuzzCampaignTests {
    @Test(.timeLimit(.minutes(6)))
    func mutatedSuiteStatementsNeverTrapHangOrEscapeAFinding() async throws {
        let settings = try FuzzSettings.fromEnvironment()
        let campaign = try FuzzCampaign(seed: settings.seed, seeds: try FuzzSeed.suiteStatements())
        let clock = ContinuousClock()
        let start = clock.now
        let tally = await campaign.run(settings.numbers, shards: 4, oracle: RobustnessOracle())
        print("Fuzz (\(settings), \(campaign.seeds.count) suite statements) in \(clock.now - start):\n\(tally.summary)")

        #expect(!tally.wasCancelled, "the time limit stopped the run after \(tally.inputs) inputs")
        #expect(tally.inputs == settings.inputCount)
        for violation in tally.violations { Issue.record(Comment(rawValue: violation)) }
        #expect(tally.violationCount == 0, "\(tally.violationCount) violations, the first ones recorded above")
        // The campaign reaches past the parser: some inputs stay JSON and some decode as statements.
        if tally.inputs >= 10_000 {
            #expect(tally.parsed > 0 && tally.rejected > 0 && tally.duplicateKeys > 0 && tally.decodedStatements > 0)
        }
        // Every input was judged by JSONSerialization too, and most got the same verdict.
        let documented = tally.referenceDifferences.values.reduce(0, +)
        #expect(tally.referenceAgreements + documented + tally.referenceDisagreements == tally.inputs)
        #expect(tally.referenceAgreements > tally.inputs / 2)
    }
}

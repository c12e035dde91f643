import TestSupport
import Testing
import XAPI

/// The fuzzer itself: deterministic, and each operator does what it says, so that a clean campaign means
/// something. These tests use a literal statement and need no corpus.
@Suite("Mutation fuzzer")
struct MutationFuzzerTests {
    static let statement = Array(
        (#"{"id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0","actor":{"objectType":"Agent","mbox":"mailto:a@example.com"},"#
            + #""verb":{"id":"http://adlnet.gov/expapi/verbs/scored","display":{"en-US":"scored"}},"#
            + #""object":{"id":"http://example.com/activities/quiz"},"result":{"score":{"scaled":0.9,"raw":90}}}"#)
            .utf8
    )
    static let seeds = [FuzzSeed(name: "literal", bytes: statement)]

    static func campaign(seed: UInt64 = 7) throws -> FuzzCampaign {
        try FuzzCampaign(seed: seed, seeds: seeds)
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        // The first outputs of the reference implementation (Vigna's splitmix64.c) seeded with 0.
        var generator = SplitMix64(seed: 0)
        #expect(
            [generator.next(), generator.next(), generator.next()] == [
                0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
            ]
        )
    }

    @Test func theSameNumberGivesTheSameInput() throws {
        let campaign = try Self.campaign()
        for number in [0, 1, 10, 1_000, 123_457] {
            let first = campaign.input(number: number)
            let again = campaign.input(number: number)
            #expect(first.bytes == again.bytes && first.operators == again.operators)
        }
        let other = try Self.campaign(seed: 8)
        let differing = (0..<100).filter { campaign.input(number: $0).bytes != other.input(number: $0).bytes }
        #expect(differing.count > 50, "another campaign seed gives other inputs")
    }

    @Test func aCampaignWithoutSeedsIsAnErrorNotACrash() {
        #expect(throws: FuzzCampaign.NoSeeds.self) { try FuzzCampaign(seed: 7, seeds: []) }
    }

    @Test func consecutiveInputsTakeEveryOperatorAndNestLast() throws {
        let campaign = try Self.campaign()
        let count = MutationOperator.allCases.count
        let used = (0..<count).flatMap { campaign.input(number: $0).operators }
        #expect(Set(used) == Set(MutationOperator.allCases))
        for number in 0..<2_000 {
            let operators = campaign.input(number: number).operators
            #expect(!operators.dropLast().contains(.nestDeeply), "input #\(number): \(operators)")
        }
    }

    @Test(arguments: MutationOperator.allCases)
    func everyOperatorChangesTheText(mutation: MutationOperator) {
        var generator = SplitMix64(seed: 1)
        var changed = 0
        for _ in 0..<200 {
            var bytes = Self.statement
            mutation.apply(to: &bytes, using: &generator)
            if bytes != Self.statement { changed += 1 }
        }
        #expect(changed >= 190)
    }

    @Test func truncationKeepsAStrictPrefix() {
        var generator = SplitMix64(seed: 2)
        for _ in 0..<200 {
            var bytes = Self.statement
            MutationOperator.truncate.apply(to: &bytes, using: &generator)
            #expect(bytes.count < Self.statement.count && Self.statement.starts(with: bytes))
        }
    }

    @Test func duplicatingAMemberRepeatsAKey() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<200 {
            var bytes = Self.statement
            MutationOperator.duplicateMember.apply(to: &bytes, using: &generator)
            do throws(JSONSyntaxError) {
                _ = try JSONParser().parse(bytes)
                Issue.record("a duplicated member left the text valid: \(FuzzTally.preview(bytes))")
            } catch {
                guard case .duplicateKey = error.kind else {
                    Issue.record("expected a duplicate key, got \(error)")
                    continue
                }
            }
        }
    }

    @Test func swappingMemberValuesOrRenamingKeysKeepsMostTextsJSON() throws {
        for mutation in [MutationOperator.swapRegions, .renameKey, .replaceValue] {
            var generator = SplitMix64(seed: 4)
            var parsed = 0
            for _ in 0..<200 {
                var bytes = Self.statement
                mutation.apply(to: &bytes, using: &generator)
                if (try? JSONParser().parse(bytes)) != nil { parsed += 1 }
            }
            #expect(parsed >= 40, "\(mutation.rawValue) kept \(parsed) of 200 texts JSON")
        }
    }

    @Test func deepNestingAddsTheLevelsItReports() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<50 {
            var bytes = Self.statement
            let levels = MutationOperator.nestDeeply.apply(to: &bytes, using: &generator)
            #expect(levels >= 1 && levels <= 1_000_000)
            #expect(DeepNesting.depth(of: bytes) >= levels + 1)
        }
        #expect(DeepNesting.repeated(Array(#"{"a":"#.utf8), count: 3) == Array(#"{"a":{"a":{"a":"#.utf8))
        #expect(DeepNesting.wrap([0x31], levels: 2, shape: .array, closed: true) == Array("[[1]]".utf8))
    }
}

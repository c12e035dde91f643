import Testing

/// The campaign's size and seed come from the environment; under CI the full count is enforced.
@Suite("Fuzz settings")
struct FuzzSettingsTests {
    @Test func runsTheFullCampaignByDefault() throws {
        let settings = try FuzzSettings.fromEnvironment([:])
        #expect(settings.numbers == 0..<FuzzSettings.defaultInputCount)
        #expect(settings.seed == FuzzSettings.defaultSeed)
    }

    @Test func runsFewerInputsLocallyWhenAsked() throws {
        let settings = try FuzzSettings.fromEnvironment(["EDUTRACES_FUZZ_INPUTS": "1000", "EDUTRACES_FUZZ_FIRST": "5"])
        #expect(settings.numbers == 5..<1_005)
    }

    @Test(arguments: ["true", "TRUE", "1"])
    func refusesAShortCampaignUnderCI(ci: String) {
        #expect(throws: FuzzSettings.SettingError.self) {
            try FuzzSettings.fromEnvironment(["CI": ci, "EDUTRACES_FUZZ_INPUTS": "1000"])
        }
    }

    @Test func acceptsTheFullCountOrMoreUnderCI() throws {
        let full = try FuzzSettings.fromEnvironment(["CI": "true"])
        #expect(full.inputCount == FuzzSettings.defaultInputCount)
        let more = try FuzzSettings.fromEnvironment(["CI": "true", "EDUTRACES_FUZZ_INPUTS": "300000"])
        #expect(more.inputCount == 300_000)
    }

    @Test(arguments: ["EDUTRACES_FUZZ_INPUTS", "EDUTRACES_FUZZ_FIRST", "EDUTRACES_FUZZ_SEED"])
    func refusesAValueThatIsNotANumber(name: String) {
        #expect(throws: FuzzSettings.SettingError.self) { try FuzzSettings.fromEnvironment([name: "many"]) }
    }
}

import Foundation
import Testing
import XAPI

@testable import XAPIUploader

/// Server errors, rate limits, timeouts and resets in sequence: the schedule is exact and nothing is lost.
@Suite("Fault sequences")
struct FaultSequenceTests {
    private func retries(_ events: [UploaderEvent]) -> [(RetryReason, Duration)] {
        events.compactMap { event in
            if case .retried(let reason, let delay) = event { return (reason, delay) }
            return nil
        }
    }

    @Test func backsOffExponentiallyWithFullJitterOnServerErrors() async throws {
        let lrs = MemoryLRS(faults: [.status(500), .status(502), .status(500), .status(504)])
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: VirtualClock(),
            random: FixedRandom(value: 0.5)
        )
        for index in 0..<3 { try await uploader.enqueue(Fixtures.statement(index)) }
        try await uploader.flush()
        await uploader.close()
        let schedule = retries(await Fixtures.events(of: uploader))
        // Ceilings 1, 2, 4, 8 s (base 1 s, doubling), half of each drawn.
        #expect(schedule.map(\.1) == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4)])
        #expect(
            schedule.map(\.0) == [
                .serverError(status: 500), .serverError(status: 502), .serverError(status: 500),
                .serverError(status: 504),
            ]
        )
        #expect(await lrs.storeCount == 3)
    }

    @Test func capsTheBackoff() {
        let schedule = RetrySchedule(base: .seconds(1), cap: .seconds(60))
        #expect(schedule.delay(afterFailures: 30, fraction: 0.999_999) <= .seconds(60))
        #expect(schedule.delay(afterFailures: 7, fraction: 1) == .seconds(60))
        #expect(schedule.delay(afterFailures: 1, fraction: 0) == .zero)
    }

    @Test func waitsExactlyTheRetryAfterOf503And429() async throws {
        let lrs = MemoryLRS(faults: [
            .status(503, headers: ["Retry-After": "7"]), .status(429, headers: ["retry-after": "120"]),
        ])
        let clock = VirtualClock()
        let start = clock.now()
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: clock,
            random: FixedRandom(value: 0.5)
        )
        try await uploader.enqueue(Fixtures.statement(1))
        try await uploader.flush()
        await uploader.close()
        let schedule = retries(await Fixtures.events(of: uploader))
        #expect(schedule.map(\.1) == [.seconds(7), .seconds(120)])
        #expect(schedule.map(\.0) == [.rateLimited(status: 503), .rateLimited(status: 429)])
        #expect(clock.now().timeIntervalSince(start) >= 127)
        #expect(await lrs.storeCount == 1)
    }

    @Test func keepsRetryAfterAcrossRestarts() async throws {
        let journal = Fixtures.temporaryDirectory()
        let clock = VirtualClock()
        clock.isFrozen = true
        let lrs = MemoryLRS(faults: [.status(429, headers: ["Retry-After": "600"])])
        var configuration = Fixtures.configuration(journal: journal)
        configuration.flushInterval = .zero
        let first = try await Uploader(configuration: configuration, transport: lrs, clock: clock)
        try await first.enqueue(Fixtures.statement(1))
        // Let the delivery loop meet the 429 before closing.
        while await first.counters.retries == 0 { await Task.yield() }
        await first.close()
        clock.isFrozen = false
        let deadline = clock.now().addingTimeInterval(600)
        clock.advance(by: 100)
        let second = try await Uploader(
            configuration: Fixtures.configuration(journal: journal),
            transport: lrs,
            clock: clock
        )
        try await second.flush()
        await second.close()
        let events = await Fixtures.events(of: second)
        #expect(
            events.contains(
                .paused(
                    .rateLimited(untilEpochSeconds: (deadline.timeIntervalSince1970 * 1_000).rounded(.down) / 1_000)
                )
            )
        )
        #expect(clock.now() >= deadline)
        #expect(await lrs.postSizes == [1, 1])
        #expect(await lrs.storeCount == 1)
    }

    @Test func losesNothingThroughTimeoutsResetsAndErrors() async throws {
        let lrs = MemoryLRS(faults: [
            .failure(.timeout), .status(500), .failure(.connection("connection reset by peer")),
            .status(503, headers: ["Retry-After": "2"]), .status(429), .status(413), .failure(.timeout),
        ])
        let clock = VirtualClock()
        clock.isFrozen = true
        let uploader = try await Uploader(
            configuration: Fixtures.configuration(journal: Fixtures.temporaryDirectory()),
            transport: lrs,
            clock: clock,
            random: FixedRandom(value: 0.25)
        )
        var ids: Set<StatementID> = []
        for index in 0..<300 { ids.insert(try await uploader.enqueue(Fixtures.statement(index))) }
        clock.isFrozen = false
        try await uploader.flush()
        let counters = await uploader.counters
        await uploader.close()
        #expect(Set(await lrs.stored.keys) == ids)
        #expect(counters.delivered == 300)
        #expect(counters.setAside == 0 && counters.dropped == 0)
        let reasons = retries(await Fixtures.events(of: uploader)).map(\.0)
        #expect(
            reasons == [
                .timeout, .serverError(status: 500), .network("connection reset by peer"), .rateLimited(status: 503),
                .serverError(status: 429), .batchTooLarge(newBatchSize: 50), .timeout,
            ]
        )
    }

    @Test func retriesTheVersionQueryWhenTheLRSIsUnreachable() async throws {
        actor Unreachable: Transport {
            var calls = 0
            nonisolated func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
                await count()
                throw .connection("connection refused")
            }
            func count() { calls += 1 }
        }
        let transport = Unreachable()
        var configuration = Fixtures.configuration(journal: Fixtures.temporaryDirectory())
        configuration.version = .automatic
        let uploader = try await Uploader(
            configuration: configuration,
            transport: transport,
            clock: VirtualClock(),
            random: FixedRandom(value: 0)
        )
        try await uploader.enqueue(Fixtures.statement(1))
        while await transport.calls < 3 { await Task.yield() }
        #expect(await uploader.counters.queued == 1)
        await uploader.close()
    }
}

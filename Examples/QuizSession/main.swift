// A pupil's quiz session in a vendor's app, from the first tap to the LRS. Each statement is built with the
// typed models and handed to the uploader, whose stages pseudonymize it and then check the pseudonymized
// statement (xAPI and the French profile: a statement with an error is not sent, and why is printed),
// before anything is written to disk. The uploader keeps it in its journal until the LRS has it; its events are printed as they happen.
//
//   Scripts/lrs/start-lrs.sh .build-lrs/venv 18081 .build-lrs/example   # the local LRS (see README.md)
//   source .build-lrs/example/lrs.env                                   # LRS_ENDPOINT, LRS_USERNAME, LRS_PASSWORD
//   swift run quiz-session-example [--key-file FILE --key-id ID] [--with-mistake]
//
// Exit status: 0 every statement delivered, 1 some not delivered, 2 a usage or setup error.

import Foundation
import XAPI
import XAPIPseudonymization
import XAPIUploader
import XAPIValidation

let settings = Settings.fromCommandLine()
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-session-\(UUID().uuidString)")

do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let (key, keyOrigin) = try settings.key(throwawayIn: folder)

    // Pseudonymized, then checked: what is checked is what reaches the disk and the LRS, so the French
    // profile's agent rules (an opaque account name, no name) see the pseudonym, not the ENT's account.
    let validation = ValidationStage(validator: Validator(configuration: .init(ruleSets: [FrenchEducationProfile()])))
    let pseudonymization = try Pseudonymizer(
        key: key,
        scope: Scope("maths-plus/quiz-example/2026"),
        homePageBase: "https://pseudonyms.maths-plus.example"
    )
    var configuration = Uploader.Configuration(
        endpoint: settings.endpoint,
        credentials: settings.credentials,
        journalDirectory: folder.appendingPathComponent("journal")
    )
    configuration.stages = [pseudonymization, validation]
    configuration.flushInterval = .milliseconds(500)
    let uploader = try await Uploader(configuration: configuration)
    let printer = Task { for await event in uploader.events { print("    uploader: " + line(for: event)) } }

    // The pupil as the ENT knows them after sign-in; this account never leaves the device in clear.
    let pupil = Account(homePage: "https://ent.example.fr", name: "0b7a5c3e-91d2-4f68-a4b0-5e2c8d17f903")
    let session = QuizSession(pupil: pupil, quiz: QuizSession.fractions)
    print("quiz session, registration \(session.registration.uuidString.lowercased())")
    print("  LRS:     \(settings.endpoint.absoluteString) as \(settings.credentials)")
    print("  key:     \(keyOrigin)")
    print("  journal: \(folder.appendingPathComponent("journal").path)")

    // Each event becomes a statement handed to the uploader at once, as the app would do it.
    var built = 0
    var notSent = 0
    func send(_ event: String, _ statement: Statement) async throws {
        print("  pupil \(event)")
        built += 1
        do {
            try await uploader.enqueue(statement)
        } catch {
            guard case .refused(let rejection) = error else { throw error }
            notSent += 1
            print("  NOT SENT, refused by a stage:")
            for reason in rejection.reasons { print("    \(reason)") }
        }
    }
    try await send("initialized the quiz", session.initialized())
    for (question, choice) in zip(QuizSession.fractionsQuestions, ["b", "b", "a"]) {
        try await send(
            "answered question \(question.number) with \(choice)",
            session.answered(question, choice: choice, seconds: 25)
        )
    }
    if settings.withMistake {
        try await send("answered (a careless build: the pupil's account in the activity id)", session.mistake())
    }
    try await send("completed the quiz, 2 of 3", session.completed(correct: 2, of: 3, seconds: 95))
    try await send("passed the quiz", session.passed(correct: 2, of: 3, seconds: 95))
    try await send("terminated the quiz", session.terminated(seconds: 110))

    var waitProblem: String?
    do {
        try await uploader.flush(timeout: .seconds(30))
    } catch {
        waitProblem = "\(error)"
    }
    let counters = await uploader.counters
    await uploader.close()
    await printer.value

    print(
        "\(built) statements: \(counters.delivered) delivered, \(notSent) not sent, "
            + "\(counters.setAside) set aside by the LRS, \(counters.dropped) dropped, \(counters.queued) still queued"
    )
    if let waitProblem { print("delivery did not finish: \(waitProblem); the journal keeps what is left") }
    exit(counters.delivered == built ? 0 : 1)
} catch {
    print("quiz-session-example: \(error)")
    exit(2)
}

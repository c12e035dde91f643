// A vendor's app records that a pupil completed a quiz: it builds the statement with the typed
// models, checks it against xAPI before it leaves the device, and prints the JSON it would send.
//
//   swift run vendor-statement-example

import Foundation
import XAPI
import XAPIValidation

let pupil = Agent(account: Account(homePage: "https://ent.example.fr", name: "u-4821"))
let quiz = Activity(
    id: "https://exercices.example.fr/fractions/quiz-3",
    definition: ActivityDefinition(name: ["fr-FR": "Quiz sur les fractions"], type: ActivityType.assessment)
)
let statement = Statement(
    id: StatementID(),
    actor: .agent(pupil),
    verb: .completed,
    object: .activity(quiz),
    result: Statement.Result(score: try Score(scaled: 0.85, raw: 17, min: 0, max: 20), completion: true),
    context: Context(registration: UUID(), platform: "Maths+ 3.2", language: "fr-FR"),
    timestamp: .now()
)

let report = Validator(version: .v1_0_3).validate(statement)
for finding in report.findings {
    print(finding)
}
print(report.isValid ? "valid xAPI 1.0.3 statement:" : "not sent, it does not conform:")
print(String(decoding: statement.jsonBytes, as: UTF8.self))
exit(report.isValid ? 0 : 1)

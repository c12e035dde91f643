import Foundation
import XAPI

/// The statements Maths+ sends while a pupil works through one exercise: one function per event of the
/// app, each statement labelled the way the French profile (`fr-education`) asks.
///
/// ```swift
/// let traces = ExerciseTraces(pupil: signedIn.entAccount, exercise: .fractions, school: school)
/// try await uploader.enqueue(traces.started())
/// try await uploader.enqueue(traces.answered(Exercise.fractions.steps[0], choice: "b", seconds: 21))
/// ```
///
/// Every statement carries an id, a UTC timestamp, the French display of its verb, the profile's context
/// (category marker, platform, school) and the exercise's registration, so that a session can be followed.
public struct ExerciseTraces: Sendable {
    /// The platform written in every statement: the product and its version.
    public static let platform = "Maths+ 3.2"

    /// The pupil's account as the ENT gives it (an opaque id); pseudonymized before it leaves the device.
    public let pupil: Account
    /// The exercise.
    public let exercise: Exercise
    /// The school, its level and subject.
    public let school: FrenchEducation.School
    /// This attempt at the exercise.
    public let registration: UUID

    /// Starts traces for one attempt at `exercise`.
    public init(pupil: Account, exercise: Exercise, school: FrenchEducation.School, registration: UUID = UUID()) {
        self.pupil = pupil
        self.exercise = exercise
        self.school = school
        self.registration = registration
    }

    /// The pupil opened the exercise.
    public func started() -> Statement {
        statement(.initialized, object: exerciseActivity)
    }

    /// The pupil chose `choice` at `step` after `seconds`.
    public func answered(_ step: Exercise.Step, choice: String, seconds: Double) throws -> Statement {
        let activity = Activity(
            id: try IRI("\(exercise.id.text)/step-\(step.number)"),
            definition: ActivityDefinition(
                name: ["fr-FR": "Étape \(step.number)"],
                description: ["fr-FR": step.prompt],
                type: ActivityType.cmiInteraction,
                interactionType: .choice,
                correctResponsesPattern: [step.answer],
                choices: step.choices.map { InteractionComponent(id: $0.id, description: ["fr-FR": $0.text]) }
            )
        )
        let right = choice == step.answer
        let result = Statement.Result(
            score: try Score(scaled: right ? 1 : 0),
            success: right,
            response: choice,
            duration: try ISO8601Duration(seconds: seconds)
        )
        return statement(.answered, object: activity, result: result, parent: exerciseActivity)
    }

    /// The pupil reached the end with `correct` right answers after `seconds`: completed, then passed or failed.
    public func finished(correct: Int, seconds: Double) throws -> [Statement] {
        let total = exercise.steps.count
        let score = try Score(scaled: Double(correct) / Double(total), raw: Double(correct), min: 0, max: Double(total))
        let duration = try ISO8601Duration(seconds: seconds)
        let passed = Double(correct) / Double(total) >= exercise.passMark
        return [
            statement(
                .completed,
                object: exerciseActivity,
                result: Statement.Result(score: score, completion: true, duration: duration)
            ),
            statement(
                passed ? .passed : .failed,
                object: exerciseActivity,
                result: Statement.Result(score: score, success: passed, duration: duration)
            ),
        ]
    }

    /// The pupil left the exercise after `seconds` in it.
    public func left(seconds: Double) throws -> Statement {
        statement(
            .terminated,
            object: exerciseActivity,
            result: Statement.Result(duration: try ISO8601Duration(seconds: seconds))
        )
    }

    /// The exercise as the object of a statement: an assessment with a French name.
    private var exerciseActivity: Activity {
        Activity(
            id: exercise.id,
            definition: ActivityDefinition(name: ["fr-FR": exercise.title], type: ActivityType.assessment)
        )
    }

    private func statement(
        _ verb: Verb,
        object: Activity,
        result: Statement.Result? = nil,
        parent: Activity? = nil
    )
        -> Statement
    {
        Statement(
            id: StatementID(),
            actor: .agent(Agent(account: pupil)),
            verb: verb.withFrenchDisplay,
            object: .activity(object),
            result: result,
            context: FrenchEducation.context(
                platform: Self.platform,
                registration: registration,
                school: school,
                contextActivities: parent.map { ContextActivities(parent: [$0]) }
            ),
            timestamp: .now()
        )
    }
}

import XAPI
import XAPIPseudonymization

/// `edutraces pseudonym`: prints the pseudonymous agent of one identifier, so that the key holder can find a
/// person's pseudonym from the identifier it already has.
struct PseudonymCommand: Command {
    static let name = "pseudonym"
    static let summary = "Print the pseudonymous agent that stands for one agent in a scope."
    static let discussion = """
        AGENT_JSON is an agent or identified group as xAPI writes it, with one identifier (mbox,
        mbox_sha1sum, openid or account). The output is the agent that pseudonymize writes for it.

        Exit status: 0 the agent was printed, 1 the agent cannot be pseudonymized, 2 a usage error.
        """

    static let agent = CommandOperand("AGENT_JSON", help: "The agent, as JSON text.")

    static let options = PseudonymizerOptions.all
    static let operands = [agent]
    static let examples = [
        CommandExample(
            "edutraces pseudonym --key-file research.key --key-id 2026a --scope acme/maths-5e/research/2026 "
                + #"--home-page https://pseudonyms.acme.example '{"account":{"homePage":"https://gar.education.fr","name":"IDO-0001"}}'"#,
            "Find the pseudonym of a GAR user in one scope."
        )
    ]

    let pseudonymizerOptions: PseudonymizerOptions
    let agent: JSONValue

    init(_ arguments: ParsedArguments) throws(UsageError) {
        pseudonymizerOptions = try PseudonymizerOptions(arguments)
        do {
            agent = try JSONParser().parse(arguments.operands.first ?? "")
        } catch {
            throw UsageError("AGENT_JSON is not JSON: \(error.description)")
        }
    }

    func run(in context: CommandContext) async throws -> Int32 {
        let pseudonymizer = try pseudonymizerOptions.pseudonymizer(policy: PseudonymizationPolicy())
        do {
            let pseudonymous = try pseudonymizer.pseudonymousAgent(agent)
            context.output.write(JSONWriter.string(from: pseudonymous) + "\n")
            return EduTraces.ExitStatus.success
        } catch {
            context.diagnostics.write("edutraces pseudonym: \(error)\n")
            return EduTraces.ExitStatus.findings
        }
    }
}

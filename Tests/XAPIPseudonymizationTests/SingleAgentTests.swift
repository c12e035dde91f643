import Testing
import XAPI
import XAPIPseudonymization

@Suite("Single agents")
struct SingleAgentTests {
    @Test func pseudonymizesTheMembersOfAGroupGivenAlone() throws {
        let group: JSONValue = [
            "objectType": "Group", "name": "6e B",
            "member": [
                ["mbox": "mailto:a@b.fr"], ["objectType": "Group", "member": [["openid": "https://id.example/c"]]],
            ],
        ]
        let output = try Fixtures.pseudonymizer().pseudonymousAgent(group)
        let text = JSONWriter.string(from: output)
        #expect(!text.contains("a@b.fr") && !text.contains("id.example") && !text.contains("6e B"))
        #expect(output["member"]?[1]?["member"]?[0]?["account"] != nil)
    }

    @Test func pointsAtTheRefusedMemberOfAGroupGivenAlone() throws {
        #expect {
            try Fixtures.pseudonymizer().pseudonymousAgent(["objectType": "Group", "member": [["name": "Ada"]]])
        } throws: { error in
            (error as? PseudonymizationError)?.path.description == "/member/0"
        }
    }
}

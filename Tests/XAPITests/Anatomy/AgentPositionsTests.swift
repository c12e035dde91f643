import Testing
import XAPI

@Suite("Agent positions")
struct AgentPositionsTests {
    static let agent: JSONValue = ["account": ["homePage": "https://ent.example.fr", "name": "u-1"]]
    static let group: JSONValue = ["objectType": "Group", "member": [agent, agent]]

    /// A 2.0 statement with a person in every position, and a SubStatement that has them all again.
    static let statement: JSONValue = [
        "actor": group,
        "verb": ["id": "http://adlnet.gov/expapi/verbs/attended"],
        "object": [
            "objectType": "SubStatement",
            "actor": agent,
            "verb": ["id": "http://adlnet.gov/expapi/verbs/attended"],
            "object": ["objectType": "Agent", "mbox": "mailto:a@example.org"],
            "context": ["instructor": agent, "team": group],
        ],
        "context": [
            "instructor": agent,
            "team": group,
            "contextAgents": [["objectType": "contextAgent", "agent": agent]],
            "contextGroups": [["objectType": "contextGroup", "group": group]],
        ],
        "authority": agent,
    ]

    @Test func findsEveryPositionInDocumentOrderWithMembersBeforeTheirGroup() {
        let found = AgentPositions.positions(in: Self.statement).map { "\($0.role) \($0.path)" }
        #expect(
            found == [
                "member /actor/member/0", "member /actor/member/1", "actor /actor",
                "actor /object/actor", "object /object/object", "instructor /object/context/instructor",
                "member /object/context/team/member/0", "member /object/context/team/member/1",
                "team /object/context/team",
                "instructor /context/instructor", "member /context/team/member/0", "member /context/team/member/1",
                "team /context/team", "contextAgent /context/contextAgents/0/agent",
                "member /context/contextGroups/0/group/member/0", "member /context/contextGroups/0/group/member/1",
                "contextGroup /context/contextGroups/0/group", "authority /authority",
            ]
        )
    }

    @Test func marksPositionsInsideASubStatement() {
        let positions = AgentPositions.positions(in: Self.statement)
        #expect(positions.filter(\.isInSubStatement).map(\.path.description).allSatisfy { $0.hasPrefix("/object/") })
        #expect(positions.filter(\.isInSubStatement).count == 6)
    }

    @Test func ignoresAnActivityObjectAndVisitsMalformedAgentsToo() {
        let statement: JSONValue = [
            "actor": "not an agent",
            "object": ["id": "https://example.org/activity", "mbox": "mailto:a@example.org"],
        ]
        #expect(AgentPositions.positions(in: statement).map(\.path.description) == ["/actor"])
    }

    @Test func rewritesEveryPositionAndGivesGroupsTheirRewrittenMembers() {
        var groupsSeen: [JSONValue] = []
        let rewritten = AgentPositions.rewrite(Self.statement) { position, value in
            if position.role == .member { return ["name": "member"] }
            if value["objectType"] == "Group" {
                groupsSeen.append(value)
                return value
            }
            return ["name": .string(position.role.rawValue)]
        }
        #expect(groupsSeen.allSatisfy { $0["member"] == [["name": "member"], ["name": "member"]] })
        #expect(groupsSeen.count == 4)
        #expect(rewritten["authority"] == ["name": "authority"])
        #expect(rewritten["context"]?["contextAgents"]?[0]?["agent"] == ["name": "contextAgent"])
        #expect(rewritten["object"]?["object"] == ["name": "object"])
        #expect(rewritten["verb"] == Self.statement["verb"])
    }

    /// Visiting (read-only) and rewriting walk the statement separately: they find the same positions, with
    /// the same values, on well-formed and malformed statements alike.
    @Test func visitsThePositionsThatRewritingSees() {
        let odd: [JSONValue] = [
            Self.statement,
            ["actor": ["objectType": "Group", "member": "not an array"], "authority": 3],
            ["object": ["objectType": "SubStatement", "actor": "x", "object": ["objectType": "Group"]]],
            ["context": ["contextAgents": ["not an entry", ["agent": 1], ["group": Self.agent]], "team": []]],
            ["context": ["contextGroups": ["group": Self.group], "instructor": Self.group]],
            ["actor": ["member": [Self.group, "x"]], "context": "not an object"],
            "not a statement",
        ]
        for statement in odd {
            var visited: [String] = []
            AgentPositions.visit(statement) { position, value in
                visited.append("\(position.role) \(position.path) \(position.isInSubStatement) \(value)")
            }
            var rewritten: [String] = []
            _ = AgentPositions.rewrite(statement) { position, value in
                rewritten.append("\(position.role) \(position.path) \(position.isInSubStatement) \(value)")
                return value
            }
            #expect(visited == rewritten, "\(statement)")
        }
    }

    @Test func leavesTheStatementAsItIsWhenNothingChanges() {
        #expect(AgentPositions.rewrite(Self.statement) { _, value in value } == Self.statement)
    }
}

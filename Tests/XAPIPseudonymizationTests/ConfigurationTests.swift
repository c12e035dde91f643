import Testing
import XAPI
import XAPIPseudonymization

@Suite("Configuration")
struct ConfigurationTests {
    @Test func refusesScopesThatCannotBeWrittenInAHomePage() {
        for text in ["", "a//b", "/a", "a b", "a?b", "a#b", "caf\u{65}\u{301}", String(repeating: "a", count: 201)] {
            #expect(throws: PseudonymizationError.self, "\(text)") { try Scope(text) }
        }
    }

    @Test func acceptsScopesInAnyScript() throws {
        #expect(
            try Scope("acad\u{E9}mie-lyon/\u{6F22}\u{5B57}/2026").text == "acad\u{E9}mie-lyon/\u{6F22}\u{5B57}/2026"
        )
    }

    @Test func refusesHomePageBasesThatAreNotPlainHTTPS() throws {
        let key = try Fixtures.key()
        let scope = try Scope(Fixtures.scopeText)
        for base in [
            "http://x.example", "https://x.example/", "https://x.example?q", "https://u@x.example", "https://", "x",
        ] {
            #expect(throws: PseudonymizationError.self, "\(base)") {
                try Pseudonymizer(key: key, scope: scope, homePageBase: base)
            }
        }
    }

    @Test func homePageJoinsBaseScopeAndKeyID() throws {
        #expect(
            try Fixtures.pseudonymizer().homePage
                == "https://pseudonyms.acme.example/acme/maths-5e/research/2026/k2026a"
        )
    }
}

import Testing
import XAPI

/// The authority part of an IRI (RFC 3986 §3.2): what character checks alone cannot see.
@Suite("IRI authorities")
struct IRIAuthorityTests {
    @Test(arguments: [
        "http://[2001:db8::1]/a", "http://[2001:db8::1]:8080/a", "https://user@ent.example.fr:443/x",
        "http://example.org:/empty-port", "urn:example:a:b", "http://example.org?q=1:x", "file:///tmp/x",
    ])
    func acceptsWellFormedAuthorities(_ text: String) throws {
        #expect(try IRI(text).text == text)
    }

    @Test(arguments: [
        ("http://[2001:db8::1/a", "closed"), ("http://example.org:80a/x", "port"),
        ("https://ent.example.fr:port", "port"), ("http://[::1]x/y", "follow"),
    ])
    func refusesUnclosedIPLiteralsAndNonNumericPorts(_ text: String, _ word: String) {
        #expect {
            try IRI(text)
        } throws: { error in
            (error as? ValueFormatError)?.reason.contains(word) == true
        }
    }
}

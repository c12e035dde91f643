import Testing
import XAPIUploader

/// The `Authorization` header each kind of credentials sends, and what their description hides.
@Suite("Credentials")
struct CredentialsTests {
    @Test func basicHeaderIsTheBase64OfUserColonPassword() {
        // The example of RFC 7617 §2.
        let credentials = Credentials.basic(username: "Aladdin", password: "open sesame")
        #expect(credentials.authorizationHeader == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    }

    @Test func basicHeaderPadsEveryRemainder() {
        #expect(Credentials.basic(username: "a", password: "").authorizationHeader == "Basic YTo=")
        #expect(Credentials.basic(username: "a", password: "b").authorizationHeader == "Basic YTpi")
        #expect(Credentials.basic(username: "a", password: "bc").authorizationHeader == "Basic YTpiYw==")
    }

    @Test func basicHeaderEncodesUTF8() {
        #expect(Credentials.basic(username: "é", password: "ü").authorizationHeader == "Basic w6k6w7w=")
    }

    @Test func bearerHeaderCarriesTheToken() {
        #expect(Credentials.bearer(token: "t0k3n").authorizationHeader == "Bearer t0k3n")
    }

    @Test func descriptionHidesTheSecret() {
        #expect(!Credentials.basic(username: "vendor-app", password: "s3cret").description.contains("s3cret"))
        #expect(!Credentials.bearer(token: "t0k3n").description.contains("t0k3n"))
    }
}

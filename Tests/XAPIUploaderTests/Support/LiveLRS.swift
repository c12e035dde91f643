import Foundation
import TestSupport
import Testing
import XAPIUploader

/// The uploader's view of the real LRS whose settings ``LiveLRS`` reads.
extension LiveLRS {
    static var credentials: Credentials {
        .basic(username: username, password: password)
    }

    static func client(sourceLocation: SourceLocation = #_sourceLocation) throws -> LRSClient {
        LRSClient(endpoint: try requireEndpoint(sourceLocation: sourceLocation), credentials: credentials)
    }

    /// An agent no other test run uses, so that queries count only this run's statements.
    static func uniqueMailbox() -> String {
        "mailto:run-\(UUID().uuidString.lowercased())@example.fr"
    }
}

import XAPIUploader

/// A transport that never reaches the network: `journal` opens the uploader through it, so that looking
/// at a journal can never send a statement.
///
/// ```swift
/// let uploader = try await Uploader(configuration: configuration, transport: OfflineTransport())
/// ```
struct OfflineTransport: Transport {
    /// Fails every request as a connection that could not be made.
    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        throw .connection("edutraces journal does not send")
    }
}

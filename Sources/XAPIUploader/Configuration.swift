public import Foundation
public import XAPI

extension Uploader {
    /// Everything an ``Uploader`` is told: where to send, how to authenticate, where to keep statements,
    /// how to batch, how long to wait, and how much disk it may use.
    ///
    /// Defaults suit a tablet app: batches of 100 statements or 1 MB, a flush every 10 seconds, at most
    /// 100 MB or 30 days of statements kept, new statements refused (not old ones dropped) when full.
    ///
    /// ```swift
    /// var configuration = Uploader.Configuration(
    ///     endpoint: URL(string: "https://lrs.example.fr/xAPI/")!,
    ///     credentials: .basic(username: "maths-plus", password: secret),
    ///     journalDirectory: appSupport.appendingPathComponent("traces")
    /// )
    /// configuration.stages = [pseudonymizationStage, validationStage]
    /// let uploader = try await Uploader(configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// What to do when the journal is full.
        public enum OverflowPolicy: String, Sendable, Hashable {
            /// `enqueue` throws ``UploaderError/bufferFull``; what is stored is kept (the default).
            case rejectNew
            /// The oldest waiting statements are dropped to make room, each reported as a ``UploaderEvent/dropped(_:reason:)``.
            case dropOldest
        }

        /// Which `X-Experience-API-Version` to send.
        public enum VersionChoice: Sendable, Hashable {
            /// The highest version the LRS announces in `/about` that the SDK speaks; 1.0.3 if `/about` fails.
            case automatic
            /// This version, without asking.
            case fixed(LRSVersion)
        }

        /// The LRS's xAPI endpoint, such as `https://lrs.example.fr/xAPI/` (resources are resolved under it).
        public var endpoint: URL
        /// The credentials; ``Uploader/resume(credentials:)`` replaces them after a 401 or 403.
        public var credentials: Credentials?
        /// The folder of the journal; it is created owner-only if missing and must not be shared by two uploaders.
        public var journalDirectory: URL
        /// Which xAPI version to speak.
        public var version: VersionChoice = .automatic
        /// Statements per POST at most.
        public var batchSize = 100
        /// Bytes per POST at most (the JSON array); `enqueue` refuses a statement that cannot fit in one batch
        /// alone with ``UploaderError/refused(_:)``, rule `uploader.statement.size` at the root.
        public var maximumBatchBytes = 1_000_000
        /// How long a statement may wait for companions before a partial batch is sent.
        public var flushInterval: Duration = .seconds(10)
        /// The most bytes of waiting statements the journal holds.
        public var maximumQueuedBytes = 100_000_000
        /// The oldest a waiting statement may be; older ones are dropped and reported.
        public var maximumAge: Duration = .seconds(30 * 24 * 3_600)
        /// What happens when ``maximumQueuedBytes`` is reached.
        public var overflowPolicy = OverflowPolicy.rejectNew
        /// The first retry's upper bound after a server or network failure; it doubles per failure.
        public var retryBase: Duration = .seconds(1)
        /// The upper bound no retry delay exceeds.
        public var retryCap: Duration = .seconds(300)
        /// How long one request may take before it counts as a timeout.
        public var requestTimeout: Duration = .seconds(30)
        /// Checks and transformations every statement goes through before it is stored, in order (for
        /// example validation, then pseudonymization): personal data reaches the disk only as they leave it.
        public var stages: [any StatementStage] = []
        /// Events kept for a slow reader of ``Uploader/events``; older ones are discarded first. Counters
        /// are exact whatever this is.
        public var eventBufferLimit = 10_000
        /// The size at which the journal starts a new segment file.
        public var segmentBytes = 4_000_000

        /// A configuration with the defaults.
        public init(endpoint: URL, credentials: Credentials?, journalDirectory: URL) {
            self.endpoint = endpoint
            self.credentials = credentials
            self.journalDirectory = journalDirectory
        }
    }
}

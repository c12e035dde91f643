/// Facts about the SDK itself.
public enum EduTracesSDK {
    /// The SDK's version (Semantic Versioning): the command prints it and the uploader's `User-Agent` carries it.
    public static let version = "0.2.0"
}

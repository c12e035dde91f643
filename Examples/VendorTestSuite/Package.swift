// swift-tools-version:6.0
// A vendor's own package: the statements its app sends, and a test suite that holds them to the French
// profile. It depends on EduTraces by path here; a vendor writes `.package(url: ..., from: ...)` instead.
import PackageDescription

let package = Package(
    name: "MathsPlusTraces",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "MathsPlusTraces", targets: ["MathsPlusTraces"])
    ],
    dependencies: [
        // Named, so that products are found by the package's name whatever its folder is called.
        .package(name: "EduTraces", path: "../..")
    ],
    targets: [
        .target(
            name: "MathsPlusTraces",
            dependencies: [.product(name: "XAPI", package: "EduTraces")]
        ),
        .testTarget(
            name: "MathsPlusTracesTests",
            dependencies: [
                "MathsPlusTraces",
                .product(name: "XAPI", package: "EduTraces"),
                .product(name: "XAPIValidation", package: "EduTraces"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

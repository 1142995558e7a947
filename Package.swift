// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gongwen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GongwenKit", targets: ["GongwenKit"]),
        .executable(name: "gongwen", targets: ["gongwen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // ICU's headers rename every function by macro (u_foo → u_foo_72); Swift cannot
        // import that directly, so a small C target exports plain wrappers.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // glibc's allocator tuning for batches (`mallopt` is not in Swift's Glibc module).
        .target(name: "CMalloc"),
        // Names (and records) the file a batch was parsing when the process crashed: signal
        // handlers must be async-signal-safe C.
        .target(name: "CCrashNote"),
        .target(
            name: "GongwenKit",
            dependencies: ["CICU", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The SQLite sink, apart so that the library does not carry a database.
        .target(
            name: "GongwenSQLite",
            dependencies: ["GongwenKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "gongwen",
            dependencies: ["GongwenKit", "GongwenSQLite", "CMalloc", "CCrashNote", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Per-stage timing over a folder (Scripts/bench runs it); not part of the product.
        .executableTarget(
            name: "gongwen-stages",
            dependencies: ["GongwenKit"]
        ),
        .testTarget(
            name: "GongwenKitTests",
            dependencies: ["GongwenKit", "GongwenSQLite", "gongwen"]
        ),
    ]
)

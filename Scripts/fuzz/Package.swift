// swift-tools-version:6.0
// A libFuzzer target over the whole parse (bytes in → JSON out). Built by Scripts/fuzz/run
// with -sanitize=fuzzer,address; kept apart so the main package builds without it.
import PackageDescription

let package = Package(
    name: "GongwenFuzz",
    dependencies: [.package(name: "gongwen", path: "../..")],
    targets: [
        .executableTarget(name: "GongwenFuzz", dependencies: [.product(name: "GongwenKit", package: "gongwen")]),
    ]
)

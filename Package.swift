// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Timeline",
  products: [
    .library(name: "Timeline", targets: ["Timeline"]),
    .executable(name: "timeline", targets: ["CLI"]),
  ],
  targets: [
    .target(name: "Timeline"),
    .executableTarget(name: "CLI", dependencies: ["Timeline"]),
    .testTarget(name: "TimelineTests", dependencies: ["Timeline"]),
    .testTarget(name: "TimelineCLITests", dependencies: ["CLI", "Timeline"]),
  ]
)

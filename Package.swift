// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "studylog",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "studylog", targets: ["studylog"]),
    .library(name: "StudyLog", targets: ["StudyLog"]),
    .library(name: "StudyLogCairo", targets: ["StudyLogCairo"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
  ],
  targets: [
    // Model, input, diagnostics, analysis and text reports. Foundation only.
    .target(name: "StudyLog"),
    // Cairo, Pango and fontconfig from the system (Debian: libcairo2-dev libpango1.0-dev).
    .systemLibrary(
      name: "CPangoCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"]), .brew(["cairo", "pango"])]
    ),
    // Text measuring and drawing with Pango and Cairo.
    .target(name: "StudyLogCairo", dependencies: ["CPangoCairo"]),
    // The command: parses options, reads files, calls the libraries, prints, sets the exit code.
    .executableTarget(
      name: "studylog",
      dependencies: [
        "StudyLog",
        "StudyLogCairo",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "StudyLogTests", dependencies: ["StudyLog"]),
    .testTarget(name: "StudyLogCairoTests", dependencies: ["StudyLogCairo"]),
    .testTarget(name: "studylogTests", dependencies: ["studylog"]),
  ]
)

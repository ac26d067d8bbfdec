// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "studylog",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "studylog", targets: ["studylog"]),
    .library(name: "StudyLog", targets: ["StudyLog"]),
    .library(name: "StudyLogChart", targets: ["StudyLogChart"]),
    .library(name: "StudyLogCairo", targets: ["StudyLogCairo"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
  ],
  targets: [
    // Model, input, diagnostics, analysis and text reports. Foundation only.
    .target(name: "StudyLog"),
    // Chart layout: Scene values, time axis, themes, the text-measuring protocol. No C imports.
    .target(name: "StudyLogChart", dependencies: ["StudyLog"]),
    // Cairo, Pango and fontconfig from the system (Debian: libcairo2-dev libpango1.0-dev).
    .systemLibrary(
      name: "CPangoCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"]), .brew(["cairo", "pango"])]
    ),
    // libdeflate from the system, for its Adler-32 (several times zlib's speed).
    .systemLibrary(
      name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]),
    // The PNG encoder: bands drawn, filtered and deflated on several threads (zlib), their
    // checksums summed with libdeflate's Adler-32.
    .target(name: "CPNGWriter", dependencies: ["CDeflate"], linkerSettings: [.linkedLibrary("z")]),
    // Draws a Scene with Cairo and Pango to PNG, SVG and PDF; measures text with Pango.
    .target(name: "StudyLogCairo", dependencies: ["StudyLogChart", "CPangoCairo", "CPNGWriter"]),
    // libyaml from the system (Debian: libyaml-dev), the parser Yams bundles; Yams itself imports
    // Foundation's NSRegularExpression and formatters, which bring ICU into a static binary.
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
    // The config file (`studylog.yml`, or `studylog:` in a Jekyll site's `_config.yml`): YAML text
    // to a validated `StudyLogConfig`, with diagnostics at file:line:column.
    .target(name: "StudyLogConfig", dependencies: ["StudyLog", "StudyLogChart", "CYAML"]),
    // The command: parses options, reads files, calls the libraries, prints, sets the exit code.
    .executableTarget(
      name: "studylog",
      dependencies: [
        "StudyLog",
        "StudyLogChart",
        "StudyLogCairo",
        "StudyLogConfig",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What every test target shares: `day(_:)`, the sample today, temporary folders, the package
    // root, running the built binary (`Binary`, `Run`) and reading PDFs back (`PDFText`).
    .target(name: "TestSupport", dependencies: ["StudyLog"], path: "Tests/TestSupport"),
    // Fixtures are read from the package folder (`packageRoot`), not bundled.
    .testTarget(name: "StudyLogTests", dependencies: ["StudyLog", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "StudyLogConfigTests", dependencies: ["StudyLogConfig", "TestSupport"]),
    // The chart checks and the sweep of roadmaps they run over, shared by the layout tests (fixed
    // width measurer) and the Cairo tests (Pango's).
    .target(
      name: "ChartTestSupport", dependencies: ["StudyLog", "StudyLogChart", "TestSupport"],
      path: "Tests/ChartTestSupport"),
    .testTarget(
      name: "StudyLogChartTests", dependencies: ["StudyLogChart", "TestSupport", "ChartTestSupport"]),
    // zlib, for the tests that decode PNGs taller than Cairo can read.
    .systemLibrary(name: "CZlib", path: "Tests/CZlib"),
    .testTarget(
      name: "StudyLogCairoTests",
      dependencies: [
        "StudyLogCairo", "StudyLogChart", "StudyLog", "CPangoCairo", "CZlib", "TestSupport", "ChartTestSupport",
      ]),
    .testTarget(name: "studylogTests", dependencies: ["studylog", "TestSupport"], exclude: ["Fixtures"]),
  ]
)

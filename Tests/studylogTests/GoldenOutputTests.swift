import Foundation
import TestSupport
import Testing

/// Every report and chart the command writes, byte for byte, against committed files: the sample
/// report in `reports/career-map/` and the goldens in `Fixtures/golden/`. A change that alters
/// any output fails here; when the change is meant, regenerate with
/// `STUDYLOG_UPDATE_GOLDENS=1 swift test --filter GoldenOutputTests` and review the diff.
@Suite struct GoldenOutputTests {
  static let updating = ProcessInfo.processInfo.environment["STUDYLOG_UPDATE_GOLDENS"] == "1"
  static let goldens = packageRoot.appendingPathComponent("Tests/studylogTests/Fixtures/golden")
  static let sample = "reports/career-map/roadmap.csv"
  static let mixed = "mixed.csv"

  /// A name, the arguments, and the file the command writes (standard output when nil).
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var output: String? = nil
    var stdinFile: String? = nil
    var testDescription: String { name }
  }

  static let cases: [Case] = {
    let s = sample
    let t = ["--today", "2024-09-15"]
    var cases: [Case] = [
      Case(name: "check.txt", arguments: ["check", s] + t),
      Case(name: "check-mixed.txt", arguments: ["check", mixed] + t),
      Case(name: "summary.txt", arguments: ["summary", s, "--locale", "en"] + t),
      Case(name: "summary-track.txt", arguments: ["summary", s, "--by", "track", "--locale", "en"] + t),
      Case(name: "summary.md", arguments: ["summary", s, "--format", "markdown", "--locale", "en"] + t),
      Case(
        name: "summary-track.md",
        arguments: ["summary", s, "--by", "track", "--format", "markdown", "--locale", "en"] + t),
      Case(name: "summary.json", arguments: ["summary", s, "--format", "json", "--locale", "en"] + t),
      Case(name: "summary-mixed-track.txt", arguments: ["summary", mixed, "--by", "track"] + t),
      Case(name: "summary-mixed.md", arguments: ["summary", mixed, "--format", "markdown"] + t),
      Case(name: "week.txt", arguments: ["week", s, "--locale", "en"] + t),
      Case(name: "week.md", arguments: ["week", s, "--format", "markdown", "--locale", "en"] + t),
      Case(name: "week.json", arguments: ["week", s, "--format", "json", "--locale", "en"] + t),
      Case(name: "week-ko.txt", arguments: ["week", s, "--locale", "ko"] + t),
      Case(name: "week-ko.md", arguments: ["week", s, "--locale", "ko", "--format", "markdown"] + t),
      Case(name: "week-w30.txt", arguments: ["week", s, "--week", "2024-W30", "--locale", "en"] + t),
      Case(
        name: "week-sunday.md",
        arguments: ["week", s, "--week-start", "sunday", "--format", "markdown", "--locale", "en"] + t),
      Case(
        name: "week-mixed.md", arguments: ["week", mixed, "--date", "2024-02-05", "--format", "markdown"] + t),
      Case(name: "compare.txt", arguments: ["compare", s, "--locale", "en"] + t),
      Case(name: "compare-slip.txt", arguments: ["compare", s, "--sort", "slip", "--locale", "en"] + t),
      Case(name: "compare.md", arguments: ["compare", s, "--format", "markdown", "--locale", "en"] + t),
      Case(name: "compare.json", arguments: ["compare", s, "--format", "json", "--locale", "en"] + t),
      Case(name: "compare.csv", arguments: ["compare", s, "--format", "csv", "--locale", "en"] + t),
      Case(name: "compare-mixed.md", arguments: ["compare", mixed, "--format", "markdown"] + t),
      Case(name: "compare-mixed.csv", arguments: ["compare", mixed, "--format", "csv"] + t),
      Case(name: "export.md", arguments: ["export", s, "--locale", "en"] + t),
      Case(name: "export-iso.md", arguments: ["export", s, "--date-style", "iso", "--locale", "en"] + t),
      Case(name: "export.mmd", arguments: ["export", s, "--format", "mermaid", "--locale", "en"] + t),
      Case(name: "export.json", arguments: ["export", s, "--format", "json", "--locale", "en"] + t),
      Case(name: "export-mixed.md", arguments: ["export", mixed] + t),
      Case(name: "export-mixed.mmd", arguments: ["export", mixed, "--format", "mermaid"] + t),
      Case(name: "import-mixed.csv", arguments: ["import", "-"], stdinFile: "export-mixed.md"),
      Case(name: "import-sample.csv", arguments: ["import", "-"], stdinFile: "export.md"),
      // Korean: asked for, and chosen by the sample's Hangul titles (without its config, which asks
      // for English).
      Case(name: "summary-ko.txt", arguments: ["summary", s, "--locale", "ko"] + t),
      Case(
        name: "summary-ko-track.md",
        arguments: ["summary", s, "--by", "track", "--format", "markdown", "--no-config"] + t),
      Case(name: "compare-ko.txt", arguments: ["compare", s, "--no-config"] + t),
      Case(name: "compare-ko.md", arguments: ["compare", s, "--locale", "ko", "--format", "markdown"] + t),
      Case(name: "compare-ko.csv", arguments: ["compare", s, "--locale", "ko", "--format", "csv"] + t),
      Case(name: "export-ko.md", arguments: ["export", s, "--locale", "ko"] + t),
      Case(name: "export-ko.mmd", arguments: ["export", s, "--format", "mermaid", "--no-config"] + t),
      Case(name: "import-sample-ko.csv", arguments: ["import", "-"], stdinFile: "export-ko.md"),
    ]
    let charts: [(String, [String])] = [
      ("timeline-ko.png", ["--locale", "ko"]),
      (
        "timeline-crop.png",
        [
          "--locale", "en", "--from", "2024-05-01", "--to", "2024-08-31", "--mark", "2024-06-30=인턴 종료",
          "--color", "Infra=#222222", "--sort", "start", "--width", "900",
        ]
      ),
      ("heatmap-dark.png", ["--kind", "heatmap", "--theme", "dark", "--locale", "en"]),
      ("progress-ko.png", ["--kind", "progress", "--locale", "ko"]),
      ("timeline-mixed.png", []),
      ("timeline-ko.pdf", ["--locale", "ko"]),
      ("timeline-ko.svg", ["--locale", "ko"]),
      ("timeline-mixed.svg", ["--theme", "dark"]),
      ("progress.svg", ["--kind", "progress"]),
    ]
    for (name, options) in charts {
      let input = name.contains("mixed") ? mixed : s
      cases.append(
        Case(
          name: name, arguments: ["chart", input, "-o", "out/" + name, "--scale", "1"] + options + t,
          output: "out/" + name))
    }
    return cases
  }()

  /// A folder laid out like the repository, so that paths in the outputs read as in the README.
  static func workspace() throws -> URL {
    let folder = try temporaryFolder()
    let sampleFolder = folder.appendingPathComponent("reports/career-map")
    try FileManager.default.createDirectory(at: sampleFolder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    for name in ["roadmap.csv", "sessions.csv", "studylog.yml"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent("reports/career-map/\(name)"),
        to: sampleFolder.appendingPathComponent(name))
    }
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("Tests/studylogTests/Fixtures/mixed.csv"),
      to: folder.appendingPathComponent(mixed))
    return folder
  }

  @Test(arguments: cases) func outputMatchesItsGolden(_ c: Case) throws {
    let folder = try Self.workspace()
    let stdin = try c.stdinFile.map { try Data(contentsOf: Self.goldens.appendingPathComponent($0)) }
    let r = try Binary.run(c.arguments, stdinBytes: stdin.map(Array.init), in: folder)
    let produced: Data
    if let output = c.output {
      #expect(r.status == 0, "\(r.stderr)")
      produced = try Data(contentsOf: folder.appendingPathComponent(output))
    } else {
      produced = Data(r.stdout.utf8)
    }
    let golden = Self.goldens.appendingPathComponent(c.name)
    if Self.updating {
      try produced.write(to: golden)
      return
    }
    let expected = try Data(contentsOf: golden)
    #expect(
      produced == expected, "\(c.name) differs from its golden (\(produced.count) vs \(expected.count) bytes)"
    )
  }

  /// `report` on the sample, as the README runs it, gives exactly the committed files.
  @Test func theSampleReportIsTheCommittedOne() throws {
    let folder = try Self.workspace()
    let r = try Binary.run(["report", Self.sample, "--today", "2024-09-15", "--locale", "en"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let written = r.stdout.split(separator: "\n").map(String.init)
    #expect(written.count == 10)
    for path in written {
      let produced = try Data(contentsOf: folder.appendingPathComponent(path))
      let committed = packageRoot.appendingPathComponent(path)
      if Self.updating {
        try produced.write(to: committed)
        continue
      }
      #expect(produced == (try Data(contentsOf: committed)), "\(path) differs from the committed sample")
    }
  }
}

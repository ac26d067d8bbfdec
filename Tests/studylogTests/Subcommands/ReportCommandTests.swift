import Foundation
import TestSupport
import Testing

/// `studylog report`: every chart and report for a post, in one folder.
@Suite struct ReportCommandTests {
  @Test func writesEverythingForAPost() throws {
    let folder = try temporaryFolder()
    let root = packageRoot.appendingPathComponent("reports/career-map")
    for name in ["roadmap.csv", "sessions.csv"] {
      try FileManager.default.copyItem(
        at: root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    // The folder is made, with the folders above it; the files are named after the roadmap.
    let ok = try Binary.run(
      ["report", "roadmap.csv", "--today", "2024-09-15", "--out-dir", "out/posts", "--locale", "en"],
      in: folder)
    #expect(ok.status == 0, "\(ok.stderr)")
    let names = [
      "timeline.png", "timeline.svg", "heatmap.png", "progress.png", "timeline-dark.png",
      "heatmap-dark.png", "progress-dark.png", "summary.md", "week.md", "compare.md",
    ].map { "roadmap-" + $0 }
    #expect(ok.stdout == names.map { "out/posts/\($0)\n" }.joined())
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/posts").path)
        .sorted()
        == names.sorted())
    let week = try String(
      contentsOf: folder.appendingPathComponent("out/posts/roadmap-week.md"), encoding: .utf8)
    #expect(week.hasPrefix("## Week 2024-W37 (2024-09-09 – 2024-09-15) · as of 2024-09-15\n"))
    #expect(week.contains("9.0 h in 5 sessions on 5 days"))
  }

  @Test func withoutASessionLogThereIsNoHeatmap() throws {
    let folder = try temporaryFolder()
    try Data("category,title,planned\nA,b,24.01.01-24.02.01\n".utf8).write(
      to: folder.appendingPathComponent("r.csv"))
    let r = try Binary.run(["report", "r.csv", "--today", "2024-09-15", "--locale", "ko"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.contains("heatmap"))
    let week = try String(contentsOf: folder.appendingPathComponent("r-week.md"), encoding: .utf8)
    #expect(week.hasPrefix("## 2024-W37 주간"))
    #expect(!week.contains("학습 시간"))
  }

  @Test func twoRoadmapsInOneFolderKeepTheirOwnFiles() throws {
    let folder = try temporaryFolder()
    for name in ["career-map", "ml"] {
      try Data("category,title,planned\nA,\(name) item,24.01.01-24.02.01\n".utf8).write(
        to: folder.appendingPathComponent("\(name).csv"))
      let r = try Binary.run(
        ["report", "\(name).csv", "--today", "2024-09-15", "--theme", "light"], in: folder)
      #expect(r.status == 0, "\(r.stderr)")
      #expect(
        r.stdout
          == ["timeline.png", "timeline.svg", "progress.png", "summary.md", "week.md", "compare.md"].map {
            "\(name)-\($0)\n"
          }.joined())
    }
    let compare = try String(
      contentsOf: folder.appendingPathComponent("career-map-compare.md"), encoding: .utf8)
    #expect(compare.contains("career-map item"))
    let other = try String(contentsOf: folder.appendingPathComponent("ml-compare.md"), encoding: .utf8)
    #expect(other.contains("ml item"))
  }

  @Test func takesTheChartOptions() throws {
    let folder = try temporaryFolder()
    try Data("category,title,planned\nA,b,24.01.01-24.02.01\n".utf8).write(
      to: folder.appendingPathComponent("r.csv"))
    let r = try Binary.run(
      [
        "report", "r.csv", "--today", "2024-09-15", "--theme", "dark", "--width", "800", "--title", "Mine",
        "--color", "A=#123456", "--names", "{name}{theme}.{ext}",
      ], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout
        == [
          "timeline-dark.png", "timeline-dark.svg", "progress-dark.png", "summary.md", "week.md",
          "compare.md",
        ]
        .map { $0 + "\n" }.joined())
    let svg = try String(contentsOf: folder.appendingPathComponent("timeline-dark.svg"), encoding: .utf8)
    #expect(svg.contains("width=\"800\""))
    #expect(
      svg.contains("rgb(7.058824%,20.392157%,33.72549%)") || svg.contains("#123456"), "colour not drawn")
  }

  @Test func theConfigSeparatesImagesFromMarkdown() throws {
    let site = try temporaryFolder()
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("_data"), withIntermediateDirectories: false)
    try Data("category,title,planned\nA,b,24.01.01-24.02.01\n".utf8).write(
      to: site.appendingPathComponent("_data/career-map.csv"))
    try Data(
      """
      title: My blog
      studylog:
        theme: light
        report:
          folder: _includes/career-map
          images: assets/img/career-map

      """.utf8
    ).write(to: site.appendingPathComponent("_config.yml"))
    let r = try Binary.run(["report", "_data/career-map.csv", "--today", "2024-09-15"], in: site)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout == """
        assets/img/career-map/career-map-timeline.png
        assets/img/career-map/career-map-timeline.svg
        assets/img/career-map/career-map-progress.png
        _includes/career-map/career-map-summary.md
        _includes/career-map/career-map-week.md
        _includes/career-map/career-map-compare.md

        """)
    // From inside the data folder, the same files: paths in the config are the site's.
    let again = try Binary.run(
      ["report", "career-map.csv", "--today", "2024-09-15"], in: site.appendingPathComponent("_data"))
    #expect(again.status == 0, "\(again.stderr)")
    #expect(
      again.stdout.hasPrefix(
        "\(site.standardizedFileURL.path)/assets/img/career-map/career-map-timeline.png\n"),
      "\(again.stdout)")
  }

  @Test func aFolderThatCannotBeMadeIsExit73() throws {
    let folder = try temporaryFolder()
    try Data("category,title\nA,b\n".utf8).write(to: folder.appendingPathComponent("r.csv"))
    try Data().write(to: folder.appendingPathComponent("file"))
    let r = try Binary.run(["report", "r.csv", "--today", "2024-09-15", "--out-dir", "file"], in: folder)
    #expect(r.status == 73)
    #expect(r.stderr == "studylog: error: cannot write 'file': it is a file, not a folder\n")
  }
}

import Foundation
import TestSupport
import Testing

/// The config file as the commands find and use it: beside the roadmap, or in a Jekyll site's
/// `_config.yml` above it; command-line options over it; its errors like a CSV file's.
@Suite struct ConfigOptionTests {
  static let roadmap = "category,title,planned\nInfra,Kubernetes 기초,24.09.01-24.09.30\n"

  func folder(config: String?, name: String = "studylog.yml") throws -> URL {
    let folder = try temporaryFolder()
    try Data(Self.roadmap.utf8).write(to: folder.appendingPathComponent("career-map.csv"))
    if let config { try Data(config.utf8).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  /// The text of the scene's node with `role`.
  func text(_ role: String, in folder: URL) throws -> String? {
    let scene = try String(contentsOf: folder.appendingPathComponent("c.scene.json"), encoding: .utf8)
    let line = scene.split(separator: "\n").first {
      $0.contains("\"role\": \"\(role)\"") && $0.contains("\"text\": ")
    }
    guard let line, let range = line.range(of: "\"text\": \"") else { return nil }
    return String(line[range.upperBound...].prefix { $0 != "\"" })
  }

  @Test func theConfigBesideTheRoadmapSetsTheChart() throws {
    let folder = try folder(
      config: "title: 커리어 맵\nlocale: ko\nmarks: {2024-09-10: 중간 점검}\ncolors: {Infra: \"#123456\"}\n")
    let r = try Binary.run(
      ["chart", "career-map.csv", "--today", "2024-09-15", "-o", "c.scene.json"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "c.scene.json\n")
    #expect(try text("title", in: folder) == "커리어 맵")
    #expect(try text("marker", in: folder) == "중간 점검")
    let scene = try String(contentsOf: folder.appendingPathComponent("c.scene.json"), encoding: .utf8)
    #expect(scene.contains("\"role\": \"bar.planned\"") && scene.contains("#123456"))
    #expect(scene.contains("\"text\": \"오늘\""))
  }

  /// Every command that writes words takes the config's title and locale, under its own options.
  @Test func theConfigsTitleAndLocaleReachTheTextCommands() throws {
    let folder = try folder(config: "title: 커리어 맵\nlocale: ko\n")
    let today = ["--today", "2024-09-15"]
    func first(_ arguments: [String]) throws -> String {
      let r = try Binary.run(arguments + today, in: folder)
      #expect(r.status == 0 && r.stderr == "", "\(r.stderr)")
      return String(r.stdout.split(separator: "\n")[0])
    }
    #expect(
      try first(["summary", "career-map.csv", "--format", "markdown"])
        == "**커리어 맵: 항목 1개, 분류별, 2024-09-15 기준**")
    #expect(
      try first(["compare", "career-map.csv", "--format", "markdown"]) == "**커리어 맵: 계획 대비 실제, 2024-09-15 기준**"
    )
    let mermaid = try Binary.run(["export", "career-map.csv", "--format", "mermaid"] + today, in: folder)
    #expect(mermaid.stdout.hasPrefix("gantt\n    title 커리어 맵\n"))
    #expect(try first(["week", "career-map.csv"]) == "2024-W37 주간 (2024-09-09 – 2024-09-15) · 2024-09-15 기준")
    #expect(
      try first(["summary", "career-map.csv", "--format", "markdown", "--locale", "en", "--no-config"])
        == "**Career map: 1 item by category, as of 2024-09-15**")
    #expect(
      try first(["export", "career-map.csv", "--format", "mermaid", "--title", "Mine", "--locale", "en"])
        == "gantt")
  }

  @Test func optionsOverrideTheConfig() throws {
    let folder = try folder(config: "title: 커리어 맵\nlocale: ko\nmarks: {2024-09-10: 중간 점검}\n")
    let r = try Binary.run(
      [
        "chart", "career-map.csv", "--today", "2024-09-15", "-o", "c.scene.json", "--title", "Mine",
        "--locale", "en",
        "--mark", "2024-09-20=Review",
      ], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try text("title", in: folder) == "Mine")
    #expect(try text("marker", in: folder) == "Review")
    let scene = try String(contentsOf: folder.appendingPathComponent("c.scene.json"), encoding: .utf8)
    #expect(scene.contains("\"text\": \"today\""))
    let none = try Binary.run(
      [
        "chart", "career-map.csv", "--today", "2024-09-15", "-o", "c.scene.json", "--no-config", "--locale",
        "en",
      ],
      in: folder)
    #expect(none.status == 0)
    #expect(try text("title", in: folder) == "Career map")
  }

  @Test func errorsInTheConfigAreReportedLikeCSVErrors() throws {
    let folder = try folder(config: "title: x\ncolours:\n  Infra: \"#0072B2\"\nsort: begin\n")
    for command in ["chart", "report", "week"] {
      let r = try Binary.run([command, "career-map.csv", "--today", "2024-09-15"], in: folder)
      #expect(r.status == 65)
      #expect(
        r.stderr == """
          studylog.yml:2:1: error: unknown key 'colours'; did you mean 'colors'?
          studylog.yml:4:7: error: 'sort' must be file or start, not 'begin'

          """)
      #expect(r.stdout == "")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "career-map.csv", "studylog.yml",
      ])
  }

  @Test func aJekyllSitesConfigAboveTheRoadmapIsFound() throws {
    let site = try temporaryFolder()
    let data = site.appendingPathComponent("_data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: false)
    try Data(Self.roadmap.utf8).write(to: data.appendingPathComponent("career-map.csv"))
    try Data(
      """
      title: My blog
      studylog:
        roadmaps:
          _data/career-map.csv:
            title: 커리어 맵
            locale: en
            sessions: logs/career.csv

      """.utf8
    ).write(to: site.appendingPathComponent("_config.yml"))
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("logs"), withIntermediateDirectories: false)
    try Data("date,item,hours\n2024-09-10,Kubernetes 기초,2\n".utf8).write(
      to: site.appendingPathComponent("logs/career.csv"))
    let r = try Binary.run(
      ["chart", "_data/career-map.csv", "--today", "2024-09-15", "-o", "c.scene.json", "--kind", "heatmap"],
      in: site)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try text("title", in: site)?.hasPrefix("커리어 맵 — ") == true)
    #expect(try text("subtitle", in: site)?.hasPrefix("2 h in 1 session on 1 day") == true)
    // A roadmap key that names no file is a warning with the closest name.
    try Data("studylog:\n  roadmaps:\n    _data/carer-map.csv: {title: x}\n".utf8).write(
      to: site.appendingPathComponent("_config.yml"))
    let typo = try Binary.run(
      ["chart", "_data/career-map.csv", "--today", "2024-09-15", "-o", "c.svg", "--locale", "en"], in: site)
    #expect(typo.status == 0)
    #expect(
      typo.stderr
        == "_config.yml:3:5: warning: roadmaps: '_data/carer-map.csv' names no file, so its settings are never used;"
        + " did you mean '_data/career-map.csv'?\n")
    // A site config without the key is no config; a broken one is still an error.
    try Data("title: My blog\n".utf8).write(to: site.appendingPathComponent("_config.yml"))
    let plain = try Binary.run(
      ["chart", "_data/career-map.csv", "--today", "2024-09-15", "-o", "c.scene.json", "--locale", "en"],
      in: site)
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(try text("title", in: site) == "Career map")
    try Data("title: My blog\nstudylog:\n  tilte: x\n".utf8).write(
      to: site.appendingPathComponent("_config.yml"))
    let broken = try Binary.run(["chart", "_data/career-map.csv", "--today", "2024-09-15"], in: site)
    #expect(broken.status == 65)
    #expect(broken.stderr == "_config.yml:3:3: error: unknown key 'tilte'; did you mean 'title'?\n")
  }

  @Test func aNamedConfigMustExist() throws {
    let folder = try folder(config: nil)
    let r = try Binary.run(["chart", "career-map.csv", "--config", "nope.yml"], in: folder)
    #expect(r.status == 66)
    #expect(r.stderr.hasPrefix("studylog: error: cannot read 'nope.yml'"), "\(r.stderr)")
  }

  @Test func initWritesACommentedStarterAndNeverOverwrites() throws {
    let folder = try folder(config: nil)
    let r = try Binary.run(["init", "career-map.csv"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "studylog.yml\n")
    let text = try String(contentsOf: folder.appendingPathComponent("studylog.yml"), encoding: .utf8)
    // The roadmap's one title holds Hangul: its charts would be Korean, and so is the title.
    #expect(text.contains("\ntitle: \"career-map 로드맵\"\n"))
    #expect(text.contains("# sessions: career-map.sessions.csv"))
    let chart = try Binary.run(
      ["chart", "career-map.csv", "--today", "2024-09-15", "-o", "c.scene.json"], in: folder)
    #expect(chart.status == 0, "\(chart.stderr)")
    let again = try Binary.run(["init", "career-map.csv"], in: folder)
    #expect(again.status == 73)
    #expect(
      again.stderr
        == "studylog: error: cannot write 'studylog.yml': it exists; studylog init does not overwrite a config\n"
    )
    #expect(try String(contentsOf: folder.appendingPathComponent("studylog.yml"), encoding: .utf8) == text)
    let typo = try Binary.run(["init", "carrer-map.csv", "-o", "other.yml"], in: folder)
    #expect(typo.status == 66)
    #expect(typo.stderr == "studylog: error: cannot read 'carrer-map.csv': no such file\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other.yml").path))
  }

  @Test func theConfigsLocaleAndThemesReachTheReport() throws {
    let folder = try folder(config: "locale: ko\ntheme: dark\nreport:\n  names: \"{name}{theme}.{ext}\"\n")
    let r = try Binary.run(["report", "career-map.csv", "--today", "2024-09-15"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout
        == [
          "timeline-dark.png", "timeline-dark.svg", "progress-dark.png", "summary.md", "week.md",
          "compare.md",
        ]
        .map { $0 + "\n" }.joined())
    let week = try String(contentsOf: folder.appendingPathComponent("week.md"), encoding: .utf8)
    #expect(week.hasPrefix("## 2024-W37 주간"), "\(week)")
    // --locale and --theme win over it.
    let en = try Binary.run(
      ["report", "career-map.csv", "--today", "2024-09-15", "--locale", "en", "--theme", "light"], in: folder)
    #expect(en.stdout.hasPrefix("timeline.png\ntimeline.svg\nprogress.png\n"), "\(en.stdout)")
    let english = try String(contentsOf: folder.appendingPathComponent("week.md"), encoding: .utf8)
    #expect(english.hasPrefix("## Week 2024-W37"), "\(english)")
    // week reads it too.
    let weekKo = try Binary.run(["week", "career-map.csv", "--today", "2024-09-15"], in: folder)
    #expect(weekKo.stdout.hasPrefix("2024-W37 주간"), "\(weekKo.stdout)")
  }
}

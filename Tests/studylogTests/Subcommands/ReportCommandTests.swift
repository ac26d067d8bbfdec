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
    let r = try Binary.run(
      ["report", "roadmap.csv", "--today", "2024-09-15", "--out-dir", "out"], in: folder)
    #expect(r.status == 73)  // the folder must exist
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
    let ok = try Binary.run(
      ["report", "roadmap.csv", "--today", "2024-09-15", "--out-dir", "out", "--locale", "en"], in: folder)
    #expect(ok.status == 0, "\(ok.stderr)")
    let names = [
      "timeline.png", "timeline.svg", "heatmap.png", "progress.png", "timeline-dark.png", "timeline-dark.svg",
      "heatmap-dark.png", "progress-dark.png", "summary.md", "week.md", "compare.md",
    ]
    #expect(ok.stdout == names.map { "out/\($0)\n" }.joined())
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        == names.sorted())
    let week = try String(contentsOf: folder.appendingPathComponent("out/week.md"), encoding: .utf8)
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
    let week = try String(contentsOf: folder.appendingPathComponent("week.md"), encoding: .utf8)
    #expect(week.hasPrefix("## 2024-W37 주간"))
    #expect(!week.contains("학습 시간"))
  }
}

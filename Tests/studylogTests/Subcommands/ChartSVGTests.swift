import Foundation
import TestSupport
import Testing

/// `studylog chart -o x.svg` and `report`: the web SVG by default, in both themes unless `--theme`
/// names one; Cairo's outlines with `--svg-text outlines`.
@Suite struct ChartSVGTests {
  let csv = """
    id,track,category,title,url,planned,actual,progress
    1,SRE,Infra,쿠버네티스 입문,https://blog.example/k8s/,24.06.24-24.08.18,24.06.21-24.08.30,100
    2,SRE,Network,DNS & <TCP>,,24.04.08-24.04.21,24.04.22-24.04.30,100
    3,MLOps,Cloud,GPU 스케줄링,https://blog.example/gpu?x=1&y=2,24.08.01-24.10.20,24.08.05-,50

    """

  /// Runs `chart` on `csv` with `arguments` in a fresh folder; the folder.
  func chart(_ arguments: [String]) throws -> (Run, URL) {
    let folder = try temporaryFolder()
    try Data(csv.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    let r = try Binary.run(
      ["chart", "roadmap.csv", "--today", "2024-09-15", "--title", "Roadmap"] + arguments, in: folder)
    return (r, folder)
  }

  func read(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func theWebSVGIsTheDefault() throws {
    let (r, folder) = try chart(["-o", "t.svg", "--locale", "ko"])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try read(folder, "t.svg")
    let xml = try ParsedXML(Data(text.utf8))
    #expect(xml.root.attributes["lang"] == "ko")
    #expect(xml.root.elements("title")[0].allText == "Roadmap")
    let texts = xml.root.elements("text").map(\.allText)
    for title in ["쿠버네티스 입문", "DNS & <TCP>", "GPU 스케줄링"] { #expect(texts.contains(title)) }
    #expect(
      xml.root.elements("a").map { $0.attributes["href"] } == [
        "https://blog.example/k8s/", "https://blog.example/gpu?x=1&y=2",
      ])
    #expect(text.contains("@media (prefers-color-scheme:dark)"))
    #expect(text.utf8.count < 20_000)
  }

  @Test(arguments: ["light", "dark"]) func aNamedThemeIsTheOnlyOne(theme: String) throws {
    let (r, folder) = try chart(["-o", "t.svg", "--theme", theme])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try read(folder, "t.svg")
    #expect(!text.contains("@media"))
    #expect(text.contains("{--c0:\(theme == "dark" ? "#0D1117" : "#FFFFFF");"))
  }

  @Test func outlinesAreCairosSVG() throws {
    let (r, folder) = try chart(["-o", "t.svg", "--svg-text", "outlines"])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try read(folder, "t.svg")
    #expect(!text.contains("<text"))
    #expect(text.contains("<symbol overflow=\"visible\" id=\"glyph"))
    #expect(text.utf8.count > 50_000)
  }

  @Test func anUnknownSVGTextModeIsAUsageError() throws {
    let (r, folder) = try chart(["-o", "t.svg", "--svg-text", "glyphs"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--svg-text"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.svg").path))
  }

  @Test func otherChartsAreWebSVGsToo() throws {
    let (r, folder) = try chart(["-o", "p.svg", "--kind", "progress", "--locale", "en"])
    #expect(r.status == 0, "\(r.stderr)")
    let xml = try ParsedXML(Data(try read(folder, "p.svg").utf8))
    #expect(xml.root.elements("title")[0].allText == "Roadmap — progress by category")
    #expect(xml.root.elements("desc")[0].allText == "by planned days · as of 2024-09-15")
    #expect(xml.root.elements("text").map(\.allText).contains("Infra"))
  }

  @Test func reportWritesOneSVGForBothThemes() throws {
    let (_, folder) = try chart(["-o", "unused.png"])
    let r = try Binary.run(
      ["report", "roadmap.csv", "--today", "2024-09-15", "--out-dir", "."], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.split(separator: "\n").filter { $0.hasSuffix(".svg") } == ["roadmap-timeline.svg"])
    #expect(try read(folder, "roadmap-timeline.svg").contains("@media (prefers-color-scheme:dark)"))
    let outlines = try Binary.run(
      [
        "report", "roadmap.csv", "--today", "2024-09-15", "--out-dir", ".", "--svg-text", "outlines",
      ],
      in: folder)
    #expect(outlines.status == 0, "\(outlines.stderr)")
    #expect(
      outlines.stdout.split(separator: "\n").filter { $0.hasSuffix(".svg") } == [
        "roadmap-timeline.svg", "roadmap-timeline-dark.svg",
      ])
    #expect(!(try read(folder, "roadmap-timeline-dark.svg").contains("<text")))
  }
}

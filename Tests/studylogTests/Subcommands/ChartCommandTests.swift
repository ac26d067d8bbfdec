import Foundation
import TestSupport
import Testing

/// `studylog chart`: where each kind of chart is written and in which format, the same bytes for the
/// same input, its titles, warnings and errors.
@Suite struct ChartCommandTests {
  let csv = """
    id,track,category,title,planned,actual,progress
    1,SRE,Infra,쿠버네티스 입문,24.06.24-24.08.18,24.06.21-24.08.30,100
    2,SRE,Network,DNS 동작 원리,24.04.08-24.04.21,24.04.22-24.04.30,100
    3,MLOps,Cloud,GPU 스케줄링,24.08.01-24.10.20,24.08.05-,50

    """

  func folderWithRoadmap(_ text: String? = nil) throws -> URL {
    let folder = try temporaryFolder()
    try Data((text ?? csv).utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    return folder
  }

  func files(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func withoutOutputAPNGGoesBesideTheInput() throws {
    let folder = try folderWithRoadmap()
    let r = try Binary.run(["chart", "roadmap.csv", "--today", "2024-09-15", "--locale", "en"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr == "")
    #expect(try files(folder) == ["roadmap.csv", "roadmap.png"])
    let png = try Data(contentsOf: folder.appendingPathComponent("roadmap.png"))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
  }

  @Test func everyOutputInItsOwnFormat() throws {
    let folder = try folderWithRoadmap()
    let r = try Binary.run(
      [
        "chart", "roadmap.csv", "--today", "2024-09-15", "-o", "a.png", "-o", "b.svg", "-o", "c.pdf",
        "--theme", "dark",
      ],
      in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try files(folder) == ["a.png", "b.svg", "c.pdf", "roadmap.csv"])
    #expect(
      try Data(contentsOf: folder.appendingPathComponent("a.png")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let svg = try String(contentsOf: folder.appendingPathComponent("b.svg"), encoding: .utf8)
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.contains("<svg"))
    #expect(try Data(contentsOf: folder.appendingPathComponent("c.pdf")).starts(with: Array("%PDF-".utf8)))
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    let folder = try folderWithRoadmap()
    for run in 1...2 {
      let r = try Binary.run(
        [
          "chart", "roadmap.csv", "--today", "2024-09-15", "-o", "\(run).png", "-o", "\(run).svg", "-o",
          "\(run).pdf",
        ],
        in: folder)
      #expect(r.status == 0)
    }
    for ext in ["png", "svg", "pdf"] {
      let a = try Data(contentsOf: folder.appendingPathComponent("1.\(ext)"))
      let b = try Data(contentsOf: folder.appendingPathComponent("2.\(ext)"))
      #expect(a == b, "\(ext) differs")
    }
  }

  @Test func invalidInputStopsTheChartAndWritesNothing() throws {
    let folder = try folderWithRoadmap("category,title,start,end\nA,b,2024-05-01,2024-04-01\n")
    let r = try Binary.run(["chart", "roadmap.csv", "-o", "out.png"], in: folder)
    #expect(r.status == 65)
    #expect(
      r.stderr == "roadmap.csv:2:16: error: planned end 2024-04-01 is before planned start 2024-05-01\n")
    #expect(try files(folder) == ["roadmap.csv"])
  }

  @Test func aMissingOutputFolderExits73() throws {
    let folder = try folderWithRoadmap()
    let r = try Binary.run(["chart", "roadmap.csv", "-o", "nowhere/chart.png", "--locale", "en"], in: folder)
    #expect(r.status == 73)
    #expect(r.stderr.hasPrefix("studylog: error: cannot write 'nowhere/chart.png': folder '"))
    #expect(try files(folder) == ["roadmap.csv"])
  }

  @Test func refusesToDrawOverTheInput() throws {
    let folder = try folderWithRoadmap()
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("roadmap.csv"), to: folder.appendingPathComponent("roadmap.svg"))
    let r = try Binary.run(["chart", "roadmap.svg", "-o", "roadmap.svg"], in: folder)
    #expect(r.status == 73)
    #expect(try String(contentsOf: folder.appendingPathComponent("roadmap.svg"), encoding: .utf8) == csv)
  }

  @Test(arguments: [
    (
      ["-o", "chart.jpg"], "cannot tell the format of 'chart.jpg': use a .png, .svg, .pdf or .scene.json name"
    ),
    (["--theme", "sepia"], "--theme must be light or dark, not 'sepia'"),
    (["--from", "2024-09-01", "--to", "2024-08-01"], "--to 2024-08-01 is before --from 2024-09-01"),
    (["--mark", "2024-06-30"], "--mark '2024-06-30' needs the form DAY=LABEL, e.g. 2024-06-30=\"인턴 종료\""),
    (["--mark", "2024-02-30=x"], "--mark: invalid date '2024-02-30': February 2024 has 29 days"),
    (["--color", "Infra=blue"], "--color 'Infra=blue' needs the form CATEGORY=#RRGGBB, e.g. Infra=#0072B2"),
    (["--width", "100"], "--width must be between 300 and 20000 points"),
  ])
  func usageErrorsExit64(arguments: [String], message: String) throws {
    let folder = try folderWithRoadmap()
    let r = try Binary.run(["chart", "roadmap.csv"] + arguments, in: folder)
    #expect(r.status == 64)
    #expect(r.stderr.contains("Error: \(message)"), "\(r.stderr)")
    #expect(try files(folder) == ["roadmap.csv"])
  }

  @Test func printsTheFilesWrittenButNotAStream() throws {
    let folder = try folderWithRoadmap()
    let r = try Binary.run(["chart", "roadmap.csv", "-o", "a.svg", "-o", "b.png"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "a.svg\nb.png\n")
    let beside = try Binary.run(["chart", "roadmap.csv", "--kind", "progress"], in: folder)
    #expect(beside.stdout == "roadmap-progress.png\n")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("out.svg").path, withDestinationPath: "/dev/stdout")
    let stream = try Binary.run(["chart", "roadmap.csv", "-o", "out.svg"], in: folder)
    #expect(stream.status == 0, "\(stream.stderr)")
    #expect(stream.stdout.hasPrefix("<?xml"))
    #expect(stream.stdout.hasSuffix("</svg>\n"))
  }

  @Test func standardInputNeedsAnOutput() throws {
    let r = try Binary.run(["chart", "-"], stdin: csv)
    #expect(r.status == 64)
    #expect(r.stderr.contains("give -o when the roadmap comes from standard input"))
  }

  @Test func warnsAboutCharactersNoFontCanDraw() throws {
    let folder = try folderWithRoadmap("category,title\nA,Private \u{E000} use\n")
    let r = try Binary.run(["chart", "roadmap.csv", "-o", "c.svg"], in: folder)
    #expect(r.status == 0)
    #expect(
      r.stderr
        == "studylog: warning: no installed font can draw some characters of 1 label (first: 'Private \u{E000} use');"
        + " install fonts-nanum for Hangul or fonts-noto-cjk for other scripts, or pass --font\n")
  }

  @Test func warnsAboutAColourForAnUnknownCategory() throws {
    let folder = try folderWithRoadmap()
    let r = try Binary.run(
      ["chart", "roadmap.csv", "-o", "c.svg", "--color", "Infar=#FF0000", "--locale", "en"], in: folder)
    #expect(r.status == 0)
    #expect(r.stderr == "studylog: warning: --color names 'Infar', which is not a category of this roadmap\n")
  }

  @Test func aPNGTooLargeIsAClearError() throws {
    var rows = "category,title,planned\n"
    for i in 1...400 { rows += "A,item \(i),24.01.01-24.02.01\n" }
    let folder = try folderWithRoadmap(rows)
    let r = try Binary.run(
      ["chart", "roadmap.csv", "-o", "big.png", "--width", "9000", "--scale", "4"], in: folder)
    #expect(r.status == 73)
    #expect(r.stderr.contains("a PNG is at most 32767 pixels wide"))
    #expect(try files(folder) == ["roadmap.csv"])
  }

  @Test func defaultTitles() throws {
    let folder = try folderWithRoadmap()
    let sub = folder.appendingPathComponent("career-map")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("roadmap.csv"), to: sub.appendingPathComponent("roadmap.csv"))
    let r = try Binary.run(["chart", "career-map/roadmap.csv", "-o", "t.svg"], in: folder)
    #expect(r.status == 0)
    // The title is drawn as glyphs; the PDF metadata carries it as text.
    _ = try Binary.run(["chart", "career-map/roadmap.csv", "-o", "t.pdf", "--locale", "en"], in: folder)
    let pdf = try Data(contentsOf: folder.appendingPathComponent("t.pdf"))
    #expect(String(decoding: pdf, as: UTF8.self).contains("(Career map)"))
    // In Korean (here chosen by the Hangul titles), the name as written, then 로드맵.
    _ = try Binary.run(["chart", "career-map/roadmap.csv", "-o", "k.pdf"], in: folder)
    let info = try PDFText.info(of: folder.appendingPathComponent("k.pdf"))
    #expect(info["Title"] == "career-map 로드맵")
  }

  @Test func theHeatmapNeedsALog() throws {
    let folder = try temporaryFolder()
    try Data("category,title\nA,b\n".utf8).write(to: folder.appendingPathComponent("r.csv"))
    let r = try Binary.run(["chart", "r.csv", "--kind", "heatmap", "-o", "h.png"], in: folder)
    #expect(r.status == 66)
    #expect(
      r.stderr
        == "studylog: error: the heatmap needs a session log: pass --sessions FILE or keep sessions.csv beside the roadmap\n"
    )
  }

  @Test func defaultNamesForEachKind() throws {
    let folder = try temporaryFolder()
    try Data("category,title,planned\nA,b,24.01.01-24.02.01\n".utf8).write(
      to: folder.appendingPathComponent("r.csv"))
    try Data("date,item,hours\n2024-01-02,1,2\n".utf8).write(
      to: folder.appendingPathComponent("sessions.csv"))
    for kind in ["timeline", "heatmap", "progress"] {
      let r = try Binary.run(["chart", "r.csv", "--kind", kind, "--today", "2024-09-15"], in: folder)
      #expect(r.status == 0, "\(r.stderr)")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "r-heatmap.png", "r-progress.png", "r.csv", "r.png", "sessions.csv",
      ])
  }
}

import Foundation
import TestSupport
import Testing

/// The chart PDF read back with poppler: the words a reader can select, in the order they appear.
@Suite(.enabled(if: PDFText.isAvailable, Comment(rawValue: PDFText.missing)))
struct ChartPDFTests {
  let csv = """
    id,track,category,title,planned,actual,progress
    1,SRE,Infra,쿠버네티스 입문,24.06.24-24.08.18,24.06.21-24.08.30,100
    2,SRE,Network,DNS 동작 원리,24.04.08-24.04.21,24.04.22-24.04.30,100
    3,MLOps,Cloud,GPU 스케줄링,24.08.01-24.10.20,24.08.05-,50

    """

  /// Charts `career-map/roadmap.csv` to `chart.pdf` with `arguments` and reads the PDF back.
  func chart(_ arguments: [String]) throws -> (lines: [String], info: [String: String]) {
    let folder = try temporaryFolder()
    let sub = folder.appendingPathComponent("career-map")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
    try Data(csv.utf8).write(to: sub.appendingPathComponent("roadmap.csv"))
    let r = try Binary.run(
      ["chart", "career-map/roadmap.csv", "--today", "2024-09-15", "-o", "chart.pdf"] + arguments, in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let pdf = folder.appendingPathComponent("chart.pdf")
    return (try PDFText.lines(of: pdf), try PDFText.info(of: pdf))
  }

  @Test func englishTitleHangulLabelsAndToday() throws {
    let (lines, info) = try chart(["--locale", "en"])
    // The default title, from the folder name, is drawn first and is the document's title.
    #expect(Array(lines.prefix(2)) == ["Career map", "3 items · 2024-04-08 – 2024-10-20 · as of 2024-09-15"])
    #expect(info["Title"] == "Career map")
    #expect(info["CreationDate"] == "2024-09-15T00:00:00Z")
    // The legend lists what is drawn: the roadmap has no milestone.
    let legend = ["Infra", "Network", "Cloud", "planned", "actual", "today"]
    #expect(lines.filter(legend.contains) == legend)
    #expect(lines.contains("today 2024-09-15"))
    // Rows top to bottom: each track's header, then its items in file order.
    let rows = ["SRE 2/2 done", "쿠버네티스 입문", "DNS 동작 원리", "MLOps 0/1 done", "GPU 스케줄링"]
    #expect(lines.filter(rows.contains) == rows)
  }

  @Test func koreanWords() throws {
    let (lines, info) = try chart(["--locale", "ko", "--title", "학습 로드맵", "--theme", "dark"])
    #expect(Array(lines.prefix(2)) == ["학습 로드맵", "항목 3개 · 2024-04-08 – 2024-10-20 · 2024-09-15 기준"])
    #expect(info["Title"] == "학습 로드맵")
    let legend = ["Infra", "Network", "Cloud", "계획", "실제", "오늘"]
    #expect(lines.filter(legend.contains) == legend)
    #expect(lines.contains("오늘 2024-09-15"))
    #expect(lines.contains("2024년 9월"))
    let rows = ["SRE 2/2 완료", "쿠버네티스 입문", "DNS 동작 원리", "MLOps 0/1 완료", "GPU 스케줄링"]
    #expect(lines.filter(rows.contains) == rows)
  }
}

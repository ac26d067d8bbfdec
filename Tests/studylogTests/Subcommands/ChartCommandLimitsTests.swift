import Foundation
import TestSupport
import Testing

/// `chart` and `report` refuse a chart larger than `ChartLimits` before laying it out: with the
/// limit, what to do, and no file written.
@Suite struct ChartCommandLimitsTests {
  /// A folder with a roadmap of `items` items in January 2024 and a session log of one session.
  func folder(items: Int = 3) throws -> URL {
    let folder = try temporaryFolder()
    var csv = "id,category,title,planned\n"
    for i in 1...items { csv += "\(i),A,item \(i),24.01.01-24.01.31\n" }
    try Data(csv.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    try Data("date,item,hours\n2024-01-10,1,2\n".utf8).write(
      to: folder.appendingPathComponent("sessions.csv"))
    return folder
  }

  func files(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  func chart(_ arguments: [String], items: Int = 3) throws -> (run: Run, files: [String]) {
    let folder = try folder(items: items)
    let r = try Binary.run(["chart", "roadmap.csv", "--today", "2024-09-15"] + arguments, in: folder)
    return (r, try files(folder))
  }

  @Test func aHeatmapFromYear1To9999IsRefused() throws {
    let (r, files) = try chart([
      "--kind", "heatmap", "--from", "0001-01-01", "--to", "9999-12-31", "-o", "h.svg",
    ])
    #expect(r.status == 64)
    #expect(
      r.stderr
        == "studylog: error: the heatmap would show 0001-01-01 – 9999-12-31, 3,652,059 days; a heatmap shows at"
        + " most 20 years (7,305 days): choose fewer days with --from/--to\n")
    #expect(files == ["roadmap.csv", "sessions.csv"])
  }

  @Test func aTimelineWindowOfThousandsOfYearsIsRefused() throws {
    let (r, files) = try chart(["--from", "0001-01-01", "--to", "9999-12-31", "-o", "t.svg"])
    #expect(r.status == 64)
    #expect(
      r.stderr
        == "studylog: error: the timeline's window 0001-01-01 – 9999-12-31 spans 3,652,059 days; a timeline spans"
        + " at most 100 years (36,525 days): crop it with --from/--to\n")
    #expect(files == ["roadmap.csv", "sessions.csv"])
  }

  @Test func aTimelineOfMoreThan5000RowsIsRefused() throws {
    let (r, files) = try chart(["-o", "t.svg"], items: 5001)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: the timeline would have 5,001 items; a chart draws at most 5,000 rows: split the"
        + " roadmap (one file per track, say)\n")
    #expect(files == ["roadmap.csv", "sessions.csv"])
    let progress = try chart(["--kind", "progress", "-o", "p.svg"], items: 5001)
    #expect(progress.run.status == 0, "\(progress.run.stderr)")
  }

  @Test func aPNGTooLargeIsRefusedBeforeLayout() throws {
    let (r, files) = try chart(["-o", "t.png", "-o", "t.svg", "--scale", "8"], items: 5000)
    #expect(r.status == 73)
    #expect(
      r.stderr
        == "studylog: error: the PNG would be 9600×961760 pixels or more, 9,232,896,000 in all; a PNG may have at most"
        + " 1,000,000,000 pixels: use a smaller --scale, split the roadmap (one file per track, say), or write SVG"
        + " or PDF\n")
    #expect(files == ["roadmap.csv", "sessions.csv"])
  }

  @Test func aPNGTooWideIsRefused() throws {
    let (r, files) = try chart(["-o", "t.png", "--width", "8000", "--scale", "5"], items: 3)
    #expect(r.status == 73)
    #expect(
      r.stderr
        == "studylog: error: the PNG would be 40000×1260 pixels or more; a PNG is at most 32767 pixels wide: use a"
        + " smaller --scale or --width, or write SVG or PDF\n")
    #expect(files == ["roadmap.csv", "sessions.csv"])
  }

  @Test func reportChecksEveryChartFirst() throws {
    let wide = try folder(items: 5001)
    let r = try Binary.run(["report", "roadmap.csv", "--today", "2024-09-15"], in: wide)
    #expect(r.status == 65)
    #expect(
      r.stderr
        == "studylog: error: the timeline would have 5,001 items; a chart draws at most 5,000 rows: split the"
        + " roadmap (one file per track, say)\n")
    #expect(try files(wide) == ["roadmap.csv", "sessions.csv"])
    let tall = try folder(items: 4000)
    let png = try Binary.run(["report", "roadmap.csv", "--today", "2024-09-15", "--scale", "8"], in: tall)
    #expect(png.status == 73)
    #expect(png.stderr.hasPrefix("studylog: error: the PNG would be 9600×769760 pixels or more,"))
    #expect(try files(tall) == ["roadmap.csv", "sessions.csv"])
  }
}

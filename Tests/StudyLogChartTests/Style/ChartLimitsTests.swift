import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The largest charts: rows, windows, PNG pixels and label characters, each refused before layout
/// with the limit and what to do.
@Suite struct ChartLimitsTests {
  /// `count` items in one category, without tracks, planned in January 2024.
  func items(_ count: Int, track: (Int) -> String = { _ in "" }) -> Roadmap {
    var csv = "id,track,category,title,planned\n"
    for i in 1...count { csv += "\(i),\(track(i)),A,item \(i),24.01.01-24.01.31\n" }
    return roadmap(csv)
  }

  func options(from: String? = nil, to: String? = nil, width: Double = 1200, today: String = "2024-09-15")
    -> ChartOptions
  {
    var options = ChartOptions(title: "T", today: day(today))
    options.from = from.map(day)
    options.to = to.map(day)
    options.width = width
    return options
  }

  @Test func theLimits() {
    #expect(ChartLimits.maxRows == 5_000)
    #expect(ChartLimits.maxTimelineDays == 36_525)
    #expect(ChartLimits.maxHeatmapDays == 7_305)
    #expect(ChartLimits.maxPNGWidth == 32_767)
    #expect(ChartLimits.maxPNGPixels == 1_000_000_000)
    #expect(ChartLimits.maxLabelCharacters == 100)
  }

  @Test func aTimelineOfMoreThan5000ItemsIsRefused() {
    #expect(throws: Never.self) {
      try ChartLimits.checkTimeline(items(5000), options: options(), pngScale: nil)
    }
    #expect(
      throws: LimitError(
        "the timeline would have 5,001 items; a chart draws at most 5,000 rows: split the roadmap (one file per"
          + " track, say)", exitCode: 65)
    ) { try ChartLimits.checkTimeline(items(5001), options: options(), pngScale: nil) }
  }

  @Test func aProgressChartOfMoreThan5000CategoriesIsRefused() {
    var csv = "category,title\n"
    for i in 1...5001 { csv += "C\(i),t\n" }
    #expect(
      throws: LimitError(
        "the progress chart would have 5,001 categories; a chart draws at most 5,000 rows: split the roadmap (one"
          + " file per track, say)", exitCode: 65)
    ) { try ChartLimits.checkProgress(roadmap(csv), options: options(), pngScale: nil) }
  }

  @Test func aTimelineWindowOfMoreThan100YearsIsRefused() {
    #expect(
      throws: LimitError(
        "the timeline's window 0001-01-01 – 9999-12-31 spans 3,652,059 days; a timeline spans at most 100 years"
          + " (36,525 days): crop it with --from/--to", exitCode: 64)
    ) {
      try ChartLimits.checkTimeline(
        items(1), options: options(from: "0001-01-01", to: "9999-12-31"), pngScale: nil)
    }
    #expect(throws: Never.self) {
      try ChartLimits.checkTimeline(
        items(1), options: options(from: "1925-01-01", to: "2024-12-31"), pngScale: nil)
    }
    // From the roadmap's own dates (padded): an item in year 1, a typo, is data, not an option.
    let typo = roadmap("category,title,planned\nA,a,0001-01-01\nA,b,2024-01-01\n")
    #expect(
      throws: LimitError(
        "the timeline's window -0040-07-01 – 2065-03-31 spans 768,745 days; a timeline spans at most 100 years"
          + " (36,525 days): correct the dates far from the others, or crop with --from/--to", exitCode: 65)
    ) { try ChartLimits.checkTimeline(typo, options: options(), pngScale: nil) }
  }

  @Test func aHeatmapOfMoreThan20YearsIsRefused() {
    let sessions = [Session(day: day("2024-09-01"), itemID: "1", hours: 1)]
    #expect(
      throws: LimitError(
        "the heatmap would show 0001-01-01 – 9999-12-31, 3,652,059 days; a heatmap shows at most 20 years"
          + " (7,305 days): choose fewer days with --from/--to", exitCode: 64)
    ) {
      try ChartLimits.checkHeatmap(
        sessions, options: options(from: "0001-01-01", to: "9999-12-31"), pngScale: 2)
    }
    // 20 years, 7,305 days, fit a PNG at the default scale; a day more is refused.
    #expect(throws: Never.self) {
      try ChartLimits.checkHeatmap(
        sessions, options: options(from: "2004-09-16", to: "2024-09-15"), pngScale: 2)
    }
    #expect(
      throws: LimitError(
        "the heatmap would show 2004-09-15 – 2024-09-15, 7,306 days; a heatmap shows at most 20 years"
          + " (7,305 days): choose fewer days with --from/--to", exitCode: 64)
    ) {
      try ChartLimits.checkHeatmap(
        sessions, options: options(from: "2004-09-15", to: "2024-09-15"), pngScale: 2)
    }
  }

  @Test func aPNGTooLargeIsRefusedBeforeLayout() {
    // 5,000 rows of 24 points at 8 pixels a point: more than a billion pixels. Its height alone is
    // no longer a limit: the PNG is drawn in bands.
    let tall = items(5000)
    #expect(
      throws: LimitError(
        "the PNG would be 9600×961760 pixels or more, 9,232,896,000 in all; a PNG may have at most 1,000,000,000 pixels:"
          + " use a smaller --scale, split the roadmap (one file per track, say), or write SVG or PDF",
        exitCode: 73)
    ) { try ChartLimits.checkTimeline(tall, options: options(), pngScale: 8) }
    #expect(throws: Never.self) { try ChartLimits.checkTimeline(tall, options: options(), pngScale: 2) }
    #expect(throws: Never.self) { try ChartLimits.checkTimeline(tall, options: options(), pngScale: nil) }
    #expect(
      throws: LimitError(
        "the PNG would be 40000×504 pixels or more; a PNG is at most 32767 pixels wide: use a smaller --scale"
          + " or --width, or write SVG or PDF", exitCode: 73)
    ) { try ChartLimits.checkTimeline(items(3), options: options(width: 20_000), pngScale: 2) }
  }

  @Test func aPNGOfMoreThanABillionPixelsIsRefused() {
    #expect(throws: Never.self) {
      try ChartLimits.checkPNG(width: 10_000, height: 100_000, scale: 1, atLeast: false, advice: "crop it")
    }
    #expect(
      throws: LimitError(
        "the PNG would be 16000×80000 pixels, 1,280,000,000 in all; a PNG may have at most 1,000,000,000 pixels:"
          + " use a smaller --scale, crop it, or write SVG or PDF", exitCode: 73)
    ) { try ChartLimits.checkPNG(width: 8_000, height: 40_000, scale: 2, atLeast: false, advice: "crop it") }
  }

  @Test func theHeightBeforeLayoutIsALowerBound() {
    // Without markers and with one line of legend, the bound is the height.
    let plain = ChartLayout(
      roadmap: items(30), options: options(to: "2024-02-29"), measurer: FixedWidthMeasurer())
    #expect(ChartLimits.minimumHeight(timeline: items(30)) == plain.scene.height)
    // Sections count; the lane of the today line adds to the bound.
    let tracked = items(30) { "T\($0 % 3)" }
    let withToday = ChartLayout(
      roadmap: tracked, options: options(today: "2024-01-15"), measurer: FixedWidthMeasurer())
    #expect(
      ChartLimits.minimumHeight(timeline: tracked) + ChartLayout.laneHeight + 4 == withToday.scene.height)
  }

  @Test func theProgressAndHeatmapSizesAreThoseOfTheirLayouts() {
    let progress = ProgressLayout(roadmap: items(3), options: options(), measurer: FixedWidthMeasurer())
    #expect(ChartLimits.height(progress: 1) == progress.scene.height)
    let sessions = [Session(day: day("2024-09-01"), itemID: "1", hours: 1)]
    let heatmap = HeatmapLayout(
      sessions: sessions, options: options(from: "2020-01-01", to: "2024-09-15"),
      measurer: FixedWidthMeasurer())
    #expect(HeatmapLayout.height == heatmap.scene.height)
    #expect(HeatmapLayout.width(weeks: heatmap.window.days / 7).rounded(.up) == heatmap.scene.width)
  }

  @Test func labelsAreMeasuredUpTo100Characters() {
    let long = String(repeating: "a", count: 300)
    #expect(ChartLimits.label(long) == String(repeating: "a", count: 100) + "…")
    #expect(ChartLimits.label("short") == "short")
    // Even where the whole title would fit, a chart shows at most its first 100 characters.
    let fitted = FixedWidthMeasurer().fit(long, maxWidth: 10_000, font: Font(size: 10))
    #expect(fitted.text == String(repeating: "a", count: 100) + "…")
    #expect(fitted.width == 101 * 5)
    // Where it does not, it is cut as before.
    #expect(FixedWidthMeasurer().fit(long, maxWidth: 50, font: Font(size: 10)).text == "aaaaaaaaa…")
  }
}

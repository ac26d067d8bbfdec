import Foundation
import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogCairo

/// The web SVG's size on generated roadmaps, past the chart's row limit (which `chart` enforces
/// before layout): run by `scripts/bench-svg-size`, which names the roadmaps in
/// `STUDYLOG_SVG_SIZES` (paths separated by `:`). Each chart is laid out with Pango at 1600 points
/// as of 2024-09-15 and written beside its roadmap as `.svg`; prints `items bytes` per roadmap.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["STUDYLOG_SVG_SIZES"] != nil))
struct SVGSizeBenchmark {
  @Test func sizes() throws {
    let paths = ProcessInfo.processInfo.environment["STUDYLOG_SVG_SIZES"]!.split(separator: ":").map(
      String.init)
    let today = day("2024-09-15")
    for path in paths {
      let csv = try String(contentsOfFile: path, encoding: .utf8)
      let loaded = Roadmap.load(csv: csv, source: path, today: today)
      try #require(!loaded.hasErrors, "\(loaded.diagnostics.prefix(3))")
      var options = ChartOptions(title: "Roadmap", today: today)
      options.width = 1600
      let measurer = PangoTextMeasurer()
      let light = ChartLayout(roadmap: loaded.roadmap, options: options, measurer: measurer).scene
      options.theme = .dark
      let dark = ChartLayout(roadmap: loaded.roadmap, options: options, measurer: measurer).scene
      options.theme = .light
      let document = SVGWriter(families: defaultFontFamilies).document(
        light, dark: dark, annotations: .timeline(light, roadmap: loaded.roadmap, options: options))
      try Data(document.utf8).write(to: URL(fileURLWithPath: path + ".svg"))
      let items = loaded.roadmap.items.count
      print("svg-size \(items) \(document.utf8.count)")
      // Well under a kilobyte an item: a title, two bars, a slip and a tooltip.
      #expect(document.utf8.count < 10_000 + 1_000 * items)
    }
  }
}

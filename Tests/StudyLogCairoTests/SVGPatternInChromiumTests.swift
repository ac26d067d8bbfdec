import ChartTestSupport
import Foundation
import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogCairo

/// The web SVG of a 16-category timeline in headless Chromium: a patterned bar shows its
/// stripes in the pattern's colour over its fill, in the light and the dark scheme.
@Suite(.enabled(if: Chromium.isAvailable, Comment(rawValue: Chromium.missing)))
struct SVGPatternInChromiumTests {
  /// CSS pixels per point in the screenshot: at 4 a stripe is 4 pixels wide, so whole pixels
  /// of its colour show between the antialiased edges.
  static let zoom = 4.0

  @Test(arguments: Chromium.ColorScheme.allCases)
  func patternedBarShowsStripesAndFill(scheme: Chromium.ColorScheme) throws {
    let chart = CategoriesChart(16, families: defaultFontFamilies, measurer: PangoTextMeasurer())
    // Item 13's planned bar: the first category with a pattern.
    func bar(_ scene: Scene) throws -> RectNode {
      let group = try #require(scene.group("item 13"))
      return try #require(Scene.rects(in: group).first { $0.pattern != nil && $0.height == 14 })
    }
    let (light, dark) = (try bar(chart.light), try bar(chart.dark))
    let shown = scheme == .dark ? dark : light
    let pattern = try #require(shown.pattern)
    let fill = try #require(shown.fill)
    #expect(pattern.kind == .hatch && pattern.color != fill)

    // The document inlined in a page, scaled by `zoom` and moved so that the bar's top-left
    // corner, less a margin of 2 points, is the page's.
    let z = Self.zoom
    let margin = 2.0
    let svg = chart.document.replacingOccurrences(of: #"<?xml version="1.0" encoding="UTF-8"?>"#, with: "")
    let page = """
      <!doctype html><html><head><meta charset="utf-8"><style>
      body{margin:0;overflow:hidden}
      svg{position:absolute;left:\(-(light.x - margin) * z)px;top:\(-(light.y - margin) * z)px;\
      width:\(chart.light.width * z)px;height:\(chart.light.height * z)px}
      </style></head><body>\(svg)</body></html>
      """
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("page.html")
    try Data(page.utf8).write(to: url)
    let shot = folder.appendingPathComponent("shot.png")
    let (width, height) = (Int((light.width + 2 * margin) * z), Int((light.height + 2 * margin) * z))
    try Chromium.screenshot(of: url, to: shot, width: width, height: height, colorScheme: scheme)
    let png = try DecodedPNG(Array(try Data(contentsOf: shot)))

    // Inside the bar, 2 points in from its outline: whole pixels of the stripes' colour and of
    // the fill, a tenth of them or more each (the actual bar, striped in the background's colour,
    // covers the middle 6 of those 10 points; a stripe is 1 point wide every 2.8 points across).
    let inset = Int((margin + 2) * z)
    let xs = inset..<Int((margin + light.width - 2) * z)
    let ys = inset..<Int((margin + light.height - 2) * z)
    var (stripes, filled) = (0, 0)
    for y in ys {
      for x in xs {
        if png.matches(x, y, pattern.color) { stripes += 1 }
        if png.matches(x, y, fill) { filled += 1 }
      }
    }
    let area = xs.count * ys.count
    #expect(Double(stripes) > Double(area) * 0.1, "\(stripes) of \(area) pixels of the stripes' colour")
    #expect(Double(filled) > Double(area) * 0.1, "\(filled) of \(area) pixels of the fill")
    // Outside the bar, the background of the scheme.
    let background = scheme == .dark ? chart.dark.background : chart.light.background
    #expect(png.matches(1, 1, background), "\(png.hex(1, 1))")
  }
}

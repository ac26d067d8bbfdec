import Foundation
import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogCairo

/// The sample timeline's web SVG laid out with Pango, in light and dark, and the rooms its texts
/// were given: every text's ink box as Pango measured it (the boxes of the scene dump).
struct SampleSVG {
  let light: Scene
  let dark: Scene
  let document: String
  let texts: [SceneElement]

  init(families: String = defaultFontFamilies) throws {
    let source = packageRoot.appendingPathComponent("reports/career-map/roadmap.csv")
    let today = day("2024-09-15")
    let roadmap = Roadmap.load(
      csv: try String(contentsOf: source, encoding: .utf8), source: "roadmap.csv", today: today
    )
    .roadmap
    let measurer = PangoTextMeasurer()
    var options = ChartOptions(title: "Career map", today: today)
    light = ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene
    options.theme = .dark
    dark = ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene
    options.theme = .light
    document = SVGWriter(families: families).document(
      light, dark: dark, annotations: .timeline(light, roadmap: roadmap, options: options))
    texts = light.elements(measurer: measurer).filter { $0.kind == "text" }
  }
}

/// What the page's script reports of the SVG as Chromium laid it out.
struct BrowserReport: Decodable {
  struct Text: Decodable {
    let text: String
    let x, y, width, height: Double
    let fill: String
  }
  let dark: Bool
  let background: String
  let texts: [Text]
  /// The `href` of every link, and how many groups have a tooltip.
  let links: [String]
  let tooltips: Int
}

/// The sample's web SVG in headless Chromium, in the light and the dark colour scheme: the
/// browser's own layout (`getBBox`) keeps every text in its room and off every other, with the
/// fonts setup installs and with other fonts; the colours follow the scheme; screenshots show it.
@Suite(.enabled(if: Chromium.isAvailable, Comment(rawValue: Chromium.missing)))
struct SVGInChromiumTests {
  /// Loads `document` in a page (as `<object>`, as a post embeds an interactive SVG) whose script
  /// reports every text's box and colour, the background's colour and the scheme.
  func report(_ document: String, scheme: Chromium.ColorScheme) throws -> BrowserReport {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(document.utf8).write(to: folder.appendingPathComponent("chart.svg"))
    let page = """
      <!doctype html><html><head><meta charset="utf-8">\(Chromium.reportScript)</head><body>
      <object id="o" data="chart.svg" type="image/svg+xml"></object><script>
      window.addEventListener('load', () => {
        const doc = document.getElementById('o').contentDocument;
        const texts = [...doc.querySelectorAll('text')].map(t => {
          const b = t.getBBox();
          return {text: t.textContent, x: b.x, y: b.y, width: b.width, height: b.height, fill: getComputedStyle(t).fill};
        });
        const report = {dark: matchMedia('(prefers-color-scheme: dark)').matches,
          background: getComputedStyle(doc.querySelector('rect')).fill, texts,
          links: [...doc.querySelectorAll('a')].map(a => a.href.baseVal),
          tooltips: doc.querySelectorAll('g > title').length};
        studylogReport(JSON.stringify(report));
      });
      </script></body></html>
      """
    let url = folder.appendingPathComponent("page.html")
    try Data(page.utf8).write(to: url)
    let json = try Chromium.run(page: url, colorScheme: scheme)
    return try JSONDecoder().decode(BrowserReport.self, from: Data(json.utf8))
  }

  /// `rgb(r, g, b)` as CSS computes it.
  func css(_ color: Color) -> String {
    let c = [color.red, color.green, color.blue].map { Int(($0 * 255).rounded()) }
    return "rgb(\(c[0]), \(c[1]), \(c[2]))"
  }

  /// Pairs of texts whose boxes share an area.
  func overlaps(_ texts: [BrowserReport.Text]) -> [String] {
    var out: [String] = []
    for (i, a) in texts.enumerated() {
      for b in texts[(i + 1)...] {
        let dx = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
        let dy = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
        if dx > 0 && dy > 0 { out.append("'\(a.text)' and '\(b.text)'") }
      }
    }
    return out
  }

  @Test(arguments: Chromium.ColorScheme.allCases)
  func textStaysInItsRoomAndColoursFollowTheScheme(scheme: Chromium.ColorScheme) throws {
    let sample = try SampleSVG()
    let report = try report(sample.document, scheme: scheme)
    let scene = scheme == .dark ? sample.dark : sample.light
    #expect(report.dark == (scheme == .dark))
    // The sample's eleven posts are links, and each of its 23 rows has a tooltip.
    #expect(report.links.count == 11 && report.links.allSatisfy { $0.hasPrefix("https://") })
    #expect(report.tooltips == 23)
    #expect(report.background == css(scene.background))
    let darkTexts = Scene.texts(in: scene.nodes).filter { !$0.text.isEmpty }
    try #require(report.texts.count == sample.texts.count)
    for ((browser, room), node) in zip(zip(report.texts, sample.texts), darkTexts) {
      #expect(browser.text == room.text)
      #expect(browser.fill == css(node.color), "\(browser.text)")
      // The browser's box holds the glyphs where Pango put them, and reaches at most 2 points
      // past them on either side (the glyphs' side bearings): nothing overflows its room.
      #expect(
        browser.x <= room.x && browser.x >= room.x - 2, "\(browser.text): left \(browser.x) vs \(room.x)")
      #expect(
        browser.x + browser.width >= room.maxX && browser.x + browser.width <= room.maxX + 2,
        "\(browser.text): right \(browser.x + browser.width) vs \(room.maxX)")
      #expect(browser.y <= room.y && browser.y + browser.height >= room.maxY, "\(browser.text): vertical")
    }
    #expect(overlaps(report.texts) == [])
  }

  /// A reader without the chart's fonts: the browser draws monospaced Latin and Myeongjo Hangul,
  /// wider than the Gothic the layout measured, and `textLength` holds every text to its width.
  @Test func otherFontsKeepTheMeasuredWidths() throws {
    let sample = try SampleSVG(families: "DejaVu Sans Mono, NanumMyeongjo")
    let report = try report(sample.document, scheme: .light)
    let nodes = Scene.texts(in: sample.light.nodes).filter { !$0.text.isEmpty }
    try #require(report.texts.count == nodes.count)
    for (browser, node) in zip(report.texts, nodes) {
      #expect(
        abs(browser.x - node.minX) <= 1 && abs(browser.x + browser.width - node.maxX) <= 1, "\(browser.text)")
    }
    #expect(overlaps(report.texts) == [])
  }

  @Test(arguments: Chromium.ColorScheme.allCases)
  func screenshotShowsTheScheme(scheme: Chromium.ColorScheme) throws {
    let sample = try SampleSVG()
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let svg = folder.appendingPathComponent("chart.svg")
    try Data(sample.document.utf8).write(to: svg)
    let shot = folder.appendingPathComponent("shot.png")
    try Chromium.screenshot(
      of: svg, to: shot, width: Int(sample.light.width), height: Int(sample.light.height), colorScheme: scheme
    )
    let png = try DecodedPNG(Array(try Data(contentsOf: shot)))
    let theme = scheme == .dark ? Theme.dark : Theme.light
    #expect(png.matches(2, 2, theme.background), "\(png.hex(2, 2))")
    #expect(png.matches(png.width - 3, png.height - 3, theme.background))
    // The bold title's stems are solid text colour.
    let title = sample.texts[0]
    var solid = 0
    for y in Int(title.y)..<Int(title.maxY) {
      for x in Int(title.x)..<Int(title.maxX) where png.matches(x, y, theme.text) { solid += 1 }
    }
    #expect(solid > 100, "\(solid) pixels of the title's colour")
  }

  /// The sample timeline, which Cairo writes in 484,860 bytes of outlines, is at most 50,000.
  @Test func sampleIsSmall() throws {
    #expect(try SampleSVG().document.utf8.count <= 50_000)
  }
}

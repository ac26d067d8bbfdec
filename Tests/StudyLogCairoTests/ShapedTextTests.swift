import CPangoCairo
import StudyLog
import StudyLogChart
import Testing

@testable import StudyLogCairo

/// Texts shaped once for a PNG's bands (their pixels against Pango's own drawing are compared in
/// `BandedPNGTests`).
@Suite struct ShapedTextTests {
  // Shaped at scale 1, a text has the size the measurer gives it, and glyphs in every run.
  @Test func shapedTextKeepsTheMeasuredSize() throws {
    let measurer = PangoTextMeasurer()
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
    let context = cairo_create(surface)!
    defer {
      cairo_destroy(context)
      cairo_surface_destroy(surface)
    }
    let layout = PangoText(context: context, families: defaultFontFamilies)
    for (text, font) in [("쿠버네티스 Kubernetes 입문", Font(size: 11)), ("Σ −14 → …", Font(size: 20, bold: true))] {
      let shaped = try #require(ShapedText(text, font: font, on: layout))
      let extent = measurer.measure(text, font: font)
      #expect(shaped.width == extent.width && shaped.height == extent.height)
      #expect(!shaped.runs.isEmpty && shaped.runs.allSatisfy { !$0.glyphs.isEmpty })
    }
    // Two lines: the second run sits one line lower.
    let twoLines = try #require(ShapedText("위\n아래", font: Font(size: 11), on: layout))
    #expect(twoLines.runs.count == 2 && twoLines.runs[1].y > twoLines.runs[0].y)
    // A character no font has is drawn by Pango as a hex box: not shaped here.
    #expect(ShapedText("\u{E000} private", font: Font(size: 11), on: layout) == nil)
  }

  // Every text of the sample chart is shaped before its bands are drawn, so no band thread needs
  // a Pango layout or font map of its own.
  @Test(arguments: [1.0, 2.0])
  func everyTextOfTheSampleChartIsShapedOnce(scale: Double) {
    let chart = scene(theme: .light).scene
    let drawer = BandDrawer(
      scene: chart, scale: scale, width: Int(chart.width * scale), height: Int(chart.height * scale),
      bandRows: 256, threads: 2, families: defaultFontFamilies)
    let texts = Set(textKeys(of: chart))
    #expect(texts.count > 30)
    #expect(Set(drawer.shaped.keys) == texts)
  }
}

/// The text and font of every non-empty text node of `scene`, groups included, in paint order.
func textKeys(of scene: Scene) -> [TextKey] {
  var texts: [TextKey] = []
  func collect(_ nodes: [SceneNode]) {
    for node in nodes {
      switch node {
      case .text(let t) where !t.text.isEmpty: texts.append(TextKey(text: t.text, font: t.font))
      case .group(_, let children): collect(children)
      default: break
      }
    }
  }
  collect(scene.nodes)
  return texts
}

import StudyLog
import StudyLogChart
import Testing

@testable import StudyLogCairo

/// PNGs drawn and encoded in bands on several threads: the same pixels as one surface of the
/// whole image, the same bytes whatever the number of threads, and no limit on the height.
@Suite struct BandedPNGTests {
  func render(
    _ scene: Scene, scale: Double, bandRows: Int, threads: Int, level: Int = 3, shapeTextOnce: Bool = true
  ) throws -> [UInt8] {
    let renderer = CairoRenderer()
    renderer.pngBandRows = bandRows
    renderer.pngThreads = threads
    renderer.pngLevel = level
    renderer.pngShapesTextOnce = shapeTextOnce
    return try renderer.render(scene, as: .png, scale: scale)
  }

  /// Texts that take every path through `ShapedText`: Hangul and Latin from the pinned fonts,
  /// bold and plain at several sizes, right-to-left Arabic and Hebrew, combining marks, Han,
  /// two lines, a tab, an emoji and a private-use character that no font has (Pango draws those
  /// itself), each anchored three ways.
  static let hostileTexts = [
    "쿠버네티스 Kubernetes 입문", "Σ ∑ −14 → …", "مرحبا بالعالم 123", "שלום עולם", "e\u{301}a\u{308}n\u{303}",
    "漢字 かな カナ", "두 줄\n2 lines", "tab\there", "🚀 launch", "\u{E000} private", "  spaced  ", "ﬁ ligature",
  ]

  static func textScene(background: String) -> Scene {
    let ink = Color(hex: "#1F2937")!
    var nodes: [SceneNode] = []
    for (row, text) in hostileTexts.enumerated() {
      for (column, anchor) in [TextAnchor.start, .middle, .end].enumerated() {
        let font = Font(size: [9, 11, 20][column], bold: row % 2 == 1)
        nodes.append(
          .text(
            TextNode(
              text, x: 20 + Double(column) * 230 + (anchor == .start ? 0 : anchor == .middle ? 100 : 200),
              y: 20 + Double(row) * 31.3, font: font, color: ink, anchor: anchor, width: 200)))
      }
    }
    return Scene(width: 720, height: 400, background: Color(hex: background)!, nodes: nodes)
  }

  // The glyphs shaped once before drawing give exactly the pixels Pango's own drawing of each
  // text gives, at every scale, in every band arrangement.
  @Test(arguments: [1.0, 2.0, 1.5, 3.0])
  func textShapedOnceDrawsAsPangoDoes(scale: Double) throws {
    for chart in [
      Self.textScene(background: "#FFFFFF"), Self.textScene(background: "#0B1220"), scene(theme: .dark).scene,
    ] {
      let pango = try PNGRows(render(chart, scale: scale, bandRows: 64, threads: 2, shapeTextOnce: false))
      let shaped = try PNGRows(render(chart, scale: scale, bandRows: 64, threads: 2))
      #expect(shaped.width == pango.width && shaped.height == pango.height)
      let first = shaped.samples.indices.first { shaped.samples[$0] != pango.samples[$0] }
      #expect(
        first == nil, "at scale \(scale) the shaped glyphs differ from Pango's at sample \(first ?? -1)")
    }
  }

  // Bands of 7 rows cut through every text, bar and line of the chart; a band as tall as the
  // image is one surface.
  @Test(arguments: [(Theme.light, 1.0), (Theme.dark, 2.0), (Theme.light, 1.5)])
  func bandsGiveTheSamePixelsAsOneSurface(theme: Theme, scale: Double) throws {
    let chart = scene(theme: theme).scene
    let whole = try PNGRows(render(chart, scale: scale, bandRows: Int(Int32.max), threads: 1))
    #expect(whole.height == Int((chart.height * scale).rounded(.up)))
    for (rows, threads) in [(7, 2), (64, 3)] {
      let banded = try PNGRows(render(chart, scale: scale, bandRows: rows, threads: threads))
      #expect(banded.width == whole.width && banded.height == whole.height)
      let first = banded.samples.indices.first { banded.samples[$0] != whole.samples[$0] }
      #expect(first == nil, "bands of \(rows) rows on \(threads) threads differ at sample \(first ?? -1)")
    }
  }

  // Small images get small bands, so that their few bands share out evenly between the threads;
  // the rule depends on the height alone.
  @Test func bandRowsFollowTheHeight() {
    #expect([1, 4_096, 4_097, 100_000].map { CairoRenderer.bandRows(height: $0) } == [64, 64, 128, 128])
  }

  // The bands are deflated apart and joined in order: the threads change nothing.
  @Test func sameBytesWhateverTheThreads() throws {
    let chart = scene(theme: .light).scene
    let one = try render(chart, scale: 2, bandRows: 16, threads: 1)
    for threads in [2, 3, 8] {
      #expect(try render(chart, scale: 2, bandRows: 16, threads: threads) == one)
    }
  }

  // A sink that refuses part way stops every thread, whichever band it refused, and the error
  // says so; bands drawn ahead of their turn are dropped.
  @Test(arguments: [0, 100, 5_000, 30_000])
  func refusingSinkStopsEveryThread(after limit: Int) throws {
    let chart = scene(theme: .light).scene
    let whole = try render(chart, scale: 1, bandRows: 8, threads: 3)
    #expect(whole.count > 30_000)
    let renderer = CairoRenderer()
    renderer.pngBandRows = 8
    renderer.pngThreads = 3
    var taken = 0
    #expect(throws: RenderError.cairo("PNG: could not write the PNG's bytes")) {
      try renderer.render(chart, as: .png, scale: 1) { chunk in
        taken += chunk.count
        return taken <= limit
      }
    }
    #expect(taken > limit && taken <= limit + 65_536)
  }

  // 34,000 pixels tall: past Cairo's 32,767 a side, which used to be refused.
  @Test func tallPNGDecodesWithItsSize() throws {
    let red = Color(hex: "#D00000")!
    let blue = Color(hex: "#0000D0")!
    let tall = Scene(
      width: 100, height: 17_000, background: Color(hex: "#FFFFFF")!,
      nodes: [
        .rect(RectNode(x: 10, y: 10, width: 100, height: 10, fill: red)),
        .rect(RectNode(x: 10, y: 16_980, width: 40, height: 10, fill: blue)),
        .text(
          TextNode("끝 end", x: 55, y: 16_985, font: Font(size: 9), color: blue, anchor: .start, width: 30)),
      ])
    let png = try PNGRows(render(tall, scale: 2, bandRows: 256, threads: 2))
    #expect(png.width == 200)
    #expect(png.height == 34_000)
    #expect(png.channels == 3)
    #expect(png.hex(40, 30) == "#D00000")
    #expect(png.hex(40, 33_970) == "#0000D0")
    #expect(png.hex(40, 33_990) == "#FFFFFF")
    // The label was drawn, in the last band.
    let inked = (33_950..<34_000).contains { y in (110..<200).contains { png.hex($0, y) != "#FFFFFF" } }
    #expect(inked)
  }

  // A background with alpha gives RGBA, un-premultiplied.
  @Test func translucentBackgroundKeepsItsAlpha() throws {
    let glass = Scene(
      width: 40, height: 30, background: Color(red: 0.2, green: 0.4, blue: 0.8, alpha: 0.5), nodes: [])
    let png = try PNGRows(render(glass, scale: 1, bandRows: 8, threads: 2))
    #expect(png.channels == 4)
    for pixel in [Array(png.samples[0..<4]), Array(png.samples.suffix(4))] {
      #expect(pixel[3] == 128)
      // Cairo keeps colour premultiplied by alpha, in 8 bits: within one step of the colour.
      #expect(zip(pixel.prefix(3), [0x33, 0x66, 0xCC]).allSatisfy { abs(Int($0) - $1) <= 1 }, "\(pixel)")
    }
  }

  // The smaller-file setting: zlib 6 is smaller and decodes to the same pixels.
  @Test func level6IsSmallerWithTheSamePixels() throws {
    let chart = scene(theme: .light).scene
    let fast = try render(chart, scale: 2, bandRows: 256, threads: 2, level: 3)
    let small = try render(chart, scale: 2, bandRows: 256, threads: 2, level: 6)
    #expect(small.count < fast.count)
    #expect(try PNGRows(small).samples == PNGRows(fast).samples)
  }
}

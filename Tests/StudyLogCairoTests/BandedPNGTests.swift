import StudyLog
import StudyLogChart
import Testing

@testable import StudyLogCairo

/// PNGs drawn and encoded in bands on several threads: the same pixels as one surface of the
/// whole image, the same bytes whatever the number of threads, and no limit on the height.
@Suite struct BandedPNGTests {
  func render(_ scene: Scene, scale: Double, bandRows: Int, threads: Int, level: Int = 3) throws -> [UInt8] {
    let renderer = CairoRenderer()
    renderer.pngBandRows = bandRows
    renderer.pngThreads = threads
    renderer.pngLevel = level
    return try renderer.render(scene, as: .png, scale: scale)
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

  // The bands are deflated apart and joined in order: the threads change nothing.
  @Test func sameBytesWhateverTheThreads() throws {
    let chart = scene(theme: .light).scene
    let one = try render(chart, scale: 2, bandRows: 16, threads: 1)
    for threads in [2, 3, 8] {
      #expect(try render(chart, scale: 2, bandRows: 16, threads: threads) == one)
    }
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

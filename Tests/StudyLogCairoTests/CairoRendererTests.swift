import CPangoCairo
import Foundation
import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogCairo

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A PNG read back into memory, to probe pixels.
struct DecodedPNG {
  let width: Int
  let height: Int
  private let pixels: [UInt32]

  init(_ bytes: [UInt8]) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "studylog-\(UUID().uuidString).png")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let surface = cairo_image_surface_create_from_png(url.path)
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo("bad PNG") }
    width = Int(cairo_image_surface_get_width(surface))
    height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = cairo_image_surface_get_data(surface)!
    var pixels: [UInt32] = []
    pixels.reserveCapacity(width * height)
    for y in 0..<height {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width { pixels.append(row[x]) }
    }
    self.pixels = pixels
  }

  /// The colour at a pixel, as `#RRGGBB`.
  func hex(_ x: Int, _ y: Int) -> String {
    let p = pixels[y * width + x]
    return String(format: "#%02X%02X%02X", (p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF)
  }

  /// Whether the pixel has `color`, allowing Cairo's rounding of each channel to 8 bits.
  func matches(_ x: Int, _ y: Int, _ color: Color) -> Bool {
    let p = pixels[y * width + x]
    let channels = [(p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF].map { Double($0) }
    let expected = [color.red, color.green, color.blue].map { $0 * 255 }
    return zip(channels, expected).allSatisfy { abs($0 - $1) <= 1.5 }
  }
}

let csv = """
  id,track,category,title,planned,actual,progress
  1,SRE,Infra,쿠버네티스 입문,24.06.24-24.08.18,24.06.21-24.08.30,100
  2,SRE,Network,DNS 동작 원리,24.04.08-24.04.21,24.04.22-24.04.30,100
  3,MLOps,Cloud,GPU 스케줄링,24.08.01-24.10.20,24.08.05-,50

  """

func scene(theme: Theme) -> ChartLayout {
  var options = ChartOptions(title: "렌더 테스트", today: day("2024-09-15"))
  options.theme = theme
  let roadmap = Roadmap.load(csv: csv, source: "r.csv", today: day("2024-09-15")).roadmap
  return ChartLayout(roadmap: roadmap, options: options, measurer: PangoTextMeasurer())
}

/// Drawing a scene with Cairo: PNG pixels read back, SVG parsed, PDF text read back, the same
/// bytes for the same scene, and the PNG width limit.
@Suite struct CairoRendererTests {
  @Test(arguments: [Theme.light, Theme.dark], [1.0, 2.0])
  func pixelsReadBack(theme: Theme, scale: Double) throws {
    let layout = scene(theme: theme)
    let png = try DecodedPNG(CairoRenderer().render(layout.scene, as: .png, scale: scale))
    #expect(png.width == Int(1200 * scale))
    #expect(png.height == Int((layout.scene.height * scale).rounded(.up)))
    // Background, in a corner.
    #expect(png.hex(2, 2) == theme.background.hex)
    #expect(png.hex(png.width - 3, png.height - 3) == theme.background.hex)
    // The actual bar of item 1 at its centre has the first palette colour.
    let actual = Scene.rects(in: layout.scene.group("item 1")!)[1]
    #expect(png.matches(Int(actual.midX * scale), Int(actual.midY * scale), theme.palette[0]))
    // The planned bar of item 2, away from its actual bar, has the light tint.
    let planned = Scene.rects(in: layout.scene.group("item 2")!)[0]
    let tint = theme.palette[1].over(theme.background, opacity: theme.plannedOpacity)
    #expect(png.matches(Int((planned.x + 3) * scale), Int((planned.y + 2) * scale), tint))
    #expect(!png.matches(Int((planned.x + 3) * scale), Int((planned.y + 2) * scale), theme.background))
    // The today line, below the axis, between rows.
    guard case .group(_, let children)? = layout.scene.group("markers")?.first,
      case .line(let line) = children[0]
    else {
      Issue.record("no today line")
      return
    }
    let y = Int((line.to.y - 3) * scale)
    let x = Int((line.from.x * scale).rounded(.down))
    #expect(png.matches(x, y, theme.today), "\(png.hex(x, y))")
    // Its pixels are solid: the line is snapped to whole pixels.
    #expect(png.matches(x - 1, y, theme.today), "\(png.hex(x - 1, y))")
    #expect(!png.matches(x + 2, y, theme.today))
  }

  @Test func svgIsXMLOfTheScenesSize() throws {
    let layout = scene(theme: .light)
    let bytes = try CairoRenderer().render(layout.scene, as: .svg)
    final class Root: NSObject, XMLParserDelegate {
      var name: String?
      var attributes: [String: String] = [:]
      func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String]
      ) {
        if name == nil {
          name = elementName
          self.attributes = attributes
        }
      }
    }
    let root = Root()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = root
    #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #expect(root.name == "svg")
    #expect(root.attributes["width"] == "1200")
    #expect(root.attributes["height"] == "\(Int(layout.scene.height))")
    #expect(root.attributes["viewBox"] == "0 0 1200 \(Int(layout.scene.height))")
  }

  // The text is read back as a reader would copy it: the glyphs carry their characters, Hangul too.
  @Test(.enabled(if: PDFText.isAvailable, Comment(rawValue: PDFText.missing)))
  func pdfTextReadsBack() throws {
    let bytes = try CairoRenderer().render(
      scene(theme: .dark).scene, as: .pdf, pdf: .init(title: "렌더 PDF", date: "2024-09-15T00:00:00Z"))
    let lines = try PDFText.lines(of: bytes)
    #expect(Array(lines.prefix(2)) == ["렌더 테스트", "3 items · 2024-04-08 – 2024-10-20 · as of 2024-09-15"])
    #expect(lines.contains("today 2024-09-15"))
    // The legend lists what is drawn: this roadmap has no milestone.
    let legend = ["Infra", "Network", "Cloud", "planned", "actual", "today"]
    #expect(lines.filter(legend.contains) == legend)
    // Rows top to bottom: each track's header, then its items in file order.
    let rows = ["SRE 2/2 done", "쿠버네티스 입문", "DNS 동작 원리", "MLOps 0/1 done", "GPU 스케줄링"]
    #expect(lines.filter(rows.contains) == rows)
    let info = try PDFText.info(of: bytes)
    #expect(info["Title"] == "렌더 PDF")
    #expect(info["Creator"] == "studylog")
    #expect(info["CreationDate"] == "2024-09-15T00:00:00Z")
  }

  // SVG is compared across runs of the binary: Cairo numbers SVG glyphs per process.
  @Test(arguments: [ImageFormat.png, .pdf])
  func sameSceneSameBytes(format: ImageFormat) throws {
    let layout = scene(theme: .light)
    let metadata = CairoRenderer.PDFMetadata(title: "t", date: "2024-09-15T00:00:00Z")
    let a = try CairoRenderer().render(layout.scene, as: format, pdf: metadata)
    let b = try CairoRenderer().render(layout.scene, as: format, pdf: metadata)
    #expect(a.count == b.count)
    #expect(
      zip(a, b).allSatisfy { $0 == $1 }, "first difference at \(a.indices.first { a[$0] != b[$0] } ?? -1)")
  }

  @Test func tooWideForPNG() throws {
    let huge = Scene(width: 20_000, height: 1200, background: .init(hex: "#FFFFFF")!, nodes: [])
    #expect(throws: RenderError.tooLarge(width: 40_000, height: 2400)) {
      try CairoRenderer().render(huge, as: .png, scale: 2)
    }
  }
}

import ChartTestSupport
import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// `SVGWriter.write` hands the document on in pieces of bounded size whose concatenation is the
/// document, whatever the size asked for, with the id the whole body hashes to.
@Suite struct SVGStreamingTests {
  /// 40 categories: stripes of all three kinds, so that pattern references name the id.
  static let roadmap = categoriesRoadmap(40)

  static func scenes() -> (light: Scene, dark: Scene, annotations: SVGAnnotations) {
    var options = ChartOptions(title: "Streamed", today: sampleToday)
    let light = ChartLayout(roadmap: roadmap, options: options, measurer: FixedWidthMeasurer()).scene
    options.theme = .dark
    let dark = ChartLayout(roadmap: roadmap, options: options, measurer: FixedWidthMeasurer()).scene
    options.theme = .light
    return (light, dark, .timeline(light, roadmap: roadmap, options: options))
  }

  static func chunks(_ size: Int) -> [String] {
    let (light, dark, annotations) = scenes()
    var chunks: [String] = []
    SVGWriter(families: "DejaVu Sans").write(light, dark: dark, annotations: annotations, chunkSize: size) {
      chunks.append($0)
    }
    return chunks
  }

  @Test func piecesAreBoundedAndMakeTheDocument() {
    let (light, dark, annotations) = Self.scenes()
    let whole = SVGWriter(families: "DejaVu Sans").document(light, dark: dark, annotations: annotations)
    let chunks = Self.chunks(4096)
    #expect(chunks.joined() == whole)
    #expect(whole.utf8.count > 40_000)
    // The head (declaration, title, style, pattern tiles), then the body in pieces, then the end.
    #expect(chunks.count >= whole.utf8.count / 4096)
    #expect(chunks.last == "</svg>\n")
    #expect(chunks.first!.hasPrefix("<?xml") && chunks.first!.hasSuffix("</defs>\n"))
    // A piece passes the size by at most the element that crossed it.
    for chunk in chunks.dropFirst().dropLast() {
      #expect(!chunk.isEmpty && chunk.utf8.count < 4096 + 1024, "\(chunk.utf8.count)")
    }
    for size in [1, 100, 1 << 16, Int.max] {
      #expect(Self.chunks(size).joined() == whole, "\(size)")
    }
    #expect(Self.chunks(Int.max).count == 3)
  }

  /// The id is FNV-1a of the body as written before the id is known (references to pattern
  /// tiles naming a NUL), then the title and the description: the bytes the writer made when it
  /// held the whole document.
  @Test func idHashesTheWholeBody() throws {
    let (light, dark, annotations) = Self.scenes()
    let document = SVGWriter(families: "DejaVu Sans").document(light, dark: dark, annotations: annotations)
    let id = String(document.split(separator: "id=\"")[1].prefix { $0 != "\"" })
    #expect(id.hasPrefix("studylog-") && id.count == 17)
    let afterDefs = try #require(
      document.split(separator: "</defs>\n", omittingEmptySubsequences: false).last)
    let body = afterDefs.dropLast("</svg>\n".count)
    #expect(body.hasPrefix("<rect x=\"0\" y=\"0\""))
    #expect(body.contains("url(#\(id)-hatch-"))
    let placeholder = body.split(separator: id, omittingEmptySubsequences: false).joined(separator: "\u{0}")
    #expect(id == "studylog-" + SVGWriter.hash(placeholder + annotations.title + annotations.description))
  }

  struct Full: Error, Equatable {}

  /// An error from the receiver stops the writing at once and comes out of `write`.
  @Test func aFailingReceiverStopsTheWriting() {
    let (light, dark, annotations) = Self.scenes()
    var calls = 0
    #expect(throws: Full()) {
      try SVGWriter(families: "DejaVu Sans").write(
        light, dark: dark, annotations: annotations, chunkSize: 1000
      ) {
        (_) throws(Full) in
        calls += 1
        if calls == 3 { throw Full() }
      }
    }
    #expect(calls == 3)
  }
}

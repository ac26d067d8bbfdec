import CPangoCairo
import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogCairo

#if canImport(Glibc)
  import Glibc
#endif

/// What a thread of `onAnotherThread` runs.
private protocol ThreadRunnable: AnyObject { func run() }

/// A body and what it returned.
private final class ThreadBody<T>: ThreadRunnable, @unchecked Sendable {
  let body: () -> T
  var result: T?
  init(_ body: @escaping () -> T) { self.body = body }
  func run() { result = body() }
}

/// Runs `body` on a new thread and returns what it returned, waiting for it.
private func onAnotherThread<T>(_ body: @escaping () -> T) -> T {
  let box = ThreadBody(body)
  var thread = pthread_t()
  let created = pthread_create(
    &thread, nil,
    { context in
      (Unmanaged<AnyObject>.fromOpaque(context!).takeRetainedValue() as! ThreadRunnable).run()
      return nil
    }, Unmanaged.passRetained(box as AnyObject).toOpaque())
  precondition(created == 0)
  pthread_join(thread, nil)
  return box.result!
}

/// Fonts loaded ahead (`FontPreparation`) and glyphs kept from measuring: what is drawn is the
/// same as when each text is laid out afresh.
@Suite struct FontPreparationTests {
  // A map prepared for a scale belongs to the first thread that asks for it; the PNG drawn on it
  // has the bytes of one drawn on another thread's default font map. (1.75 is this test's own
  // scale: the table of prepared maps is the process's.)
  @Test func preparedMapBelongsToOneThreadAndDrawsTheSame() throws {
    FontPreparation.start(families: defaultFontFamilies, scale: 1.75)
    let map = try #require(FontPreparation.fontMap(scale: 1.75))
    #expect(FontPreparation.fontMap(scale: 1.75) == map)
    #expect(onAnotherThread { FontPreparation.fontMap(scale: 1.75) == nil })
    // Nothing is prepared at scale 1: the measurer's own fonts serve the PNG there.
    FontPreparation.start(families: defaultFontFamilies, scale: 1)
    #expect(FontPreparation.fontMap(scale: 1) == nil)

    let chart = scene(theme: .light).scene
    let prepared = try CairoRenderer().render(chart, as: .png, scale: 1.75)
    let afresh = try onAnotherThread { try? CairoRenderer().render(chart, as: .png, scale: 1.75) }
    #expect(afresh == prepared)
  }

  // At scale 1 a PNG draws the glyphs its measurer kept, and the bytes are those of texts shaped
  // again; at another scale, or in other families, the kept glyphs are not used.
  @Test func keptShapesDrawTheSameBytes() throws {
    var options = ChartOptions(title: "렌더 테스트", today: day("2024-09-15"))
    options.theme = .dark
    let roadmap = Roadmap.load(csv: csv, source: "r.csv", today: day("2024-09-15")).roadmap
    let measurer = PangoTextMeasurer()
    measurer.keepsShapes = true
    let chart = ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene

    let texts = textKeys(of: chart)
    #expect(texts.count > 30)
    #expect(texts.allSatisfy { measurer.shapes[$0] != nil })

    let drawer = BandDrawer(
      scene: chart, scale: 1, width: Int(chart.width), height: Int(chart.height.rounded(.up)), bandRows: 256,
      threads: 2, families: defaultFontFamilies, known: measurer.shapes)
    #expect(texts.allSatisfy { drawer.shaped[$0] === measurer.shapes[$0] })

    let renderer = CairoRenderer()
    renderer.shapesFrom = measurer
    let kept = try renderer.render(chart, as: .png, scale: 1)
    let afresh = try CairoRenderer().render(chart, as: .png, scale: 1)
    #expect(kept == afresh)
    #expect(
      try renderer.render(chart, as: .png, scale: 2) == CairoRenderer().render(chart, as: .png, scale: 2))

    // Another family list: the kept glyphs (in the default families) would be wrong, and are not used.
    let other = CairoRenderer(families: "DejaVu Sans")
    other.shapesFrom = measurer
    #expect(
      try other.render(chart, as: .png, scale: 1)
        == CairoRenderer(families: "DejaVu Sans").render(chart, as: .png, scale: 1))
    #expect(try other.render(chart, as: .png, scale: 1) != kept)
  }
}

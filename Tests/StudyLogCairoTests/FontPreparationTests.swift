import CPangoCairo
import Dispatch
import StudyLog
import StudyLogChart
import TestSupport
import Testing

@testable import StudyLogCairo

/// What `onAnotherThread`'s body returned.
private final class ThreadResult<T>: @unchecked Sendable { var value: T? }

/// Runs `body` on a thread of Dispatch's (never this one, which waits) and returns what it
/// returned.
private func onAnotherThread<T>(_ body: @escaping @Sendable () -> T) -> T {
  let result = ThreadResult<T>()
  let done = DispatchSemaphore(value: 0)
  DispatchQueue.global().async {
    result.value = body()
    done.signal()
  }
  done.wait()
  return result.value!
}

/// Fonts loaded ahead (`FontPreparation`) and glyphs kept from measuring: what is drawn is the
/// same as when each text is laid out afresh.
@Suite struct FontPreparationTests {
  // A map prepared for a scale belongs to the first thread that asks for it, and the PNG drawn
  // at that scale is shaped on it, with the bytes of one drawn on another thread's default font
  // map. (The scale is this run's own: the table of prepared maps is the process's.)
  @Test func preparedMapBelongsToOneThreadAndDrawsTheSame() throws {
    let scale = 1.7 + Double(Int.random(in: 1...99_999)) / 1_000_000
    FontPreparation.start(families: defaultFontFamilies, scale: scale)
    let chart = scene(theme: .light).scene
    let prepared = try CairoRenderer().render(chart, as: .png, scale: scale)
    #expect(FontPreparation.timesHandedOut(scale: scale) == 1)
    let map = try #require(FontPreparation.fontMap(scale: scale))
    #expect(FontPreparation.fontMap(scale: scale) == map)
    #expect(onAnotherThread { FontPreparation.fontMap(scale: scale) == nil })
    #expect(FontPreparation.timesHandedOut(scale: scale) == 3)
    let afresh = onAnotherThread { try? CairoRenderer().render(chart, as: .png, scale: scale) }
    #expect(FontPreparation.timesHandedOut(scale: scale) == 3)
    #expect(afresh == prepared)
    // Nothing is prepared at scale 1: the measurer's own fonts serve the PNG there.
    FontPreparation.start(families: defaultFontFamilies, scale: 1)
    #expect(FontPreparation.fontMap(scale: 1) == nil)
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
    #expect(Set(texts).count > 30)
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

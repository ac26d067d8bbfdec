import ChartTestSupport
import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// `Scene.drawnRolesAndItems()`, which the legend reads, finds exactly the roles and the items
/// with a shape that the scene's elements have, without measuring any text.
@Suite struct DrawnRolesTests {
  /// Counts the texts measured.
  final class CountingMeasurer: TextMeasuring {
    let inner = FixedWidthMeasurer()
    var inkBoxes = 0
    func width(of string: String, font: Font) -> Double { inner.width(of: string, font: font) }
    func inkBox(of string: String, font: Font) -> InkBox {
      inkBoxes += 1
      return inner.inkBox(of: string, font: font)
    }
  }

  @Test(arguments: [90, 700]) func sameAsTheElements(span: Int) {
    let roadmap = sweepRoadmap(span: span, count: 60)
    let scene = ChartLayout(
      roadmap: roadmap, options: ChartOptions(title: "t", today: sampleToday), measurer: FixedWidthMeasurer()
    ).scene
    let measurer = CountingMeasurer()
    let drawn = scene.drawnRolesAndItems()
    #expect(measurer.inkBoxes == 0)
    let elements = scene.elements(measurer: measurer)
    #expect(measurer.inkBoxes > 60)
    #expect(drawn.roles == Set(elements.map(\.role)))
    #expect(drawn.itemsWithShapes == Set(elements.filter { $0.kind != "text" }.compactMap(\.item)))
    #expect(drawn.roles.isSuperset(of: ["label", "bar.planned", "bar.actual", "legend", "axis"]))
    #expect(drawn.itemsWithShapes.count > 30)
  }
}

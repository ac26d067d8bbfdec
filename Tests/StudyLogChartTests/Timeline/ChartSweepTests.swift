import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The timeline over the sweep (`SweepCase`): no text overlaps text, no line crosses text, text at
/// 4.5:1 against what is under it, bars at 3:1 against the background.
@Suite struct ChartSweepTests {
  static let cases = SweepCase.all + SweepCase.large

  func elements(_ c: SweepCase) -> (ChartLayout, [SceneElement]) {
    let l = c.layout()
    return (l, l.scene.elements(measurer: FixedWidthMeasurer()))
  }

  @Test(arguments: cases) func noTextOverlapsText(_ c: SweepCase) {
    let found = SceneChecks.overlappingTexts(elements(c).1)
    #expect(found.isEmpty, "\(c): \(found.count): \(found.prefix(3))")
  }

  @Test(arguments: cases) func noLineCrossesText(_ c: SweepCase) {
    let found = SceneChecks.linesThroughTexts(elements(c).1)
    #expect(found.isEmpty, "\(c): \(found.count): \(found.prefix(3))")
  }

  @Test(arguments: cases) func textContrast(_ c: SweepCase) {
    let (l, e) = elements(c)
    let found = SceneChecks.lowContrastTexts(e, background: l.scene.background)
    #expect(found.isEmpty, "\(c): \(found.count): \(found.prefix(3))")
  }

  @Test(arguments: cases) func barsStandOut(_ c: SweepCase) {
    let (l, e) = elements(c)
    let found = SceneChecks.faintBars(e, background: l.scene.background)
    #expect(found.isEmpty, "\(c): \(found.count): \(found.prefix(3))")
  }

  @Test(arguments: cases) func theLegendListsExactlyWhatIsDrawn(_ c: SweepCase) {
    let e = elements(c).1
    let found = SceneChecks.legendMismatch(
      e, roadmap: sweepRoadmap(span: c.span, count: c.count), locale: c.locale)
    #expect(found.isEmpty, "\(c): \(found)")
  }

  @Test(arguments: cases) func itemsOutsideTheWindowShowAnArrowAndTheirLabelsBesideIt(_ c: SweepCase) {
    let (l, e) = elements(c)
    let found = SceneChecks.croppingProblems(
      e, roadmap: sweepRoadmap(span: c.span, count: c.count), plotLeft: l.plotLeft, plotRight: l.plotRight)
    #expect(found.isEmpty, "\(c): \(found.prefix(3))")
  }
}

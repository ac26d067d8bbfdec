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

  @Test(arguments: cases) func axisLabelsSitWhereTheyMean(_ c: SweepCase) {
    let l = c.layout()
    let axis = l.axis
    let texts = Scene.texts(in: l.scene.group("axis.lower")!)
    var labelled: [Int] = []
    for (i, cell) in axis.lower.enumerated() where !cell.label.isEmpty {
      labelled.append(i)
      let place =
        (axis.lowerUnit == .week ? l.x(cell.start) + TimeAxis.tickGap : (l.x(cell.start) + l.x(cell.end)) / 2)
        + cell.shift
      let node = texts.first { $0.text == cell.label && abs($0.x - place) < 0.01 }
      guard let node else {
        Issue.record("\(c): no node for \(cell.label)")
        continue
      }
      if axis.lowerUnit == .week {
        #expect(cell.start.isoWeekday == 1, "\(c): week label '\(cell.label)' is not a Monday's")
        #expect(
          abs(node.minX - l.x(cell.start) - TimeAxis.tickGap) < 0.01, "\(c): '\(cell.label)' is off its tick")
      }
      if let owner = axis.upper.last(where: { $0.start <= cell.start }) {
        #expect(
          node.minX >= l.x(owner.start) - 0.01 && node.maxX <= l.x(owner.end) + 0.01,
          "\(c): '\(cell.label)' leaves its \(axis.upperUnit) \(owner.label)")
      }
    }
    // Thinned labels keep one step (gaps may only be a multiple of it where a label was dropped).
    let gaps = zip(labelled.dropFirst(), labelled).map { $0 - $1 }
    if let step = gaps.min(), step > 1, axis.lowerUnit == .quarter || axis.lowerUnit == .month {
      #expect(gaps.allSatisfy { $0 % step == 0 }, "\(c): gaps \(gaps)")
      #expect([2, 3, 4, 6, 12].contains(step), "\(c): step \(step)")
    }
  }

  @Test(arguments: cases.filter(\.marks)) func everyMarkerLineShows(_ c: SweepCase) {
    let lines = elements(c).1.filter { ($0.role == "today" || $0.role == "marker") && $0.kind == "line" }
    let xs = Set(lines.map { ($0.x * 100).rounded() })
    let markers = c.layout().scene.group("markers")!.count
    #expect(xs.count == markers, "\(c): \(markers) markers on \(xs.count) distinct lines")
  }
}

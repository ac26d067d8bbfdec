import ChartTestSupport
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

  @Test(arguments: cases) func categoriesPastTheColoursKeepADistinctPattern(_ c: SweepCase) {
    let found = SceneChecks.categoryCueProblems(
      elements(c).1, roadmap: sweepRoadmap(span: c.span, count: c.count))
    #expect(found.isEmpty, "\(c): \(found.prefix(3))")
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
    let l = c.layout()
    let count = l.scene.group("markers")!.count
    // The pieces that reach down into the rows, one per marker.
    let lines = elements(c).1.filter { ($0.role == "today" || $0.role == "marker") && $0.kind == "line" }
    let rowsBottom = lines.map(\.maxY).max()!
    let xs = Set(lines.filter { $0.maxY == rowsBottom }.map { ($0.x * 100).rounded() })
    #expect(xs.count == count, "\(c): \(count) markers on \(xs.count) distinct lines")
  }

  @Test(arguments: cases.filter(\.marks)) func everyMarkerLabelLeadsToItsLine(_ c: SweepCase) {
    let l = c.layout()
    let markers = l.scene.group("markers")!
    let bottom = Scene.texts(in: markers).isEmpty ? 0 : markerBottom(markers)
    let found = SceneChecks.unattachedMarkerLabels(markers, lineX: c.markerXs(l), bottom: bottom)
    #expect(found.isEmpty, "\(c): \(found.prefix(3))")
  }

  /// The lowest end of any marker line: the bottom of the rows.
  func markerBottom(_ markers: [SceneNode]) -> Double {
    var bottom = 0.0
    func walk(_ nodes: [SceneNode]) {
      for node in nodes {
        if case .line(let l) = node { bottom = max(bottom, l.to.y) }
        if case .group(_, let children) = node { walk(children) }
      }
    }
    walk(markers)
    return bottom
  }
}

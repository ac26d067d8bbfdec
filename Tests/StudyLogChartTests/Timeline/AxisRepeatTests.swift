import ChartTestSupport
import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// Long charts repeat the axis inside the rows, so that no row is far from a date scale.
@Suite struct AxisRepeatTests {
  /// The tops of every axis band (the top one, the repeats, the one under the rows) and the
  /// labels of each, from the scene's elements.
  func axes(_ l: ChartLayout) -> [(top: Double, labels: [String])] {
    let elements = l.scene.elements(measurer: FixedWidthMeasurer())
    let bands = elements.filter { $0.role == "axis" && $0.kind == "rect" }
    return bands.map { band in
      let labels = elements.filter {
        $0.role == "axis" && $0.kind == "text" && $0.y >= band.y && $0.maxY <= band.maxY
      }
      return (band.y, labels.sorted { ($0.y, $0.x) < ($1.y, $1.x) }.map(\.text!))
    }
  }

  @Test(arguments: [(Theme.light, Language.en), (Theme.dark, Language.ko)])
  func fiveHundredRowsShowTheAxisEveryFortyRowsOrSooner(theme: Theme, locale: Language) {
    let c = SweepCase(
      span: 1095, count: 500, width: 1200, cropped: false, marks: true, theme: theme, locale: locale)
    let l = c.layout()
    let found = axes(l)
    // The top axis, one inside about every 40 rows, and the bottom one.
    #expect(found.count >= 2 + 500 / ChartLayout.axisRepeatRows - 1, "\(found.count) axes")
    // Each repeat reads exactly like the top axis.
    let top = found[0].labels
    #expect(!top.isEmpty)
    for axis in found.dropFirst().dropLast() { #expect(axis.labels == top, "axis at \(axis.top)") }
    // No row is more than 40 rows and the section headings between below an axis.
    let rows = l.scene.elements(measurer: FixedWidthMeasurer()).filter { $0.role == "label" }.map(\.y)
    #expect(rows.count == 500)
    let most = Double(ChartLayout.axisRepeatRows) * ChartLayout.rowHeight + 4 * ChartLayout.sectionHeight
    for y in rows {
      let above = found.map(\.top).filter { $0 < y }.max()!
      #expect(y - above <= most, "row at \(y), axis at \(above)")
    }
    // Axes never cover a row: each band lies between rows.
    let bandTops = found.map(\.top)
    for y in rows {
      #expect(
        !bandTops.contains { $0 < y && y < $0 + 2 * ChartLayout.tierHeight }, "row at \(y) under an axis")
    }
  }

  @Test func chartsOfFortyRowsOrFewerHaveNoRepeat() {
    let c = SweepCase(
      span: 365, count: 40, width: 1200, cropped: false, marks: false, theme: .light, locale: .en)
    let found = axes(c.layout())
    // The top axis and the one under the rows only.
    #expect(found.count == 2)
  }
}

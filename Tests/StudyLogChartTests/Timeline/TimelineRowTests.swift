import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// An item's row: its bars and milestone diamonds, where they start and end, the arrows of bars
/// that run on beyond the window, and the annotations after them.
@Suite struct TimelineRowTests {
  let oneBar = oneBarLayout()

  let l = layout(rowsCSV)

  func texts(_ id: String) -> [String] { Scene.texts(in: rowNodes(l, id)).map(\.text) }

  @Test func plannedBarSpansItsDaysInclusive() {
    let rects = Scene.rects(in: rowNodes(oneBar, "1"))
    let planned = rects[0]
    // 2024-02-01 is 31 days after the window's start; 59 days to the end of 30 March.
    #expect(abs(planned.x - (160 + 31 * 952.0 / 366)) < 1e-9)
    #expect(abs(planned.width - 59 * 952.0 / 366) < 1e-9)
    #expect(planned.height == ChartLayout.plannedBarHeight)
    #expect(planned.x.rounded() == 241)
    #expect(planned.width.rounded() == 153)
  }

  @Test func actualBarIsSolidNarrowerAndEndsAtTheActualEnd() {
    let rects = Scene.rects(in: rowNodes(oneBar, "1"))
    let actual = rects[1]
    #expect(abs(actual.x - (160 + 35 * 952.0 / 366)) < 1e-9)
    #expect(abs(actual.width - 61 * 952.0 / 366) < 1e-9)
    #expect(actual.height == ChartLayout.actualBarHeight)
    #expect(actual.fill == Theme.light.palette[0])
    #expect(rects[0].fill == Theme.light.palette[0].over(.init(hex: "#FFFFFF")!, opacity: 0.32))
  }

  @Test func slipLabelSitsAfterTheBars() {
    let texts = Scene.texts(in: rowNodes(oneBar, "1"))
    #expect(texts.map(\.text) == ["DNS", "+6d"])
    let actualEnd = 160 + 96 * 952.0 / 366
    #expect(abs(texts[1].x - (actualEnd + 6)) < 1e-9)
    #expect(texts[1].color == Theme.light.late)
  }

  @Test func annotations() {
    #expect(texts("1") == ["Early", "−3d"])
    #expect(texts("2") == ["On time"])
    #expect(texts("3") == ["Running", "40%"])
    #expect(texts("4") == ["Exam"])
    #expect(texts("5") == ["Someday", "TBD"])
    #expect(texts("6") == ["Late", "overdue 15d"])
    #expect(texts("7") == ["Loose", "dropped"])
  }

  @Test func inProgressActualBarRunsToToday() {
    let rects = Scene.rects(in: rowNodes(l, "3"))
    #expect(rects.count == 2)
    let end = rects[1].x + rects[1].width
    #expect(abs(end - l.x(day("2024-09-16"))) < 1e-9)
  }

  @Test func milestonesAreDiamondsOnTheDay() {
    let polygons = Scene.polygons(in: rowNodes(l, "4"))
    #expect(polygons.count == 2)  // planned (outline) and done (solid)
    let cx = l.x(day("2024-06-30")) + l.pointsPerDay / 2
    #expect(polygons[0].points.map(\.x) == [cx, cx + 6.5, cx, cx - 6.5])
    #expect(polygons[1].fill == Theme.light.palette[2])
  }

  @Test func overdueBarsAreOutlined() {
    let planned = Scene.rects(in: rowNodes(l, "6"))[0]
    #expect(planned.stroke == Theme.light.late)
    #expect(Scene.rects(in: rowNodes(l, "1"))[0].stroke == Theme.light.palette[0])
  }

  @Test func croppedBarsShowThatTheyContinue() {
    let l = layout(
      "id,category,title,planned\n1,A,a,24.01.01-24.12.31\n2,A,b,23.01.01-23.02.01\n", from: "2024-03-01",
      to: "2024-06-30")
    func arrows(_ id: String) -> [PolygonNode] {
      Scene.polygons(in: rowNodes(l, id))
    }
    let both = arrows("1")
    #expect(both.count == 2)
    #expect(both[0].points[1].x == l.plotLeft - 7)
    #expect(both[1].points[1].x == l.plotRight + 7)
    #expect(arrows("2").count == 1)
    let bar = Scene.rects(in: rowNodes(l, "1"))[0]
    #expect(bar.x == l.plotLeft)
    #expect(abs(bar.x + bar.width - l.plotRight) < 1e-9)
  }
}

import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The study-time heatmap: weeks as columns, levels of the busiest day, its window and month labels.
@Suite struct HeatmapLayoutTests {
  func heatmap(_ sessions: [(String, Double)], today: String = "2024-09-15", from: String? = nil)
    -> HeatmapLayout
  {
    var options = ChartOptions(title: "T", today: day(today))
    options.from = from.map(day)
    let log = sessions.map { Session(day: day($0.0), itemID: "1", hours: $0.1) }
    return HeatmapLayout(sessions: log, options: options, measurer: FixedWidthMeasurer())
  }

  @Test func weeksAreColumnsAndWeekdaysRows() {
    let h = heatmap([("2024-09-02", 1), ("2024-09-04", 2), ("2024-09-04", 2), ("2024-09-15", 0.5)])
    // Whole weeks, Monday to Sunday, from the first session to the last.
    #expect(h.window == DayRange(day("2024-09-02"), day("2024-09-15")))
    #expect(h.hours[day("2024-09-04")] == 4)
    let cells = Scene.rects(in: h.scene.group("cells")!)
    #expect(cells.count == 14)
    // 2024-09-04 is a Wednesday in the first week: column 0, row 2.
    let wednesday = cells[2]
    #expect(wednesday.x == ChartMetrics.margin + HeatmapLayout.weekdayColumn)
    #expect(wednesday.y == cells[0].y + 2 * HeatmapLayout.pitch)
    #expect(wednesday.fill == HeatmapLayout.colors(.light)[4])
    // Today is outlined.
    #expect(cells[13].stroke == Theme.light.today)
    #expect(cells[13].x == wednesday.x + HeatmapLayout.pitch)
  }

  @Test func levelsFollowTheBusiestDay() {
    let h = heatmap([("2024-09-02", 4), ("2024-09-03", 1)])
    #expect(h.thresholds == [1, 2, 3])
    #expect([0, 0.5, 1, 1.5, 2.5, 3, 3.5].map(h.level) == [0, 1, 1, 2, 3, 3, 4])
    #expect(HeatmapLayout.thresholds(max: 0.5) == [0.5, 1, 1.5])
    let legend = Scene.texts(in: h.scene.group("legend")!).map(\.text)
    #expect(legend == ["0", "≤1", "≤2", "≤3", ">3", "hours a day"])
  }

  @Test func aYearAtMostByDefault() {
    let h = heatmap([("2022-01-03", 1), ("2024-09-15", 1)])
    #expect(h.window.days == 53 * 7)
    #expect(h.window.end == day("2024-09-15"))
    let cropped = heatmap([("2022-01-03", 1), ("2024-09-15", 1)], from: "2024-09-01")
    #expect(cropped.window.start == day("2024-08-26"))
  }

  @Test func monthLabelsNeverOverlap() {
    let h = heatmap([("2024-01-01", 1), ("2024-12-29", 1)], today: "2024-12-31")
    let labels = Scene.texts(in: h.scene.group("months")!)
    #expect(labels.count == 12)
    #expect(labels.map(\.text).prefix(3) == ["Jan 2024", "Feb", "Mar"])
    for (a, b) in zip(labels, labels.dropFirst()) {
      #expect(a.maxX + 6 <= b.minX + 1e-9, "\(a.text) \(b.text)")
    }
  }
}

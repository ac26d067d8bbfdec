import StudyLog
import Testing

@testable import StudyLogChart

@Suite struct HeatmapTests {
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

@Suite struct ProgressTests {
  @Test func segmentsByPlannedDays() {
    let csv = """
      category,title,planned,actual,status
      A,done,24.01.01-24.01.10,24.01.01-24.01.10,
      A,doing,24.09.01-24.09.30,24.09.01-,
      A,later,24.10.01-24.10.20,,
      A,someday,TBD,,
      A,gone,24.01.01-24.12.31,,dropped
      B,only tbd,TBD,,

      """
    let p = ProgressLayout(
      roadmap: roadmap(csv), options: ChartOptions(title: "T", today: day("2024-09-15")),
      measurer: FixedWidthMeasurer())
    let a = p.bars[0]
    #expect(a.items == 4)
    // The unscheduled item counts as the category's median planned item: 20 days (10, 30, 20).
    #expect(a.days == [.done: 10, .inProgress: 30, .planned: 20, .unscheduled: 20])
    #expect(a.percent(.done) == 12.5)
    // A category without dates uses the roadmap's median (10, 30, 20, 366 → 25).
    #expect(p.bars[1].days == [.unscheduled: 25])
    #expect(p.bars[2].name == "total")
    #expect(p.bars[2].total == 105)
    let labels = Scene.texts(in: p.scene.group("category A")!).map(\.text)
    #expect(labels == ["A", "4 items", "13%", "38%", "25%", "25%", "13% done"])
  }
}

import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// The progress chart: each category's bar by planned days, unscheduled items counted as a median one.
@Suite struct ProgressLayoutTests {
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

import TestSupport
import Testing

@testable import StudyLog

/// Planned against actual: the slips and days of each item, per category and overall, and the
/// order by slip.
@Suite struct ComparisonTests {
  let comparison = Comparison(weekRoadmap, today: sampleToday)

  @Test func perItem() {
    let v = Dictionary(uniqueKeysWithValues: comparison.items.map { ($0.item.id, $0) })
    #expect(v["1"]!.startSlipDays == -1)
    #expect(v["1"]!.endSlipDays == 2)
    #expect(v["1"]!.plannedDays == 22)
    #expect(v["1"]!.actualDays == 25)
    #expect(v["1"]!.ratio == 25.0 / 22)
    #expect(!v["1"]!.provisional)
    // In progress: today stands in for the end; the end slip is the slip so far, and 15 days
    // before the planned end that is 0, not −15 (which would read as early).
    #expect(v["2"]!.provisional)
    #expect(v["2"]!.end == sampleToday)
    #expect(v["2"]!.endSlipDays == 0)
    #expect(v["2"]!.actualDays == 6)
    #expect(v["4"]!.state == .planned)
    #expect(v["4"]!.endSlipDays == nil)
    #expect(v["6"]!.endSlipDays == -5)
    #expect(v["6"]!.ratio == 26.0 / 31)
  }

  @Test func anItemInProgressPastItsPlannedEndHasSlippedSoFar() {
    let roadmap = Roadmap.load(
      csv: "id,category,title,planned,actual\n1,A,a,24.08.01-24.09.01,24.08.05-\n", source: "r.csv",
      today: day("2024-09-15")
    ).roadmap
    let v = Comparison(roadmap, today: day("2024-09-15")).items[0]
    #expect(v.provisional && v.endSlipDays == 14 && v.actualDays == 42)
  }

  @Test func perCategoryAndOverall() {
    let o = comparison.overall
    #expect(o.items == 6)
    #expect(o.finished == 2)
    #expect(o.onTime == 1)
    #expect(o.onTimeRate == 0.5)
    #expect(o.medianEndSlipDays == -1.5)
    #expect(o.meanEndSlipDays == -1.5)
    #expect(o.daysOverPlan == 3)
    #expect(o.worst?.item.id == "1")
    #expect(comparison.categories.map(\.name) == ["Infra", "Network", "Cloud", "Data"])
    let infra = comparison.categories[0]
    #expect(infra.finished == 1 && infra.onTime == 0)
    #expect(infra.medianEndSlipDays == 2)
    #expect(comparison.categories[1].onTimeRate == nil)
  }

  @Test func sortBySlip() {
    let sorted = Comparison(weekRoadmap, today: sampleToday, sort: .slip)
    // Slips so far count: item 5 is 10 days past its end; 2 and 3, in progress before their
    // planned ends, have slipped 0 so far (tied, in file order), which is later than 6's −5.
    #expect(sorted.items.map(\.item.id) == ["5", "1", "2", "3", "6", "4"])
  }
}

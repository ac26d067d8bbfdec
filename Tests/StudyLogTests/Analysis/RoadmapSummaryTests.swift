import TestSupport
import Testing

@testable import StudyLog

/// The counts, shares, spans and slips of a summary, per category or track and in total.
@Suite struct RoadmapSummaryTests {
  let summary = summaryByCategory

  @Test func countsPerCategory() {
    #expect(summary.groups.map(\.name) == ["Infra", "Network"])
    let infra = summary.groups[0]
    #expect(
      [
        infra.items, infra.done, infra.inProgress, infra.planned, infra.unscheduled, infra.dropped,
        infra.overdue,
      ]
        == [4, 2, 0, 1, 0, 1, 1] as [Int])
    let network = summary.groups[1]
    #expect(
      [network.items, network.done, network.inProgress, network.unscheduled, network.paused, network.overdue]
        == [3, 0, 1, 1, 1, 2] as [Int])
  }

  @Test func percentsSpansDaysAndSlips() {
    let infra = summary.groups[0]
    // 2 done of 3 not dropped; 10 + 20 done days of 10 + 20 + 31 scheduled days.
    #expect(infra.percentDone == 200.0 / 3)
    #expect(infra.percentDoneByDays == 3000.0 / 61)
    #expect(infra.plannedSpan == DayRange(day("2024-01-01"), day("2024-12-31")))
    #expect(infra.actualDays == 15 + 17)
    // Slips +5 and −3.
    #expect(infra.meanEndSlipDays == 1)
    #expect(summary.groups[1].meanEndSlipDays == nil)
    #expect(summary.total.items == 7)
    #expect(summary.total.done == 2)
    #expect(summary.total.percentDone == 200.0 / 6)
  }

  @Test func groupsByTrackWithAGroupForItemsWithoutOne() {
    let byTrack = RoadmapSummary(
      Roadmap.load(csv: summaryCSV, source: "r.csv", today: sampleToday).roadmap, by: .track,
      today: sampleToday
    )
    // Items without a track come first, as in every grouping by track (`Roadmap.byTrack`).
    #expect(byTrack.groups.map(\.name) == ["(no track)", "SRE", "MLOps"])
    #expect(byTrack.groups.map(\.items) == [1, 3, 3])
  }
}

import TestSupport
import Testing

@testable import StudyLog

/// A week's report: its sections, expected against recorded progress, and the study time from the
/// session log.
@Suite struct WeekReportTests {
  let report = weekReport

  @Test func sections() {
    #expect(report.asOf == day("2024-09-15"))
    #expect(report.finished.map(\.id) == ["1"])
    #expect(report.started.map(\.id) == ["2"])
    #expect(report.inProgress.map(\.item.id) == ["2", "3", "5"])
    #expect(report.dueNextWeek.map(\.id) == ["4"])
    #expect(report.overdue.map { "\($0.item.id):\($0.daysLate)" } == ["5:10"])
    #expect(report.notStarted.map { "\($0.item.id):\($0.daysLate)" } == ["4:13"])
  }

  @Test func expectedProgressByDateAgainstRecorded() {
    let checks = Dictionary(uniqueKeysWithValues: report.inProgress.map { ($0.item.id, $0) })
    // Item 2: 7 of 22 planned days have passed; 20% recorded is more than 10 points behind.
    #expect(checks["2"]!.elapsedDays == 6)
    #expect(checks["2"]!.plannedDays == 22)
    #expect(checks["2"]!.expectedPercent == 700.0 / 22)
    #expect(checks["2"]!.pace == .behind)
    // Item 3: 15 of 30 days, 55% recorded: on track.
    #expect(checks["3"]!.expectedPercent == 50)
    #expect(checks["3"]!.pace == .onTrack)
    // Item 5: past its end, so 100% expected; 90% is exactly 10 points behind.
    #expect(checks["5"]!.expectedPercent == 100)
    #expect(checks["5"]!.pace == .behind)
  }

  @Test func studyTime() {
    let t = report.time!
    #expect(t.hours == 7.5)
    #expect(t.previousWeekHours == 4.5)
    #expect(t.sessions == 5)
    #expect(t.daysStudied == 5)
    #expect(t.streak == 5)
    #expect(t.byCategory == [.init(name: "Infra", hours: 5), .init(name: "Network", hours: 2.5)])
    #expect(t.byItem.map { "\($0.item.id):\($0.hours)" } == ["1:3.5", "3:2.5", "2:1.5"])
  }

  @Test func theStreakEndsYesterdayWhenTodayHasNoSessionYet() {
    let monday = day("2024-09-16")
    let r = WeekReport(
      roadmap: weekRoadmap,
      sessions: SessionLog.load(csv: sessionsCSV, source: "s.csv", roadmap: weekRoadmap, today: monday)
        .sessions,
      week: Week(containing: monday), today: monday)
    #expect(r.time!.streak == 5)
    #expect(r.time!.hours == 0)
    #expect(r.time!.previousWeekHours == 7.5)
  }

  @Test func aPastWeekIsTakenAsOfItsLastDay() {
    let r = WeekReport(
      roadmap: weekRoadmap, sessions: nil, week: Week(label: "2024-W36")!, today: sampleToday)
    #expect(r.asOf == day("2024-09-08"))
    #expect(r.finished.isEmpty)
    #expect(r.inProgress.map(\.item.id) == ["1", "3", "5"])
    #expect(r.overdue.map { "\($0.item.id):\($0.daysLate)" } == ["5:3"])
    #expect(r.dueNextWeek.map(\.id) == ["1"])
    #expect(r.time == nil)
  }
}

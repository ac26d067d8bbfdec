import TestSupport
import Testing

@testable import StudyLog

/// Reading a session log: its columns in English or Korean, hours or minutes, items by id or title,
/// and every problem with its line and column.
@Suite struct SessionLogReaderTests {
  @Test func readsHoursMinutesAndKoreanHeaders() {
    let csv = "날짜,항목,분,메모\n2024-09-10,3,90,복습\n24.09.11,Overdue,45,\n"
    let loaded = SessionLog.load(csv: csv, source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
    #expect(loaded.diagnostics.isEmpty)
    #expect(
      loaded.sessions == [
        Session(day: day("2024-09-10"), itemID: "3", hours: 1.5, note: "복습", line: 2),
        Session(day: day("2024-09-11"), itemID: "5", hours: 0.75, line: 3),
      ])
    #expect(loaded.columns == [.date, .item, .minutes, .note])
  }

  @Test func everyProblemWithItsLine() {
    let roadmap = Roadmap.load(
      csv: "id,category,title\n1,A,Same\n2,A,Same\n3,A,Other\n", source: "r.csv", today: sampleToday
    ).roadmap
    let csv = """
      date,item,hours
      2024-09-10,9,1
      2024-09-10,Same,1
      2024-02-30,1,1
      2024-09,1,1
      2024-09-20,1,1
      2024-09-10,1,0
      2024-09-10,1,lots
      2024-09-10,,1

      """
    #expect(
      SessionLog.load(csv: csv, source: "s.csv", roadmap: roadmap, today: sampleToday).diagnostics.map(
        \.description)
        == [
          "s.csv:2:12: error: unknown item '9': no id or title in r.csv matches it",
          "s.csv:3:12: error: ambiguous item 'Same': the items on lines 2, 3 of r.csv have this title; use the id",
          "s.csv:4:1: error: invalid date '2024-02-30': February 2024 has 29 days",
          "s.csv:5:1: error: '2024-09' is a month; a session needs a day",
          "s.csv:6:1: warning: session on 2024-09-20 is after today (2024-09-15)",
          "s.csv:7:14: error: hours '0' is outside 0–24 (more than none, at most a day)",
          "s.csv:8:14: error: hours 'lots' is not a number",
          "s.csv:9:12: error: empty item",
        ])
  }

  @Test func headerProblems() {
    #expect(
      SessionLog.load(csv: "date,item\n", source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
        .diagnostics
        .map(\.description) == [
          "s.csv:1:1: error: missing column 'hours' or 'minutes' (also accepted: 시간, 분)"
        ])
    #expect(
      SessionLog.load(csv: "date,item,hours,분\n", source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
        .diagnostics.map(\.description) == [
          "s.csv:1:17: error: columns 'hours' and '분' both give the time; keep one of them"
        ])
  }
}

import TestSupport
import Testing

@testable import StudyLog

/// A session logged twice (same day, item and hours) is a warning on its second line.
@Suite struct SessionRepetitionTests {
  let roadmap = Roadmap.load(
    csv: "id,category,title\n1,A,One\n2,A,Two\n", source: "r.csv", today: sampleToday
  )
  .roadmap

  @Test func theSecondLineIsWarned() {
    let csv = """
      date,item,hours,note
      2024-09-10,1,1.5,
      2024-09-10,2,1.5,
      2024-09-10,One,1.5,again
      2024-09-11,1,1.5,
      2024-09-10,1,2,
      """
    let loaded = SessionLog.load(csv: csv, source: "s.csv", roadmap: roadmap, today: sampleToday)
    #expect(loaded.sessions.count == 5)
    #expect(
      loaded.diagnostics.map(\.description) == [
        "s.csv:4:1: warning: the same session (2024-09-10, item 1, 1.5 h) is on line 2; logged twice?"
      ])
  }

  @Test func minutesCompareAsHours() {
    let csv = "date,item,minutes\n2024-09-10,1,90\n2024-09-10,1,90\n"
    let loaded = SessionLog.load(csv: csv, source: "s.csv", roadmap: roadmap, today: sampleToday)
    #expect(
      loaded.diagnostics.map(\.description) == [
        "s.csv:3:1: warning: the same session (2024-09-10, item 1, 1.5 h) is on line 2; logged twice?"
      ])
    let again = Session(day: day("2024-09-10"), itemID: "1", hours: 1.5)
    #expect(again.repeated(in: loaded.sessions)?.line == 2)
    #expect(Session(day: day("2024-09-10"), itemID: "2", hours: 1.5).repeated(in: loaded.sessions) == nil)
  }
}

import TestSupport
import Testing

@testable import StudyLog

/// Spreadsheet datetimes read as dates, and the example a date that does not read gets.
@Suite struct DateParserTimeOfDayTests {
  @Test(arguments: [
    "2024-05-01 00:00:00", "2024-05-01 00:00", "2024-05-01T00:00:00", "2024-05-01T00:00:00Z",
    "2024-05-01T00:00:00.000+09:00", "2024. 5. 1 오전 12:00:00", "2024. 5. 1. 오전 12:00:00",
    "2024/05/01 12:00 AM", "2024-05-01 14:30:00", "2024. 5. 1 오후 2:30:00", "2024년 5월 1일 00:00",
  ])
  func aDatetimeReadsAsItsDay(text: String) {
    #expect(DateParser.parseDay(text, role: .start) == .success(day("2024-05-01")))
    #expect(DateParser.parseDay(text, role: .end) == .success(day("2024-05-01")))
    #expect(
      DateParser.parseRange(text) == .success(ParsedRange(start: day("2024-05-01"), end: day("2024-05-01"))))
  }

  @Test(arguments: [
    "2024-05-01 00:00:00", "2024. 5. 1 오전 12:00:00", "2024-05-01T00:00:00", "2024-05-01",
    "2024/05/01 12:00 AM",
  ])
  func midnightNeedsNoWarning(text: String) {
    #expect(DateParser.ignoredTimeWarning(text) == nil)
  }

  @Test(arguments: [
    (
      "2024-05-01 14:30:00",
      "'2024-05-01 14:30:00' has a time of day (14:30:00), which is left out: studylog plans in days;"
        + " write the date alone, as 2024-05-01"
    ),
    (
      "2024. 5. 1 오후 12:00:00",
      "'2024. 5. 1 오후 12:00:00' has a time of day (오후 12:00:00), which is left out: studylog plans in days;"
        + " write the date alone, as 2024. 5. 1"
    ),
  ])
  func anotherTimeIsAWarning(text: String, message: String) {
    #expect(DateParser.ignoredTimeWarning(text) == message)
  }

  @Test func anImpossibleTimeIsNotADate() {
    #expect(DateParser.timeOfDay(in: "2024-05-01 25:00") == nil)
    #expect(
      DateParser.parseDay("2024-05-01 25:00", role: .start)
        == .failure(
          DateParseError(
            isShapeError: true, message: "'2024-05-01 25:00' is not a date; write it as 2024-02-01")))
  }

  @Test(arguments: [
    ("2024-05-0x", "2024-02-01"), ("24-05-0x", "24-02-01"), ("2024.05.0x", "2024.02.01"),
    ("24.5.x", "24.02.01"), ("2024. 5. x", "2024. 2. 1."), ("2024/05/x", "2024/02/01"),
    ("2024년 5월 x일", "2024년 2월 1일"), ("202405011", "20240201"), ("May 1, 2024", "2024-02-01"),
  ])
  func theExampleFollowsTheFormTried(text: String, example: String) {
    #expect(
      DateParser.parseDay(text, role: .start)
        == .failure(
          DateParseError(isShapeError: true, message: "'\(text)' is not a date; write it as \(example)")))
  }

  @Test func aRoadmapWarnsAtTheCellWithATime() {
    let csv = "category,title,planned_start,planned_end\nA,b,2024-05-01 00:00:00,2024. 5. 31 오후 6:00:00\n"
    let loaded = Roadmap.load(csv: csv, source: "r.csv", today: sampleToday)
    #expect(
      loaded.diagnostics.map(\.description) == [
        "r.csv:2:25: warning: '2024. 5. 31 오후 6:00:00' has a time of day (오후 6:00:00), which is left out:"
          + " studylog plans in days; write the date alone, as 2024. 5. 31"
      ])
    #expect(loaded.roadmap.items[0].planned == DayRange(day("2024-05-01"), day("2024-05-31")))
  }
}

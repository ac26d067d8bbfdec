import TestSupport
import Testing

@testable import StudyLog

@Suite struct DateParserTests {
  @Test(arguments: [
    ("2024-02-01", "2024-02-01"), ("2024.02.01", "2024-02-01"), ("2024/02/01", "2024-02-01"),
    ("24.02.01", "2024-02-01"), ("24-02-01", "2024-02-01"), ("2024. 2. 1", "2024-02-01"),
    ("2024. 2. 1.", "2024-02-01"), ("2024.2.1", "2024-02-01"), ("2024-2-1", "2024-02-01"),
    ("  2024-02-01 ", "2024-02-01"), ("2024년 2월 1일", "2024-02-01"), ("2024년2월1일", "2024-02-01"),
    ("20240201", "2024-02-01"), ("2024-02-29", "2024-02-29"), ("99.12.31", "2099-12-31"),
  ])
  func readsEveryDayForm(text: String, iso: String) {
    #expect(DateParser.parseDay(text, role: .start) == .success(day(iso)))
    #expect(DateParser.parseDay(text, role: .end) == .success(day(iso)))
  }

  @Test(arguments: [
    ("2024-03", "2024-03-01", "2024-03-31"), ("2024.03", "2024-03-01", "2024-03-31"),
    ("2024/3", "2024-03-01", "2024-03-31"), ("2024. 2.", "2024-02-01", "2024-02-29"),
    ("2023-02", "2023-02-01", "2023-02-28"), ("2024년 4월", "2024-04-01", "2024-04-30"),
  ])
  func aMonthAloneIsItsFirstOrLastDay(text: String, first: String, last: String) {
    #expect(DateParser.parseDay(text, role: .start) == .success(day(first)))
    #expect(DateParser.parseDay(text, role: .end) == .success(day(last)))
  }

  @Test(arguments: [
    ("2024-02-30", "invalid date '2024-02-30': February 2024 has 29 days"),
    ("2023-02-29", "invalid date '2023-02-29': February 2023 has 28 days"),
    ("2024-04-31", "invalid date '2024-04-31': April 2024 has 30 days"),
    ("2024-13-01", "invalid date '2024-13-01': there is no month 13"),
    ("2024-00", "invalid date '2024-00': there is no month 0"),
    ("24.02.30", "invalid date '24.02.30': February 2024 has 29 days"),
    (
      "02/01/2024",
      "ambiguous date '02/01/2024': it could be 2024-02-01 (month first) or 2024-01-02 (day first); write the year first"
    ),
    (
      "13/01/2024",
      "ambiguous date '13/01/2024': day-first and month-first dates are not accepted; write the year first, as 2024-01-13"
    ),
    (
      "01.13.2024",
      "ambiguous date '01.13.2024': day-first and month-first dates are not accepted; write the year first, as 2024-01-13"
    ),
    (
      "02/01/24",
      "ambiguous date '02/01/24': with slashes it could be year, month or day first; write it year first with four digits, as YYYY-MM-DD"
    ),
    ("next week", "'next week' is not a date; write it as 2024-02-01"),
    ("2024-02-01x", "'2024-02-01x' is not a date; write it as 2024-02-01"),
    ("2024-02.01", "'2024-02.01' is not a date; write it as 2024.02.01"),
    ("2024", "'2024' is not a date; write it as 2024-02-01"),
    ("24.03", "'24.03' is not a date; write it as 24.02.01"),
    ("1.2.3.4", "'1.2.3.4' is not a date; write it as 2024.02.01"),
  ])
  func rejectsWithAReason(text: String, message: String) {
    guard case .failure(let e) = DateParser.parseDay(text, role: .start) else {
      Issue.record("'\(text)' was accepted")
      return
    }
    #expect(e.message == message)
  }

  @Test(arguments: [
    ("24.02.01-24.03.30", "2024-02-01", "2024-03-30"),
    ("2024-02-01-2024-03-30", "2024-02-01", "2024-03-30"),
    ("2024-02-01 - 2024-03-30", "2024-02-01", "2024-03-30"),
    ("2024-02-01 ~ 2024-03-30", "2024-02-01", "2024-03-30"),
    ("2024.02.01~2024.03.30", "2024-02-01", "2024-03-30"),
    ("2024-02-01 – 2024-03-30", "2024-02-01", "2024-03-30"),
    ("2024-02-01 → 2024-03-30", "2024-02-01", "2024-03-30"),
    ("2024-02-01 to 2024-03-30", "2024-02-01", "2024-03-30"),
    ("2024. 2. 1. ~ 2024. 3. 30.", "2024-02-01", "2024-03-30"),
    ("2024. 2. 1 - 2024. 3. 30", "2024-02-01", "2024-03-30"),
    ("2024-03-2024-05", "2024-03-01", "2024-05-31"),
    ("2024-03", "2024-03-01", "2024-03-31"),
    ("24.10.19", "2024-10-19", "2024-10-19"),
  ])
  func readsRanges(text: String, start: String, end: String) {
    #expect(DateParser.parseRange(text) == .success(ParsedRange(start: day(start), end: day(end))))
  }

  @Test func anOpenEndMeansStartedNotFinished() {
    #expect(DateParser.parseRange("24.04.08-") == .success(ParsedRange(start: day("2024-04-08"), end: nil)))
    #expect(
      DateParser.parseRange("2024-04-08 ~") == .success(ParsedRange(start: day("2024-04-08"), end: nil)))
    #expect(DateParser.parseRange("2024-04-08-") == .success(ParsedRange(start: day("2024-04-08"), end: nil)))
  }

  @Test(arguments: [
    ("24.02.30-24.03.30", "invalid date '24.02.30': February 2024 has 29 days"),
    ("2024-02-01 ~ 2024-02-30", "invalid date '2024-02-30': February 2024 has 29 days"),
    (
      "02/01/2024 ~ 03/01/2024",
      "ambiguous date '02/01/2024': it could be 2024-02-01 (month first) or 2024-01-02 (day first); write the year first"
    ),
    ("soon-ish", "'soon-ish' is not a date range; write it as 24.02.01-24.03.30 or 2024-02-01 ~ 2024-03-30"),
    ("~ 2024-03-30", "date range '~ 2024-03-30' has no start"),
  ])
  func rejectsRangesWithTheSpecificReason(text: String, message: String) {
    guard case .failure(let e) = DateParser.parseRange(text) else {
      Issue.record("'\(text)' was accepted")
      return
    }
    #expect(e.message == message)
  }

  @Test(arguments: ["", "  ", "TBD", "tbd", "TBA", "미정", "-", "----", "N/A", "?"])
  func placeholdersMeanNotScheduled(text: String) {
    #expect(DateParser.isPlaceholder(text))
  }

  @Test func aDateIsNotAPlaceholder() {
    #expect(!DateParser.isPlaceholder("2024-02-01"))
    #expect(!DateParser.isPlaceholder("later"))
  }

  /// `2024-02-01`, `2024.02.01` and `2024/02/01` are read from their ten bytes; any other shape
  /// goes the general way, with its own messages.
  @Test func yearFirstDatesOfTenBytes() {
    #expect(DateParser.yearFirst("2024-02-01")! == (2024, 2, 1))
    #expect(DateParser.yearFirst("2024.12.31")! == (2024, 12, 31))
    #expect(DateParser.yearFirst("2024/02/01")! == (2024, 2, 1))
    #expect(DateParser.yearFirst("2024-02/01") == nil)
    #expect(DateParser.yearFirst(" 2024-02-1") == nil)
    #expect(DateParser.yearFirst("２024-02-01") == nil)
    #expect(DateParser.parseDay("2024/02/01", role: .start) == .success(Day(year: 2024, month: 2, day: 1)!))
    #expect(
      DateParser.parseDay("2024-13-01", role: .start)
        == .failure(
          DateParseError(isShapeError: false, message: "invalid date '2024-13-01': there is no month 13")))
    #expect(
      DateParser.parseDay("2024-02/01", role: .start)
        == .failure(
          DateParseError(isShapeError: true, message: "'2024-02/01' is not a date; write it as 2024/02/01")))
  }
}

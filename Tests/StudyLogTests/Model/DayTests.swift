import TestSupport
import Testing

@testable import StudyLog

@Suite struct DayTests {
  @Test func epochAndComponents() {
    #expect(Day(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
    #expect(Day(year: 2024, month: 2, day: 29)!.daysSinceEpoch == 19782)
    #expect(Day(daysSinceEpoch: 19782).iso == "2024-02-29")
    #expect(Day(daysSinceEpoch: -1).iso == "1969-12-31")
    #expect(Day(year: 2000, month: 3, day: 1)!.components == (2000, 3, 1))
  }

  @Test func roundTripsEveryDayOverFourCenturies() {
    var d = Day(year: 1900, month: 1, day: 1)!
    var (y, m, dd) = (1900, 1, 1)
    while y < 2300 {
      #expect(d.components == (y, m, dd))
      d = d + 1
      dd += 1
      if dd > Day.daysIn(year: y, month: m) {
        dd = 1
        m += 1
        if m > 12 { (m, y) = (1, y + 1) }
      }
    }
  }

  @Test func rejectsImpossibleDays() {
    #expect(Day(year: 2024, month: 2, day: 30) == nil)
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
    #expect(Day(year: 2024, month: 13, day: 1) == nil)
    #expect(Day(year: 2024, month: 4, day: 31) == nil)
  }

  @Test func weekdays() {
    #expect(day("1970-01-01").isoWeekday == 4)
    #expect(day("2024-09-15").isoWeekday == 7)
    #expect(day("2024-12-30").isoWeekday == 1)
    #expect(day("1969-12-29").isoWeekday == 1)
  }

  @Test func rangesAreInclusive() {
    let r = DayRange(day("2024-02-01"), day("2024-03-30"))
    #expect(r.days == 59)
    #expect(DayRange(day("2024-05-05"), day("2024-05-05")).days == 1)
    #expect(r.contains(day("2024-03-30")))
    #expect(!r.contains(day("2024-03-31")))
    #expect(day("2024-03-01") - day("2024-02-01") == 29)
  }

  @Test func isoPadsEveryPart() {
    #expect(Day(year: 5, month: 3, day: 7)!.iso == "0005-03-07")
    #expect(Day(year: 2024, month: 12, day: 31)!.iso == "2024-12-31")
    #expect(Day(year: 12_345, month: 1, day: 1)!.iso == "12345-01-01")
    #expect(Day(year: -1, month: 1, day: 1)!.iso == "-0001-01-01")
  }
}

import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// Which day is today: `--today`, else `SOURCE_DATE_EPOCH`, else the clock in the local time zone.
@Suite struct TodayTests {
  @Test func optionWins() {
    #expect(Today.resolve(option: "2024-09-15", sourceDateEpoch: "0") == .success(day("2024-09-15")))
  }

  @Test func sourceDateEpochIsAUTCDay() {
    // 2024-09-15T23:59:59Z and 2024-09-16T00:00:00Z.
    #expect(Today.resolve(option: nil, sourceDateEpoch: "1726444799") == .success(day("2024-09-15")))
    #expect(Today.resolve(option: nil, sourceDateEpoch: "1726444800") == .success(day("2024-09-16")))
    #expect(Today.resolve(option: nil, sourceDateEpoch: "-1") == .success(day("1969-12-31")))
  }

  @Test func localDateInTheGivenTimeZone() {
    let instant = Date(timeIntervalSince1970: 1_726_444_799)  // 2024-09-15T23:59:59Z
    let seoul = TimeZone(identifier: "Asia/Seoul")!
    #expect(
      Today.resolve(option: nil, sourceDateEpoch: nil, now: instant, timeZone: seoul)
        == .success(day("2024-09-16")))
    #expect(
      Today.resolve(option: nil, sourceDateEpoch: "", now: instant, timeZone: .gmt)
        == .success(day("2024-09-15")))
  }

  @Test func badValuesSayWhy() {
    #expect(
      Today.resolve(option: "2024-02-30", sourceDateEpoch: nil)
        == .failure(TodayError(message: "--today: invalid date '2024-02-30': February 2024 has 29 days")))
    #expect(
      Today.resolve(option: "2024-02", sourceDateEpoch: nil)
        == .failure(TodayError(message: "--today '2024-02' names a month, not a day")))
    #expect(
      Today.resolve(option: nil, sourceDateEpoch: "yesterday")
        == .failure(TodayError(message: "SOURCE_DATE_EPOCH 'yesterday' is not a whole number of seconds")))
  }
}

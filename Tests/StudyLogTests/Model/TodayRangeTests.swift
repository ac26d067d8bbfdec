import TestSupport
import Testing

@testable import StudyLog

/// Today is held to the days a `--today` value can name, 0000-01-01 to 9999-12-31, whether it
/// comes from `--today` or from `SOURCE_DATE_EPOCH`; an epoch in milliseconds is called so.
@Suite struct TodayRangeTests {
  @Test func theRangeIsThatOfFourDigitYears() {
    #expect(Today.range == DayRange(day("0000-01-01"), day("9999-12-31")))
    #expect(Today.epochSeconds == -62_167_219_200...253_402_300_799)
    #expect(Today.resolve(option: "0000-01-01", sourceDateEpoch: nil) == .success(day("0000-01-01")))
    #expect(Today.resolve(option: "9999-12-31", sourceDateEpoch: nil) == .success(day("9999-12-31")))
    #expect(
      Today.resolve(option: "10000-01-01", sourceDateEpoch: nil)
        == .failure(
          TodayError(
            message: "--today: '10000-01-01' is not a date; write it as 2024-02-01")))
  }

  @Test func anEpochAtEitherEndIsAccepted() {
    #expect(Today.resolve(option: nil, sourceDateEpoch: "253402300799") == .success(day("9999-12-31")))
    #expect(Today.resolve(option: nil, sourceDateEpoch: "-62167219200") == .success(day("0000-01-01")))
    #expect(Today.resolve(option: nil, sourceDateEpoch: "+1726358400") == .success(day("2024-09-15")))
  }

  @Test func anEpochBeyondTheRangeIsRefused() {
    let message =
      " is outside the days studylog reads: it must be between -62167219200 (0000-01-01) and 253402300799"
      + " (9999-12-31)"
    for epoch in ["99999999999999999", "-99999999999999999", "99999999999999999999999"] {
      #expect(
        Today.resolve(option: nil, sourceDateEpoch: epoch)
          == .failure(TodayError(message: "SOURCE_DATE_EPOCH '\(epoch)'" + message)))
    }
  }

  @Test func anEpochInMillisecondsIsCalledSo() {
    #expect(
      Today.resolve(option: nil, sourceDateEpoch: "1726358400000")
        == .failure(
          TodayError(
            message:
              "SOURCE_DATE_EPOCH '1726358400000' looks like milliseconds; it counts seconds since 1970-01-01"
          )))
  }

  @Test func onlyDigitsAreAWholeNumberOfSeconds() {
    for epoch in ["1e9", "1726358400.5", "-", "٣"] {
      #expect(
        Today.resolve(option: nil, sourceDateEpoch: epoch)
          == .failure(TodayError(message: "SOURCE_DATE_EPOCH '\(epoch)' is not a whole number of seconds")))
    }
  }
}

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A `--today` or `SOURCE_DATE_EPOCH` value that does not name a day.
public struct TodayError: Error, Equatable, Sendable {
  public let message: String
}

extension TodayError: StudyLogError {
  public var errorDescription: String? { message }
  /// A bad `--today` is a usage error (64).
  public var exitCode: Int32 { ExitStatus.usage }
}

/// Decides which day is "today" for a report, so that reports can be pinned and reproduced.
public enum Today {
  /// The days today may be: those a `--today` value can name, 0000-01-01 to 9999-12-31 (a date
  /// is written with a four-digit year). `SOURCE_DATE_EPOCH` is held to the same days.
  public static let range = DayRange(Day(year: 0, month: 1, day: 1)!, Day(year: 9999, month: 12, day: 31)!)

  /// The seconds since 1970-01-01 UTC that fall on a day of `range`:
  /// -62,167,219,200 (0000-01-01T00:00:00Z) to 253,402,300,799 (9999-12-31T23:59:59Z).
  public static let epochSeconds =
    range.start.daysSinceEpoch * 86_400...(range.end.daysSinceEpoch + 1) * 86_400 - 1

  /// `option` (a `--today` value) when given; else `SOURCE_DATE_EPOCH` (seconds since
  /// 1970-01-01 UTC, the reproducible-builds convention) when set; else the calendar date of
  /// `now` in `timeZone`.
  public static func resolve(
    option: String?, sourceDateEpoch: String?, now: Date = Date(), timeZone: TimeZone = .current
  ) -> Result<Day, TodayError> {
    if let option {
      switch DateParser.parseDay(option, role: .start) {
      case .success(let day) where DateParser.parseDay(option, role: .end) == .success(day):
        return .success(day)
      case .success:
        return .failure(TodayError(message: "--today '\(option)' names a month, not a day"))
      case .failure(let e):
        return .failure(TodayError(message: "--today: \(e.message)"))
      }
    }
    if let epoch = sourceDateEpoch?.trimmingWhitespace(), !epoch.isEmpty {
      return day(sourceDateEpoch: epoch)
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return .success(Day(year: c.year!, month: c.month!, day: c.day!)!)
  }

  /// The UTC day of `epoch`, a `SOURCE_DATE_EPOCH` value: whole seconds since 1970-01-01, within
  /// `epochSeconds`. A value whose thousandth is within them is refused as milliseconds.
  static func day(sourceDateEpoch epoch: String) -> Result<Day, TodayError> {
    let digits = epoch.first == "-" || epoch.first == "+" ? epoch.dropFirst() : Substring(epoch)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return .failure(TodayError(message: "SOURCE_DATE_EPOCH '\(epoch)' is not a whole number of seconds"))
    }
    guard let seconds = Int(epoch), epochSeconds.contains(seconds) else {
      if let seconds = Int(epoch), epochSeconds.contains(seconds / 1000) {
        return .failure(
          TodayError(
            message:
              "SOURCE_DATE_EPOCH '\(epoch)' looks like milliseconds; it counts seconds since 1970-01-01"))
      }
      return .failure(
        TodayError(
          message: "SOURCE_DATE_EPOCH '\(epoch)' is outside the days studylog reads: it must be between"
            + " \(epochSeconds.lowerBound) (\(range.start.iso)) and \(epochSeconds.upperBound) (\(range.end.iso))"
        ))
    }
    let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
    return .success(Day(daysSinceEpoch: days))
  }
}

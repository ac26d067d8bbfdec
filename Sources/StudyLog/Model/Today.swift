import Foundation

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
      guard let seconds = Int(epoch) else {
        return .failure(TodayError(message: "SOURCE_DATE_EPOCH '\(epoch)' is not a whole number of seconds"))
      }
      let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
      return .success(Day(daysSinceEpoch: days))
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return .success(Day(year: c.year!, month: c.month!, day: c.day!)!)
  }
}

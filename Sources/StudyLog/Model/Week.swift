/// The first day of a week.
public enum WeekStart: String, Sendable, CaseIterable {
  /// ISO 8601.
  case monday
  case sunday
}

/// A calendar week: seven days from `start`, named by its ISO week (`2024-W37`).
///
/// A week that starts on Sunday is named after the ISO week of its Monday, the day after: the
/// Sunday-start week 2024-W37 runs from 2024-09-08 to 2024-09-14.
public struct Week: Hashable, Sendable {
  public let start: Day
  public let firstDay: WeekStart

  /// The last day, inclusive.
  public var end: Day { start + 6 }
  public var days: DayRange { DayRange(start, end) }

  /// The ISO week-numbering year and week of the week's Monday.
  public var isoYearAndWeek: (year: Int, week: Int) {
    let monday = firstDay == .monday ? start : start + 1
    let thursday = monday + 3
    let jan1 = Day(year: thursday.year, month: 1, day: 1)!
    return (thursday.year, (thursday - jan1) / 7 + 1)
  }

  /// `2024-W37`.
  public var label: String {
    let (y, w) = isoYearAndWeek
    return "\(y)-W\(w < 10 ? "0" : "")\(w)"
  }

  public var previous: Week { Week(start: start - 7, firstDay: firstDay) }
  public var next: Week { Week(start: start + 7, firstDay: firstDay) }

  init(start: Day, firstDay: WeekStart) {
    self.start = start
    self.firstDay = firstDay
  }

  /// The week that holds `day`.
  public init(containing day: Day, firstDay: WeekStart = .monday) {
    let offset = firstDay == .monday ? day.isoWeekday - 1 : day.isoWeekday % 7
    self.init(start: day - offset, firstDay: firstDay)
  }

  /// The week named `2024-W37` (or `2024W37`, `2024-w37`); nil when there is no such week.
  public init?(label: String, firstDay: WeekStart = .monday) {
    let text = label.trimmingWhitespace().uppercased()
    let parts = text.split(separator: "W", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    var yearText = parts[0]
    if yearText.hasSuffix("-") { yearText = yearText.dropLast() }
    guard yearText.count == 4, let year = Int(yearText), let week = Int(parts[1]), parts[1].count <= 2,
      week >= 1
    else { return nil }
    // The Monday of ISO week 1 is the Monday of the week that holds 4 January.
    let jan4 = Day(year: year, month: 1, day: 4)!
    let monday = jan4 - (jan4.isoWeekday - 1) + (week - 1) * 7
    let candidate = Week(start: firstDay == .monday ? monday : monday - 1, firstDay: firstDay)
    guard candidate.isoYearAndWeek == (year, week) else { return nil }
    self = candidate
  }
}

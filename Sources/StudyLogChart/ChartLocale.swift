import StudyLog

/// The words and date formats of charts.
extension Language {
  var today: String { self == .ko ? "오늘" : "today" }
  var planned: String { self == .ko ? "계획" : "planned" }
  var actual: String { self == .ko ? "실제" : "actual" }
  var milestone: String { self == .ko ? "마일스톤" : "milestone" }
  var tbd: String { self == .ko ? "미정" : "TBD" }
  var paused: String { self == .ko ? "보류" : "paused" }
  var dropped: String { self == .ko ? "중단" : "dropped" }

  func items(_ n: Int) -> String { self == .ko ? "항목 \(n)개" : "\(n) item\(n == 1 ? "" : "s")" }
  func asOf(_ day: Day) -> String { self == .ko ? "\(day.iso) 기준" : "as of \(day.iso)" }
  func done(_ done: Int, of total: Int) -> String {
    self == .ko ? "\(done)/\(total) 완료" : "\(done)/\(total) done"
  }
  func overdue(days: Int) -> String { self == .ko ? "\(days)일 지연" : "overdue \(days)d" }
  var noTrack: String { self == .ko ? "기타" : "Other" }

  /// A slip in days: `+6d` late, `−3d` early (`+6일`, `−3일`).
  func slip(_ days: Int) -> String {
    let unit = self == .ko ? "일" : "d"
    return (days > 0 ? "+" : "−") + "\(abs(days))\(unit)"
  }

  static let monthsLong = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  static let monthsShort = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// Labels for a month, longest first.
  func monthLabels(year: Int, month: Int, withYear: Bool) -> [String] {
    switch self {
    case .ko:
      return withYear
        ? ["\(year)년 \(month)월", "\(year % 100)년 \(month)월", "\(month)월"] : ["\(month)월", "\(month)"]
    case .en:
      let long = Self.monthsLong[month - 1]
      let short = Self.monthsShort[month - 1]
      return withYear
        ? ["\(long) \(year)", "\(short) \(year)", "\(short) ’\(year % 100)", short]
        : [short, String(short.prefix(1))]
    }
  }

  /// Labels for a year, longest first.
  func yearLabels(_ year: Int) -> [String] {
    self == .ko ? ["\(year)년", "\(year)", "’\(year % 100)"] : ["\(year)", "’\(year % 100)"]
  }

  /// Labels for a quarter (1...4), longest first.
  func quarterLabels(_ quarter: Int, year: Int) -> [String] {
    self == .ko ? ["\(quarter)분기", "Q\(quarter)"] : ["Q\(quarter) \(year)", "Q\(quarter)"]
  }

  /// Labels for the ISO week starting on `monday`, longest first.
  func weekLabels(_ monday: Day, week: Int) -> [String] {
    let (_, m, d) = monday.components
    switch self {
    case .ko: return ["\(week)주 · \(m)월 \(d)일", "\(week)주", "\(week)"]
    case .en: return ["W\(week) · \(Self.monthsShort[m - 1]) \(d)", "W\(week)", "\(week)"]
    }
  }
}

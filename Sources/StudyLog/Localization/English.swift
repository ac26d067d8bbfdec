/// The English table.
enum English: PhraseTable {
  // MARK: - Charts

  static func text(_ phrase: ChartPhrase) -> String {
    switch phrase {
    case .today: return "today"
    case .planned: return "planned"
    case .actual: return "actual"
    case .milestone: return "milestone"
    case .tbd: return "TBD"
    case .paused: return "paused"
    case .dropped: return "dropped"
    case .noTrack: return "Other"
    case .items(let n): return "\(n) item\(n == 1 ? "" : "s")"
    case .asOf(let day): return "as of \(day.iso)"
    case .doneCount(let done, let total): return "\(done)/\(total) done"
    case .overdueDays(let days): return "overdue \(days)d"
    case .slip(let days): return (days > 0 ? "+" : "−") + "\(abs(days))d"
    case .studyTime: return "study time"
    case .studyTotals(let hours, let sessions, let days):
      return "\(ChartPhrase.hours(hours)) h in \(sessions) session\(sessions == 1 ? "" : "s")"
        + " on \(days) day\(days == 1 ? "" : "s")"
    case .weekday(let n): return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][n - 1]
    case .hoursADay: return "hours a day"
    case .done: return "done"
    case .inProgress: return "in progress"
    case .percentDone(let percent): return "\(percent)% done"
    case .progressByCategory: return "progress by category"
    case .byPlannedDays: return "by planned days"
    case .total: return "Total"
    case .noDates: return "no dates"
    }
  }

  static func forms(_ label: ChartLabel) -> [String] {
    switch label {
    case .month(let year, let month, let withYear):
      let long = monthsLong[month - 1]
      let short = monthsShort[month - 1]
      return withYear
        ? ["\(long) \(year)", "\(short) \(year)", "\(short) ’\(year % 100)", short]
        : [short, String(short.prefix(1))]
    case .year(let year): return ["\(year)", "’\(year % 100)"]
    case .quarter(let quarter, let year): return ["Q\(quarter) \(year)", "Q\(quarter)"]
    case .week(let monday, let number):
      let (_, month, day) = monday.components
      return ["W\(number) · \(monthsShort[month - 1]) \(day)", "W\(number)", "\(number)"]
    }
  }

  private static let monthsLong = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  private static let monthsShort = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  // MARK: - Reports

  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .none: return "none"
    }
  }
}

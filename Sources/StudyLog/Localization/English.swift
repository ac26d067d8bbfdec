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
    case .plannedRange(let r):
      return r.isSingleDay
        ? "planned \(r.start.iso)"
        : "planned \(r.start.iso) – \(r.end.iso) (\(r.days) day\(r.days == 1 ? "" : "s"))"
    case .actualRange(let start, let end):
      return end.map { "actual \(start.iso) – \($0.iso)" } ?? "actual \(start.iso) –"
    case .progressPercent(let percent): return "progress \(percent)%"
    case .endSlip(let days):
      let n = abs(days)
      return days == 0 ? "on time" : "\(n) day\(n == 1 ? "" : "s") " + (days > 0 ? "late" : "early")
    case .statusCounts(let done, let inProgress, let overdue):
      return "\(done) done, \(inProgress) in progress, \(overdue) overdue"
    }
  }

  static func forms(_ label: ChartLabel) -> [String] {
    switch label {
    case .month(let year, let month, let withYear):
      let long = monthsLong[month - 1]
      let short = monthsShort[month - 1]
      return withYear
        ? ["\(long) \(year)", "\(short) \(year)", "\(short) ’\(year % 100)", short]
        : [short]  // Initials (J F M … J J) would read as one another: thinned instead.
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

  // MARK: - Posts

  static func text(_ phrase: PostPhrase) -> String {
    switch phrase {
    case .timelineAlt(let title, let items, let span, let done):
      let what = "\(title): timeline of \(items) item\(items == 1 ? "" : "s")"
      return what + (span.map { ", \($0.start.iso) – \($0.end.iso)" } ?? "") + ", \(done) done"
    case .status(let status):
      switch status {
      case .planned: return "planned"
      case .active: return "in progress"
      case .done: return "done"
      case .paused: return "paused"
      case .dropped: return "dropped"
      }
    }
  }

  // MARK: - Reports

  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .none: return "none"
    case .days(let n): return "\(n) day\(n == 1 ? "" : "s")"
    case .total: return "total"
    case .unscheduled: return "TBD"
    case .signedDays(let n): return n == "–" ? n : n + "d"
    case .slipCell(let n): return n
    case .slipSoFar(let n): return "\(n) so far"
    case .hoursAmount(let hours): return Format.oneDecimal(hours) + " h"
    case .summaryNoTrack: return RoadmapSummary.noTrack
    case .roadmap: return "Roadmap"
    case .exportHeader(let column):
      switch column {
      case .id: return "Number"
      case .track: return "Track"
      case .category: return "Category"
      case .title: return "Title"
      case .description: return "Description"
      case .url: return "URL"
      case .plannedStart: return "Start"
      case .plannedEnd: return "End"
      case .planned: return "Date"
      case .actualStart: return "Started"
      case .actualEnd: return "Finished"
      case .actual: return "Actual"
      case .progress: return "Progress"
      case .status: return "Status"
      }

    case .weekHeading(let week, let first, let last, let asOf):
      return "Week \(week) (\(first.iso) – \(last.iso)) · as of \(asOf.iso)"
    case .weekFinished: return "Finished"
    case .weekStarted: return "Started"
    case .weekInProgress: return "In progress"
    case .weekDueNextWeek: return "Due next week"
    case .weekOverdue: return "Overdue"
    case .weekNotStarted: return "Planned to start, not started"
    case .weekStudyTime: return "Study time"
    case .weekByCategory: return "by category"
    case .weekByItem: return "by item"
    case .weekItem: return "item"
    case .weekElapsed: return "elapsed"
    case .weekPlanned: return "planned"
    case .weekExpected: return "expected"
    case .weekRecorded: return "recorded"
    case .weekPace: return "pace"
    case .weekHours: return "hours"
    case .weekCategory: return "category"
    case .pace(let pace):
      switch pace {
      case .ahead: return "ahead"
      case .onTrack: return "on track"
      case .behind: return "behind"
      case .unknown: return "–"
      }
    case .finishedOn(let end, let slip?) where slip != 0:
      return "finished \(end.iso), \(text(.days(abs(slip)))) \(slip > 0 ? "late" : "early")"
    case .finishedOn(let end, _): return "finished \(end.iso), on time"
    case .startedOn(let start): return "started \(start.iso)"
    case .plannedEnd(let end): return "planned end \(end.iso)"
    case .overdue(let days, let end): return "\(text(.days(days))) late (planned end \(end.iso))"
    case .notStarted(let start, let days): return "planned to start \(start.iso) (\(text(.days(days))) ago)"
    case .studyTimeLine(let hours, let sessions, let daysStudied, let previous, let streak):
      return
        "\(text(.hoursAmount(hours))) in \(sessions) session\(sessions == 1 ? "" : "s") on \(text(.days(daysStudied)))"
        + " (previous week \(text(.hoursAmount(previous))), \(Format.change(hours - previous)) h)"
        + " · streak \(text(.days(streak)))"

    case .summaryHeading(let title, let items, let grouping, let asOf):
      return
        "\(title): \(items) item\(items == 1 ? "" : "s") by \(text(.grouping(grouping))), as of \(asOf.iso)"
    case .grouping(.category): return "category"
    case .grouping(.track): return "track"
    case .summaryItems: return "items"
    case .summaryDone: return "done"
    case .summaryActive: return "active"
    case .summaryPlanned: return "planned"
    case .summaryOverdue: return "overdue"
    case .summaryDonePercent: return "done %"
    case .summaryDaysPercent: return "days %"
    case .summaryPlannedSpan: return "planned span"
    case .summaryDaysSpent: return "days spent"
    case .summaryEndSlip: return "end slip"
    case .summaryNote:
      return "active: in progress; done %: of items not dropped; days %: of planned days;"
        + " end slip: mean of actual end − planned end over finished items (+ is late)"
    case .summaryPausedDropped(let paused, let dropped): return "paused: \(paused), dropped: \(dropped)"
    case .summaryLateStart(let n): return "not started although planned to: \(n)"

    case .comparisonHeading(let title, let asOf):
      return "\(title): planned against actual, as of \(asOf.iso)"
    case .comparisonID: return "id"
    case .comparisonCategory: return "category"
    case .comparisonTitle: return "title"
    case .comparisonPlanned: return "planned"
    case .comparisonActual: return "actual"
    case .comparisonStartSlip: return "start slip"
    case .comparisonEndSlip: return "end slip"
    case .comparisonPlannedDays: return "planned d"
    case .comparisonActualDays: return "actual d"
    case .comparisonRatio: return "ratio"
    case .comparisonState: return "state"
    case .comparisonItems: return "items"
    case .comparisonFinished: return "finished"
    case .comparisonOnTime: return "on time"
    case .comparisonOnTimeRate: return "on-time rate"
    case .comparisonMedianSlip: return "median slip"
    case .comparisonMeanSlip: return "mean slip"
    case .comparisonDaysOverPlan: return "days over plan"
    case .comparisonWorst: return "worst"
    case .untilToday: return "(today)"
    case .overall: return "overall"
    case .state(let state):
      switch state {
      case .done: return "done"
      case .inProgress: return "in progress"
      case .planned: return "planned"
      case .unscheduled: return "unscheduled"
      case .paused: return "paused"
      case .dropped: return "dropped"
      }
    case .comparisonFootnote(let today):
      return "in progress: the actual days run to today (\(today.iso)); the end slip so far is the days"
        + " from the planned end to today (0 before it). Slips in days, + is late;"
        + " figures are over finished items with planned dates."
    case .comparisonCSVHeader(let column): return column.rawValue
    case .flag(let value): return value ? "true" : "false"
    }
  }
}

/// The words of charts: every text a chart draws, as a key (labels with several forms to choose
/// from are `ChartLabel`s). Each language's table (`English`, `Korean`) gives the text of every
/// key, so that adding a language is one table and one case of `Language`.
public enum ChartPhrase: Hashable, Sendable {
  /// The today line's label and legend entry.
  case today
  /// The legend entry of planned bars; the progress chart's planned segment.
  case planned
  /// The legend entry of actual bars.
  case actual
  /// The legend entry of milestone diamonds.
  case milestone
  /// What an item without dates shows in its row; the progress chart's unscheduled segment.
  case tbd
  /// The annotation of a paused item.
  case paused
  /// The annotation of a dropped item.
  case dropped
  /// The section of items without a track.
  case noTrack
  /// A number of items: `7 items`.
  case items(Int)
  /// The day a chart describes: `as of 2024-09-15`.
  case asOf(Day)
  /// How many of a section's items are done: `3/5 done`.
  case doneCount(Int, of: Int)
  /// How many days past its planned end an item is: `overdue 15d`.
  case overdueDays(Int)
  /// A finished item's slip in days, never 0: `+6d` late, `−3d` early.
  case slip(Int)
  /// The heatmap's title, after the roadmap's title.
  case studyTime
  /// The heatmap's totals: `12.5 h in 9 sessions on 7 days`.
  case studyTotals(hours: Double, sessions: Int, days: Int)
  /// A weekday's short name, 1 (Monday) to 7 (Sunday), ISO 8601.
  case weekday(Int)
  /// The unit of the heatmap's scale.
  case hoursADay
  /// The progress chart's done segment.
  case done
  /// The progress chart's in-progress segment.
  case inProgress
  /// The share of a bar that is done: `13% done`.
  case percentDone(Int)
  /// The progress chart's title, after the roadmap's title.
  case progressByCategory
  /// What the progress chart measures, in its subtitle.
  case byPlannedDays
  /// The name of the progress chart's total bar.
  case total
  /// What a progress bar without days shows.
  case noDates
  /// A tooltip's planned dates: `planned 2024-01-08 – 2024-02-04 (28 days)`; one day for a milestone.
  case plannedRange(DayRange)
  /// A tooltip's actual dates; `end` is nil while the item is under way: `actual 2024-09-02 –`.
  case actualRange(start: Day, end: Day?)
  /// Recorded progress, in a tooltip: `progress 60%`.
  case progressPercent(Int)
  /// A finished item's end slip in words, in its tooltip: `6 days late`, `3 days early`, `on time`.
  case endSlip(Int)
  /// The counts in an SVG timeline's description: `11 done, 1 in progress, 2 overdue`.
  case statusCounts(done: Int, inProgress: Int, overdue: Int)

  /// A number of hours as briefly as it reads exactly: `12`, `12.5`.
  static func hours(_ h: Double) -> String {
    h == h.rounded() ? "\(Int(h))" : "\((h * 10).rounded() / 10)"
  }
}

/// A chart label that comes in several forms, longest first, so that a chart can choose the longest
/// that fits; see `ChartPhrase`.
public enum ChartLabel: Hashable, Sendable {
  /// A month (1...12) of a year; `withYear` asks for forms that name the year too (but for the
  /// shortest ones, which may not).
  case month(year: Int, month: Int, withYear: Bool)
  /// A year.
  case year(Int)
  /// A quarter (1...4) of a year.
  case quarter(Int, year: Int)
  /// The ISO 8601 week `number` that starts on `monday`.
  case week(monday: Day, number: Int)
}

/// The words `sync` writes into a post; see `ChartPhrase`.
public enum PostPhrase: Hashable, Sendable {
  /// The default alt text of a timeline image: what it shows.
  case timelineAlt(title: String, items: Int, span: DayRange?, done: Int)
  /// A status cell, in words `import` reads back (`DeclaredStatus(cell:)`).
  case status(DeclaredStatus)
}

/// The words of the week, summary and comparison reports, as keys; see `ChartPhrase`. Numbers,
/// days and dates come as associated values, so that each language orders the sentence its way.
public enum ReportPhrase: Hashable, Sendable {
  // Shared.

  /// What a report shows for an empty list.
  case none
  /// A number of days: `3 days`.
  case days(Int)
  /// The first cell of a summary's total row.
  case total
  /// No planned dates yet: the comparison's planned cell and the summary's column of such items.
  case unscheduled
  /// A signed number of days with its unit, as `Format.signed` writes it: `+5.4d`, `+5.4일`;
  /// `–` as it is.
  case signedDays(String)
  /// A slip in a comparison's cell: `+5` (the column names the unit), `+5일`; `–` as it is.
  case slipCell(String)
  /// The end slip so far of an item in progress: `+14 so far`, `진행 중 +14일`.
  case slipSoFar(String)
  /// Hours with one decimal and their unit: `9.0 h`, `9.0시간`.
  case hoursAmount(Double)
  /// The group of items without a track, in a summary by track.
  case summaryNoTrack
  /// The word roadmap: a default title's, a Mermaid section of items without a track.
  case roadmap
  /// The header of an exported markdown table's column; import reads it back.
  case exportHeader(RoadmapColumn)

  // The week report.

  /// `Week 2024-W37 (2024-09-09 – 2024-09-15) · as of 2024-09-15`.
  case weekHeading(week: String, first: Day, last: Day, asOf: Day)
  /// Section: items finished in the week.
  case weekFinished
  /// Section: items started in the week.
  case weekStarted
  /// Section: items in progress at the end of the week.
  case weekInProgress
  /// Section: items planned to end in the next week.
  case weekDueNextWeek
  /// Section: items past their planned end.
  case weekOverdue
  /// Section: items past their planned start without an actual start.
  case weekNotStarted
  /// Section: hours from the session log.
  case weekStudyTime
  /// Label of the hours per category.
  case weekByCategory
  /// Label of the hours per item.
  case weekByItem
  /// Column: the item.
  case weekItem
  /// Column: days since the actual start.
  case weekElapsed
  /// Column: planned days.
  case weekPlanned
  /// Column: the progress expected from the planned dates.
  case weekExpected
  /// Column: the progress recorded in the roadmap.
  case weekRecorded
  /// Column: recorded against expected progress.
  case weekPace
  /// Column: hours studied.
  case weekHours
  /// Column: the category.
  case weekCategory
  /// Recorded against expected progress: `ahead`, `on track`, `behind`, `–`.
  case pace(Pace)
  /// `finished 2024-09-10, 2 days late`: the actual end and end slip of a finished item.
  case finishedOn(Day, slipDays: Int?)
  /// `started 2024-09-10`.
  case startedOn(Day)
  /// `planned end 2024-09-20`: an item due next week.
  case plannedEnd(Day)
  /// `7 days late (planned end 2024-09-08)`.
  case overdue(days: Int, plannedEnd: Day)
  /// `planned to start 2024-09-02 (13 days ago)`.
  case notStarted(plannedStart: Day, days: Int)
  /// `9.0 h in 5 sessions on 5 days (previous week 8.0 h, +1.0 h) · streak 1 day`.
  case studyTimeLine(hours: Double, sessions: Int, daysStudied: Int, previousWeekHours: Double, streak: Int)

  // The summary.

  /// `Career map: 23 items by category, as of 2024-09-15`, after the roadmap's title.
  case summaryHeading(title: String, items: Int, by: Grouping, asOf: Day)
  /// The name of a grouping: the first column's heading and the heading's `by category`.
  case grouping(Grouping)
  /// Column: items in the group.
  case summaryItems
  /// Column: finished items.
  case summaryDone
  /// Column: items in progress.
  case summaryActive
  /// Column: items planned and not started.
  case summaryPlanned
  /// Column: items past their planned end.
  case summaryOverdue
  /// Column: the share of items done.
  case summaryDonePercent
  /// Column: the share of planned days done.
  case summaryDaysPercent
  /// Column: the first planned start to the last planned end.
  case summaryPlannedSpan
  /// Column: actual days spent.
  case summaryDaysSpent
  /// Column: the mean end slip.
  case summaryEndSlip
  /// The note under the table that explains the columns.
  case summaryNote
  /// `paused: 1, dropped: 1`.
  case summaryPausedDropped(paused: Int, dropped: Int)
  /// `not started although planned to: 2`.
  case summaryLateStart(Int)

  // The comparison.

  /// `Career map: planned against actual, as of 2024-09-15`, after the roadmap's title.
  case comparisonHeading(title: String, asOf: Day)
  /// Column: the item's id.
  case comparisonID
  /// Column: the category.
  case comparisonCategory
  /// Column: the title.
  case comparisonTitle
  /// Column: planned dates.
  case comparisonPlanned
  /// Column: actual dates.
  case comparisonActual
  /// Column: actual start minus planned start.
  case comparisonStartSlip
  /// Column: actual end minus planned end.
  case comparisonEndSlip
  /// Column: planned days.
  case comparisonPlannedDays
  /// Column: actual days.
  case comparisonActualDays
  /// Column: actual days over planned days.
  case comparisonRatio
  /// Column: where the item stands.
  case comparisonState
  /// Column: items in the category.
  case comparisonItems
  /// Column: finished items with planned dates.
  case comparisonFinished
  /// Column: finished no later than planned.
  case comparisonOnTime
  /// Column: the share finished on time.
  case comparisonOnTimeRate
  /// Column: the median end slip.
  case comparisonMedianSlip
  /// Column: the mean end slip.
  case comparisonMeanSlip
  /// Column: actual days beyond planned days.
  case comparisonDaysOverPlan
  /// Column: the item that ended latest against its plan.
  case comparisonWorst
  /// The end of an item in progress, which today stands in for: `(today)`.
  case untilToday
  /// The first cell of the row over all items.
  case overall
  /// Where an item stands: `done`, `in progress`, …
  case state(ItemStatus)
  /// The footnote after the `*` mark: what a provisional figure means, and what the figures cover.
  case comparisonFootnote(today: Day)
  /// The header of a column of the comparison's CSV.
  case comparisonCSVHeader(ComparisonCSVColumn)
  /// A yes-or-no cell of a CSV: `true`, `false`.
  case flag(Bool)
}

/// The table of one language: the text of every phrase.
protocol PhraseTable {
  static func text(_ phrase: ChartPhrase) -> String
  static func forms(_ label: ChartLabel) -> [String]
  static func text(_ phrase: ReportPhrase) -> String
  static func text(_ phrase: PostPhrase) -> String
}

extension Language {
  var table: any PhraseTable.Type {
    switch self {
    case .en: return English.self
    case .ko: return Korean.self
    }
  }

  /// The text of a chart phrase in this language.
  public func text(_ phrase: ChartPhrase) -> String { table.text(phrase) }

  /// The forms of a chart label in this language, longest first.
  public func forms(_ label: ChartLabel) -> [String] { table.forms(label) }

  /// The text of a post phrase in this language.
  public func text(_ phrase: PostPhrase) -> String { table.text(phrase) }

  /// The text of a report phrase in this language.
  public func text(_ phrase: ReportPhrase) -> String { table.text(phrase) }
}

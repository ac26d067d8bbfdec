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

/// The words of the text, markdown and CSV reports, as keys; see `ChartPhrase`.
public enum ReportPhrase: Hashable, Sendable {
  /// What a report shows for an empty list.
  case none
}

/// The table of one language: the text of every phrase.
protocol PhraseTable {
  static func text(_ phrase: ChartPhrase) -> String
  static func forms(_ label: ChartLabel) -> [String]
  static func text(_ phrase: ReportPhrase) -> String
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

  /// The text of a report phrase in this language.
  public func text(_ phrase: ReportPhrase) -> String { table.text(phrase) }
}

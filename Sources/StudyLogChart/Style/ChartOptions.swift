import StudyLog

/// The order of rows within a section.
public enum ChartSort: String, Sendable, CaseIterable {
  /// As in the file.
  case file
  /// By planned start; items not scheduled last.
  case start
}

/// A labelled vertical marker (`--mark 2024-06-30="인턴 종료"`).
public struct ChartMark: Hashable, Sendable {
  public var day: Day
  public var label: String

  public init(day: Day, label: String) {
    self.day = day
    self.label = label
  }
}

/// Everything a timeline chart can be asked for, besides the roadmap.
public struct ChartOptions: Sendable {
  public var title: String
  /// The day of the today line, overdue marks and in-progress bars.
  public var today: Day
  /// Width in points; the height follows the number of rows.
  public var width: Double = 1200
  public var theme: Theme = .light
  public var locale: Language = .en
  public var sort: ChartSort = .file
  /// The window's first and last day; derived from the roadmap's dates when nil.
  public var from: Day?
  public var to: Day?
  public var marks: [ChartMark] = []
  /// Category colours that replace the palette's.
  public var colors: [String: Color] = [:]

  public init(title: String, today: Day) {
    self.title = title
    self.today = today
  }

  /// The widths a chart may have, in points.
  public static let widths: ClosedRange<Double> = 300...20_000
  /// The PNG scales a chart may be drawn at, in pixels per point.
  public static let scales: ClosedRange<Double> = 0.25...8
}

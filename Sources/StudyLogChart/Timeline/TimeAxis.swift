import StudyLog

/// The calendar unit of one tier of the time axis.
public enum AxisUnit: String, Sendable {
  case day, week, month, quarter, year
}

/// One cell of an axis tier: a calendar unit's days within the window, and its label (empty
/// when no label fits).
public struct AxisCell: Hashable, Sendable {
  public var start: Day
  /// The first day after the cell.
  public var end: Day
  public var label: String
}

/// A two-tier time axis: the upper tier names the larger unit, the lower tier the smaller one
/// and carries the gridlines.
public struct TimeAxis: Sendable {
  public var upperUnit: AxisUnit
  public var lowerUnit: AxisUnit
  public var upper: [AxisCell]
  public var lower: [AxisCell]

  /// The units for a window: days and weeks for a few weeks, weeks and months up to about nine
  /// months, months and years up to four years, quarters and years beyond.
  public static func units(forSpanDays days: Int) -> (upper: AxisUnit, lower: AxisUnit) {
    switch days {
    case ...45: return (.week, .day)
    case ...280: return (.month, .week)
    case ...1500: return (.year, .month)
    default: return (.year, .quarter)
    }
  }

  /// The first day of the unit that holds `day` (weeks start on Monday, ISO 8601).
  public static func floor(_ day: Day, to unit: AxisUnit) -> Day {
    let (y, m, _) = day.components
    switch unit {
    case .day: return day
    case .week: return day - (day.isoWeekday - 1)
    case .month: return Day(year: y, month: m, day: 1)!
    case .quarter: return Day(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)!
    case .year: return Day(year: y, month: 1, day: 1)!
    }
  }

  /// The first day of the next unit after the one that starts on `start`.
  public static func next(_ start: Day, _ unit: AxisUnit) -> Day {
    let (y, m, _) = start.components
    switch unit {
    case .day: return start + 1
    case .week: return start + 7
    case .month: return m == 12 ? Day(year: y + 1, month: 1, day: 1)! : Day(year: y, month: m + 1, day: 1)!
    case .quarter:
      return m >= 10 ? Day(year: y + 1, month: 1, day: 1)! : Day(year: y, month: m + 3, day: 1)!
    case .year: return Day(year: y + 1, month: 1, day: 1)!
    }
  }

  /// ISO 8601 week number of `day`.
  public static func isoWeek(_ day: Day) -> Int {
    let thursday = day + (4 - day.isoWeekday)
    let jan1 = Day(year: thursday.year, month: 1, day: 1)!
    return (thursday - jan1) / 7 + 1
  }

  /// Lays out both tiers for `window` over `plotWidth` points, choosing label forms and thinning
  /// labels so that no two overlap and none leaves its cell.
  public static func layout(
    window: DayRange, plotWidth: Double, locale: Language, font: Font, measurer: TextMeasuring
  ) -> TimeAxis {
    let (upperUnit, lowerUnit) = units(forSpanDays: window.days)
    let pointsPerDay = plotWidth / Double(window.days)
    func cells(_ unit: AxisUnit, isUpper: Bool) -> [AxisCell] {
      var starts: [(Day, Day)] = []
      var s = floor(window.start, to: unit)
      let stop = window.end + 1
      while s < stop {
        let n = next(s, unit)
        starts.append((max(s, window.start), min(n, stop)))
        s = n
      }
      let forms: [[String]] = starts.map { (start, _) in
        let cellStart = floor(start, to: unit)
        let (y, m, d) = cellStart.components
        switch unit {
        case .day: return [String(d)]
        case .week:
          return isUpper ? locale.forms(.week(monday: cellStart, number: isoWeek(cellStart))) : [String(d)]
        case .month: return locale.forms(.month(year: y, month: m, withYear: isUpper))
        case .quarter: return locale.forms(.quarter((m - 1) / 3 + 1, year: y))
        case .year: return locale.forms(.year(y))
        }
      }
      let labels = chooseLabels(
        forms: forms, spans: starts.map { (Double($0.0 - window.start), Double($0.1 - window.start)) },
        pointsPerDay: pointsPerDay, font: font, measurer: measurer)
      return zip(starts, labels).map { AxisCell(start: $0.0, end: $0.1, label: $1) }
    }
    return TimeAxis(
      upperUnit: upperUnit, lowerUnit: lowerUnit, upper: cells(upperUnit, isUpper: true),
      lower: cells(lowerUnit, isUpper: false))
  }

  /// Minimum space between two labels, and between a label and its cell's edges, in points.
  static let labelGap = 4.0

  /// For each cell, the longest label form with which every full-width cell's label fits; past
  /// the shortest form, every k-th label, with k the smallest step that makes them fit.
  /// Cells cut by the window keep a label only if it fits in what is left of them.
  static func chooseLabels(
    forms: [[String]], spans: [(Double, Double)], pointsPerDay: Double, font: Font, measurer: TextMeasuring
  ) -> [String] {
    let count = forms.count
    guard count > 0 else { return [] }
    let widths = spans.map { ($0.1 - $0.0) * pointsPerDay }
    let maxForms = forms.map(\.count).max()!
    func label(_ i: Int, _ form: Int) -> String { forms[i][min(form, forms[i].count - 1)] }
    func fits(_ i: Int, _ form: Int, room: Double) -> Bool {
      measurer.width(of: label(i, form), font: font) + 2 * labelGap <= room
    }
    // The cells that are whole: the first and last may be cut by the window.
    let typical = widths.max()!
    let whole = (0..<count).filter { widths[$0] >= typical * 0.75 || count <= 2 }
    for form in 0..<maxForms where whole.allSatisfy({ fits($0, form, room: widths[$0]) }) {
      return (0..<count).map { fits($0, form, room: widths[$0]) ? label($0, form) : "" }
    }
    // Thinning with the shortest form: label every k-th cell, the rest blank.
    let last = maxForms - 1
    for step in [2, 3, 4, 6, 12, 24, 48, 100] {
      if whole.allSatisfy({ fits($0, last, room: widths[$0] * Double(step) - 2 * labelGap) }) {
        return placeGreedily(
          count: count, step: step, label: { label($0, last) }, spans: spans,
          pointsPerDay: pointsPerDay, font: font, measurer: measurer)
      }
    }
    return Array(repeating: "", count: count)
  }

  /// Every `step`-th label (aligned to cell indices), each kept only if it stays clear of the
  /// previous kept label and of the window's edges.
  static func placeGreedily(
    count: Int, step: Int, label: (Int) -> String, spans: [(Double, Double)], pointsPerDay: Double,
    font: Font,
    measurer: TextMeasuring
  ) -> [String] {
    var out = Array(repeating: "", count: count)
    var lastRight = -Double.infinity
    let windowRight = spans.last!.1 * pointsPerDay
    for i in stride(from: 0, to: count, by: step) {
      let text = label(i)
      let w = measurer.width(of: text, font: font)
      let center = (spans[i].0 + spans[i].1) / 2 * pointsPerDay
      let left = center - w / 2
      let right = center + w / 2
      if left >= max(lastRight + labelGap, labelGap) && right <= windowRight - labelGap {
        out[i] = text
        lastRight = right
      }
    }
    return out
  }
}

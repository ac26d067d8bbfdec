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
  /// Points the label is moved right of its place (the cell's middle, or its tick) to stay
  /// inside the upper cell it belongs to.
  public var shift: Double = 0
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
      // Thinned labels fall on the same cells of every larger unit (Q1 and Q3, every third month
      // from January), so that a thinned row never reads as consecutive.
      let ordinals = starts.enumerated().map { i, cell -> Int in
        let (y, m, _) = floor(cell.0, to: unit).components
        switch unit {
        case .day: return i
        case .week: return starts[0].0.isoWeekday == 1 ? i : i - 1  // from the first whole week
        case .month: return m - 1
        case .quarter: return (m - 1) / 3
        case .year: return y
        }
      }
      let steps: [Int]
      switch unit {
      case .day: steps = [2, 7]
      case .week: steps = [2, 4, 8, 13, 26]
      case .month: steps = [2, 3, 6, 12]
      case .quarter: steps = [2, 4]
      case .year: steps = [2, 5, 10, 20, 50, 100]
      }
      // A week is labelled with its Monday, so its label starts at the Monday's tick; a week cut
      // by the window has no Monday in it and no label.
      let atStart = unit == .week && !isUpper
      var labels = chooseLabels(
        forms: forms, spans: starts.map { (Double($0.0 - window.start), Double($0.1 - window.start)) },
        pointsPerDay: pointsPerDay, font: font, measurer: measurer, ordinals: ordinals, steps: steps,
        atStart: atStart)
      if atStart {
        for (i, cell) in starts.enumerated() where floor(cell.0, to: .week) != cell.0 { labels[i] = "" }
      }
      return zip(starts, labels).map { AxisCell(start: $0.0, end: $0.1, label: $1) }
    }
    let upper = cells(upperUnit, isUpper: true)
    var lower = cells(lowerUnit, isUpper: false)
    // Every lower label lies inside the upper cell it belongs to.
    for i in lower.indices where !lower[i].label.isEmpty {
      let (left, right) = labelEdges(
        lower[i], unit: lowerUnit, window: window, pointsPerDay: pointsPerDay, font: font, measurer: measurer)
      let owner = upper.last { $0.start <= lower[i].start }
      guard let owner else { continue }
      let ownerLeft = Double(owner.start - window.start) * pointsPerDay
      let ownerRight = Double(owner.end - window.start) * pointsPerDay
      let next = lower[(i + 1)...].first { !$0.label.isEmpty }.map {
        labelEdges(
          $0, unit: lowerUnit, window: window, pointsPerDay: pointsPerDay, font: font, measurer: measurer
        )
        .0
      }
      if left < ownerLeft, right + ownerLeft - left <= min(ownerRight, (next ?? .infinity) - labelGap) {
        lower[i].shift = ownerLeft - left
      } else if left < ownerLeft || right > ownerRight {
        lower[i].label = ""
      }
    }
    return TimeAxis(upperUnit: upperUnit, lowerUnit: lowerUnit, upper: upper, lower: lower)
  }

  /// Space between a week's tick and its label, in points.
  public static let tickGap = 3.0

  /// Whether labels of a lower tier in `unit` start at their cell's tick (weeks) rather than sit
  /// in its middle.
  public static func labelsStartAtTick(_ unit: AxisUnit) -> Bool { unit == .week }

  /// The left and right edges of `cell`'s label in points from the plot's left edge.
  static func labelEdges(
    _ cell: AxisCell, unit: AxisUnit, window: DayRange, pointsPerDay: Double, font: Font,
    measurer: TextMeasuring
  ) -> (Double, Double) {
    let w = measurer.width(of: cell.label, font: font)
    let start = Double(cell.start - window.start) * pointsPerDay
    if labelsStartAtTick(unit) { return (start + tickGap, start + tickGap + w) }
    let center = (start + Double(cell.end - window.start) * pointsPerDay) / 2
    return (center - w / 2, center + w / 2)
  }

  /// Minimum space between two labels, and between a label and its cell's edges, in points.
  static let labelGap = 4.0

  /// For each cell, the longest label form with which every full-width cell's label fits; past
  /// the shortest form, every k-th label, with k the smallest step that makes them fit.
  /// Cells cut by the window keep a label only if it fits in what is left of them.
  static func chooseLabels(
    forms: [[String]], spans: [(Double, Double)], pointsPerDay: Double, font: Font, measurer: TextMeasuring,
    ordinals: [Int]? = nil, steps: [Int] = [2, 3, 4, 6, 12, 24, 48, 100], atStart: Bool = false
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
    for step in steps {
      if whole.allSatisfy({ fits($0, last, room: widths[$0] * Double(step) - 2 * labelGap) }) {
        return placeGreedily(
          count: count, step: step, label: { label($0, last) }, spans: spans,
          pointsPerDay: pointsPerDay, font: font, measurer: measurer, ordinals: ordinals ?? Array(0..<count),
          atStart: atStart)
      }
    }
    return Array(repeating: "", count: count)
  }

  /// The label of every cell whose ordinal is a multiple of `step`, each kept only if it stays
  /// clear of the previous kept label and of the window's edges; at the cell's start (plus
  /// `tickGap`) with `atStart`, else in its middle.
  static func placeGreedily(
    count: Int, step: Int, label: (Int) -> String, spans: [(Double, Double)], pointsPerDay: Double,
    font: Font, measurer: TextMeasuring, ordinals: [Int], atStart: Bool
  ) -> [String] {
    var out = Array(repeating: "", count: count)
    var lastRight = -Double.infinity
    let windowRight = spans.last!.1 * pointsPerDay
    for i in 0..<count where ordinals[i] >= 0 && ordinals[i] % step == 0 {
      let text = label(i)
      let w = measurer.width(of: text, font: font)
      let center = (spans[i].0 + spans[i].1) / 2 * pointsPerDay
      let left = atStart ? spans[i].0 * pointsPerDay + tickGap : center - w / 2
      let right = left + w
      if left >= max(lastRight + labelGap, labelGap) && right <= windowRight - labelGap {
        out[i] = text
        lastRight = right
      }
    }
    return out
  }
}

import StudyLog

/// A calendar heatmap of study hours per day: weeks as columns, weekdays as rows (Monday first),
/// month labels above, and a legend of the scale. All sizes in points.
public struct HeatmapLayout {
  public let options: ChartOptions
  /// The days shown: whole weeks, Monday to Sunday.
  public let window: DayRange
  /// Hours per day within the window.
  public let hours: [Day: Double]
  /// Upper bounds of the four non-empty levels but the last: a day with `h` hours is level 1 when
  /// `h <= thresholds[0]`, 2 when `h <= thresholds[1]`, 3 when `h <= thresholds[2]`, else 4.
  public let thresholds: [Double]
  public private(set) var scene: Scene

  public static let cell = 12.0
  public static let gap = 3.0
  public static var pitch: Double { cell + gap }
  public static let weekdayColumn = 30.0
  /// At most this many weeks are shown by default (a year), ending with the last session or today.
  public static let defaultWeeks = 53

  public init(sessions: [Session], options: ChartOptions, measurer: TextMeasuring) {
    self.options = options
    var perDay: [Day: Double] = [:]
    for s in sessions { perDay[s.day, default: 0] += s.hours }
    let (first, last) = Self.shownDays(sessions: sessions, options: options)
    window = Self.weeks(first: first, last: last)
    let shown = perDay.filter { $0.key >= first && $0.key <= last }
    hours = shown
    thresholds = Self.thresholds(max: shown.values.max() ?? 0)
    scene = Scene(width: 0, height: 0, background: options.theme.background, nodes: [])
    scene = build(sessions: sessions, first: first, last: last, measurer: measurer)
  }

  /// The first and last day shown: `--from`/`--to` when given; else up to `defaultWeeks` weeks
  /// ending with the last session, or with today when that is within 60 days of it.
  static func shownDays(sessions: [Session], options: ChartOptions) -> (first: Day, last: Day) {
    let today = options.today
    let last =
      options.to
      ?? max(sessions.map(\.day).max() ?? today, min(today, (sessions.map(\.day).max() ?? today) + 60))
    let firstSession = sessions.map(\.day).min() ?? last - 7 * 12
    var first = options.from ?? max(firstSession, last - (7 * Self.defaultWeeks - 1))
    if first > last { first = last }
    return (first, last)
  }

  /// The whole weeks, Monday to Sunday, that hold `first` to `last`.
  static func weeks(first: Day, last: Day) -> DayRange {
    DayRange(first - (first.isoWeekday - 1), last + (7 - last.isoWeekday))
  }

  /// The chart's width in points for a window of `weeks` weeks: the weekday column and the
  /// weeks between the margins, and at least 560.
  static func width(weeks: Int) -> Double {
    let m = ChartMetrics.margin
    let gridLeft = m + Self.weekdayColumn
    let gridWidth = Double(weeks) * Self.pitch - Self.gap
    return max(gridLeft + gridWidth + m, 560)
  }

  /// The chart's height in points, the same for every window: the heading, the month labels,
  /// seven rows of cells and the legend between the margins.
  static var height: Double {
    ChartMetrics.margin + 60 + 18 + 7 * Self.pitch + 12 + Self.cell + ChartMetrics.margin
  }

  /// 25%, 50% and 75% of the busiest day, rounded up to half hours and kept increasing.
  static func thresholds(max: Double) -> [Double] {
    var result: [Double] = []
    for fraction in [0.25, 0.5, 0.75] {
      var t = (max * fraction * 2).rounded(.up) / 2
      t = Swift.max(t, (result.last ?? 0) + 0.5)
      result.append(t)
    }
    return result
  }

  /// The level (0–4) of a day with `h` hours.
  public func level(_ h: Double) -> Int {
    if h <= 0 { return 0 }
    return (thresholds.firstIndex { h <= $0 } ?? 3) + 1
  }

  /// The fill of each level: empty, then the accent at increasing strength.
  public static func colors(_ theme: Theme) -> [Color] {
    [theme.grid] + [0.3, 0.55, 0.8, 1].map { theme.early.over(theme.background, opacity: $0) }
  }

  private func build(sessions: [Session], first: Day, last: Day, measurer: TextMeasuring) -> Scene {
    let theme = options.theme
    let locale = options.locale
    let m = ChartMetrics.margin
    let weeks = window.days / 7
    let gridLeft = m + Self.weekdayColumn
    let gridWidth = Double(weeks) * Self.pitch - Self.gap
    let width = Self.width(weeks: weeks)
    var nodes: [SceneNode] = []
    var y = m

    let inWindow = sessions.filter { $0.day >= first && $0.day <= last }
    let total = inWindow.reduce(0) { $0 + $1.hours }
    let days = Set(inWindow.map(\.day)).count
    let summary = [
      locale.text(.studyTotals(hours: total, sessions: inWindow.count, days: days)),
      "\(first.iso) – \(last.iso)",
      locale.text(.asOf(options.today)),
    ].joined(separator: " · ")
    let heading = ChartHeading(
      title: "\(options.title) — \(locale.text(.studyTime))", subtitle: summary, width: width, theme: theme,
      measurer: measurer)
    nodes += heading.nodes
    y = heading.bottom

    // Month labels over the first week that holds the month's first shown day, each in the
    // longest form that ends before the next one starts.
    let monthY = y + 7
    var starts: [(x: Double, year: Int, month: Int)] = []
    var day = window.start
    while day <= window.end {
      let (year, month, dom) = day.components
      if dom == 1 || day == window.start {
        let x = gridLeft + Double((day - window.start) / 7) * Self.pitch
        if starts.last?.x != x {
          starts.append((x, year, month))
        } else {
          starts[starts.count - 1] = (x, year, month)
        }
      }
      day = day + 1
    }
    var months: [SceneNode] = []
    for (i, start) in starts.enumerated() {
      let limit = i + 1 < starts.count ? starts[i + 1].x - 6 : gridLeft + gridWidth
      let labels = locale.forms(
        .month(year: start.year, month: start.month, withYear: start.month == 1 || i == 0))
      let widths = labels.map { measurer.width(of: $0, font: ChartMetrics.lowerAxisFont) }
      if let k = widths.indices.first(where: { start.x + widths[$0] <= limit }) {
        months.append(
          .text(
            TextNode(
              labels[k], x: start.x, y: monthY, font: ChartMetrics.lowerAxisFont, color: theme.mutedText,
              width: widths[k])))
      }
    }
    nodes.append(.group("months", months))
    y += 18

    // Weekday labels: Monday, Wednesday, Friday.
    var weekdays: [SceneNode] = []
    for row in [0, 2, 4] {
      let label = locale.text(.weekday(row + 1))
      weekdays.append(
        measurer.text(
          label, x: m, y: y + Double(row) * Self.pitch + Self.cell / 2, font: ChartMetrics.lowerAxisFont,
          color: theme.mutedText))
    }
    nodes.append(.group("weekdays", weekdays))

    // Cells.
    let colors = Self.colors(theme)
    var cells: [SceneNode] = []
    day = window.start
    while day <= window.end {
      let column = (day - window.start) / 7
      let row = day.isoWeekday - 1
      let x = gridLeft + Double(column) * Self.pitch
      let cy = y + Double(row) * Self.pitch
      if day >= first && day <= last {
        let h = hours[day] ?? 0
        let isToday = day == options.today
        cells.append(
          .rect(
            RectNode(
              x: x, y: cy, width: Self.cell, height: Self.cell,
              fill: day > options.today ? nil : colors[level(h)],
              stroke: isToday ? theme.today : (day > options.today ? theme.grid : nil),
              lineWidth: isToday ? 1.5 : 1,
              cornerRadius: 2)))
      }
      day = day + 1
    }
    nodes.append(.group("cells", cells))
    y += 7 * Self.pitch + 12

    // Legend: the scale, from no study to the busiest days.
    var legend: [SceneNode] = []
    var x = gridLeft
    let legendY = y + Self.cell / 2
    let labels =
      ["0"] + [
        "≤\(fmt(thresholds[0]))", "≤\(fmt(thresholds[1]))", "≤\(fmt(thresholds[2]))",
        ">\(fmt(thresholds[2]))",
      ]
    for (level, label) in labels.enumerated() {
      legend.append(
        .rect(RectNode(x: x, y: y, width: Self.cell, height: Self.cell, fill: colors[level], cornerRadius: 2))
      )
      let w = measurer.width(of: label, font: ChartMetrics.annotationFont)
      legend.append(
        .text(
          TextNode(
            label, x: x + Self.cell + 4, y: legendY, font: ChartMetrics.annotationFont,
            color: theme.mutedText, width: w)))
      x += Self.cell + 4 + w + 12
    }
    let unit = locale.text(.hoursADay)
    legend.append(
      measurer.text(unit, x: x, y: legendY, font: ChartMetrics.annotationFont, color: theme.mutedText))
    nodes.append(.group("legend", legend))
    y += Self.cell

    return Scene(
      width: width.rounded(.up), height: (y + m).rounded(.up), background: theme.background, nodes: nodes)
  }
}

import StudyLog

/// Per category, a stacked bar of done, in progress, planned and not scheduled work, by planned
/// days, with percent labels; a total bar under them. All sizes in points.
///
/// An item not scheduled yet has no planned days; so that it shows, it counts as long as the
/// median planned item of its category (of the roadmap, when its category has none; 14 days when
/// no item has dates). Paused items count as in progress; dropped items are left out.
public struct ProgressLayout {
  public enum Segment: String, CaseIterable, Sendable {
    case done
    case inProgress = "in_progress"
    case planned
    case unscheduled
  }

  /// Days per segment for one bar.
  public struct Bar: Equatable, Sendable {
    public var name: String
    public var items: Int
    public var days: [Segment: Int]
    public var total: Int { days.values.reduce(0, +) }

    public func percent(_ segment: Segment) -> Double {
      total > 0 ? Double(days[segment] ?? 0) * 100 / Double(total) : 0
    }
  }

  public let options: ChartOptions
  /// One bar per category in order of first appearance, then the total.
  public let bars: [Bar]
  public private(set) var scene: Scene

  public static let barHeight = 18.0
  public static let rowHeight = 34.0

  public init(roadmap: Roadmap, options: ChartOptions, measurer: TextMeasuring) {
    self.options = options
    bars = Self.bars(roadmap, today: options.today)
    scene = Scene(width: 0, height: 0, background: options.theme.background, nodes: [])
    scene = build(measurer: measurer)
  }

  static func median(_ values: [Int]) -> Int? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid] + 1) / 2
  }

  static func bars(_ roadmap: Roadmap, today: Day) -> [Bar] {
    let fallback = median(roadmap.items.compactMap { $0.planned?.days }) ?? 14
    var result: [Bar] = []
    var total = Bar(name: "total", items: 0, days: [:])
    for category in roadmap.categories {
      let items = roadmap.items.filter { $0.category == category && $0.status(on: today) != .dropped }
      let estimate = median(items.compactMap { $0.planned?.days }) ?? fallback
      var bar = Bar(name: category, items: items.count, days: [:])
      for item in items {
        let segment: Segment
        switch item.status(on: today) {
        case .done: segment = .done
        case .inProgress, .paused: segment = .inProgress
        case .planned: segment = .planned
        case .unscheduled, .dropped: segment = .unscheduled
        }
        let days = item.planned?.days ?? estimate
        bar.days[segment, default: 0] += days
        total.days[segment, default: 0] += days
      }
      total.items += items.count
      result.append(bar)
    }
    return result + [total]
  }

  /// The fill of each segment.
  public static func color(_ segment: Segment, theme: Theme) -> Color {
    switch segment {
    case .done: return theme.early
    case .inProgress: return theme.palette[0]
    case .planned: return theme.palette[0].over(theme.background, opacity: theme.plannedOpacity)
    case .unscheduled: return theme.mutedText.over(theme.background, opacity: 0.25)
    }
  }

  /// The legend's name of each segment.
  static func label(_ segment: Segment) -> ChartPhrase {
    switch segment {
    case .done: return .done
    case .inProgress: return .inProgress
    case .planned: return .planned
    case .unscheduled: return .tbd
    }
  }

  private func build(measurer: TextMeasuring) -> Scene {
    let theme = options.theme
    let locale = options.locale
    let m = ChartMetrics.margin
    let width = options.width
    var nodes: [SceneNode] = []
    var y = m

    let subtitle = "\(locale.text(.byPlannedDays)) · \(locale.text(.asOf(options.today)))"
    let heading = ChartHeading(
      title: "\(options.title) — \(locale.text(.progressByCategory))", subtitle: subtitle, width: width,
      theme: theme, measurer: measurer)
    nodes += heading.nodes
    y = heading.bottom

    // Legend.
    var legend: [SceneNode] = []
    var x = m
    for segment in Segment.allCases {
      let text = locale.text(Self.label(segment))
      let w = measurer.width(of: text, font: ChartMetrics.legendFont)
      legend.append(
        .rect(
          RectNode(
            x: x, y: y + 3, width: 12, height: 12, fill: Self.color(segment, theme: theme), cornerRadius: 2)))
      legend.append(
        .text(TextNode(text, x: x + 17, y: y + 9, font: ChartMetrics.legendFont, color: theme.text, width: w))
      )
      x += 17 + w + 16
    }
    nodes.append(.group("legend", legend))
    y += 18 + 14

    // Bars.
    let names = bars.map { $0.name == "total" ? locale.text(ChartPhrase.total) : $0.name }
    let nameWidth = min(
      names.reduce(0) { max($0, measurer.width(of: ChartLimits.label($1), font: ChartMetrics.sectionFont)) }
        + 8,
      (width - 2 * m) * 0.3)
    let barLeft = m + max(nameWidth, 90) + 12
    let doneRoom = 96.0
    let barWidth = width - m - doneRoom - barLeft
    var rows: [SceneNode] = []
    for (index, (bar, name)) in zip(bars, names).enumerated() {
      let isTotal = index == bars.count - 1
      if isTotal {
        rows.append(
          .line(
            LineNode(from: Point(m, y + 2), to: Point(width - m, y + 2), color: theme.gridStrong, width: 1)))
        y += 8
      }
      let cy = y + Self.rowHeight / 2
      var children: [SceneNode] = []
      let label = measurer.fit(name, maxWidth: barLeft - 12 - m, font: ChartMetrics.sectionFont)
      children.append(
        .text(
          TextNode(
            label.text, x: m, y: cy - 6, font: ChartMetrics.sectionFont, color: theme.text,
            width: label.width)))
      let count = locale.text(.items(bar.items))
      children.append(
        measurer.text(count, x: m, y: cy + 8, font: ChartMetrics.annotationFont, color: theme.mutedText))
      var segmentX = barLeft
      for segment in Segment.allCases {
        let share = bar.percent(segment)
        guard share > 0 else { continue }
        let w = barWidth * share / 100
        let fill = Self.color(segment, theme: theme)
        children.append(
          .rect(
            RectNode(x: segmentX, y: cy - Self.barHeight / 2, width: w, height: Self.barHeight, fill: fill)))
        let text = "\(Int(share.rounded()))%"
        let tw = measurer.width(of: text, font: ChartMetrics.annotationFont)
        if tw + 6 <= w {
          let ink =
            fill.contrast(with: theme.background) >= fill.contrast(with: theme.text)
            ? theme.background : theme.text
          children.append(
            .text(
              TextNode(
                text, x: segmentX + w / 2, y: cy, font: ChartMetrics.annotationFont, color: ink,
                anchor: .middle,
                width: tw)))
        }
        segmentX += w
      }
      if bar.total == 0 {
        let none = locale.text(.noDates)
        children.append(
          measurer.text(none, x: barLeft, y: cy, font: ChartMetrics.annotationFont, color: theme.mutedText))
      }
      let done = locale.text(ChartPhrase.percentDone(Int(bar.percent(.done).rounded())))
      children.append(
        measurer.text(done, x: barLeft + barWidth + 10, y: cy, font: ChartMetrics.rowFont, color: theme.text))
      rows.append(.group(isTotal ? "total" : "category \(bar.name)", children))
      y += Self.rowHeight
    }
    nodes.append(.group("bars", rows))
    return Scene(width: width, height: (y + m).rounded(.up), background: theme.background, nodes: nodes)
  }
}

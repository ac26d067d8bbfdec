import StudyLog

/// One item's row of a timeline: its title in the label column, its planned bar or milestone
/// diamond, its actual bar (or a small diamond for a milestone met), arrows where its dates run
/// on beyond the window, and annotations after the bars (slip, progress, paused, dropped,
/// overdue, TBD).
struct TimelineRow {
  let item: Item
  /// The y of the row's middle.
  let centerY: Double
  /// The category's colour.
  let color: Color
  /// The chart the row is part of: its options, plot edges and window.
  let chart: ChartLayout

  private var options: ChartOptions { chart.options }
  private var theme: Theme { chart.options.theme }

  /// The row's nodes, in drawing order.
  func nodes(measurer: TextMeasuring) -> [SceneNode] {
    let cy = centerY
    let status = item.status(on: options.today)
    var nodes: [SceneNode] = []

    let muted = status == .dropped
    let rowFont = ChartMetrics.rowFont
    let label = measurer.fit(item.title, maxWidth: chart.labelColumnWidth - chart.labelIndent, font: rowFont)
    nodes.append(
      .group(
        "label",
        [
          .text(
            TextNode(
              label.text, x: ChartMetrics.margin + chart.labelIndent, y: cy, font: rowFont,
              color: muted ? theme.mutedText : theme.text, width: label.width))
        ]))

    guard let planned = item.planned else {
      if let start = item.actualStart {
        // Started without a plan: only the actual bar.
        var annotationX = chart.plotLeft
        nodes += actualBar(start: start, status: status, right: &annotationX)
        nodes += annotations(status: status, x: annotationX, measurer: measurer)
      } else {
        nodes.append(
          .group(
            "tbd",
            [
              measurer.text(
                options.locale.text(.tbd), x: chart.plotLeft + 6, y: cy, font: ChartMetrics.annotationFont,
                color: theme.mutedText)
            ]))
      }
      return nodes
    }

    let overdue = item.isOverdue(on: options.today)
    var right = chart.plotLeft
    if planned.isSingleDay {
      let cx = chart.x(planned.start) + chart.pointsPerDay / 2
      if chart.window.contains(planned.start) {
        nodes.append(
          .group(
            "milestone",
            [
              .polygon(
                PolygonNode(
                  points: Self.diamond(cx: cx, cy: cy, half: 6.5),
                  fill: color.over(theme.background, opacity: theme.plannedOpacity),
                  stroke: overdue ? theme.late : color, lineWidth: overdue ? 1.5 : 1))
            ]))
        right = cx + 6.5
      } else {
        nodes += continuation(before: planned.start < chart.window.start)
      }
    } else {
      let fill =
        muted
        ? theme.mutedText.over(theme.background, opacity: 0.18)
        : color.over(theme.background, opacity: theme.plannedOpacity)
      let height = ChartLayout.plannedBarHeight
      if let bar = clippedBar(planned.start, planned.end) {
        nodes.append(
          .group(
            "bar.planned",
            [
              .rect(
                RectNode(
                  x: bar.x, y: cy - height / 2, width: bar.width, height: height, fill: fill,
                  stroke: overdue ? theme.late : nil, lineWidth: 1.5, cornerRadius: 3))
            ]))
        right = bar.x + bar.width
      }
      nodes += continuations(planned.start, planned.end)
    }

    if let start = item.actualStart, status != .planned {
      if planned.isSingleDay, let end = item.actualEnd, start == end, chart.window.contains(end) {
        let cx = chart.x(end) + chart.pointsPerDay / 2
        nodes.append(
          .group(
            "milestone.met",
            [.polygon(PolygonNode(points: Self.diamond(cx: cx, cy: cy, half: 4), fill: color))]))
        right = max(right, cx + 4)
      } else {
        var actualRight = right
        nodes += actualBar(start: start, status: status, right: &actualRight)
        right = max(right, actualRight)
      }
    }
    nodes += annotations(status: status, x: right, measurer: measurer)
    return nodes
  }

  /// The solid actual bar: to the actual end when finished, to today while in progress or
  /// paused. Moves `right` to the bar's right end when it is further right.
  private func actualBar(start: Day, status: ItemStatus, right: inout Double) -> [SceneNode] {
    let today = options.today
    let end: Day
    switch status {
    case .done: end = item.actualEnd ?? today
    case .inProgress, .paused: end = min(today, item.actualEnd ?? today)
    case .dropped: end = item.actualEnd ?? start
    case .planned, .unscheduled: return []
    }
    guard end >= start else { return [] }
    var nodes: [SceneNode] = []
    let fill = status == .paused || status == .dropped ? color.over(theme.background, opacity: 0.5) : color
    let height = ChartLayout.actualBarHeight
    if let bar = clippedBar(start, end) {
      nodes.append(
        .group(
          "bar.actual",
          [
            .rect(
              RectNode(
                x: bar.x, y: centerY - height / 2, width: bar.width, height: height, fill: fill,
                cornerRadius: 2))
          ]))
      right = max(right, bar.x + bar.width)
    }
    return nodes
  }

  /// The part of `start...end` inside the window, as x and width; nil when none of it is.
  private func clippedBar(_ start: Day, _ end: Day) -> (x: Double, width: Double)? {
    let from = max(start, chart.window.start)
    let to = min(end, chart.window.end)
    guard from <= to else { return nil }
    let left = chart.x(from)
    let right = chart.x(to + 1)
    return (left, max(right - left, 1))
  }

  /// Arrows at the plot's edges for a range that runs on beyond the window.
  private func continuations(_ start: Day, _ end: Day) -> [SceneNode] {
    var nodes: [SceneNode] = []
    if start < chart.window.start { nodes += continuation(before: true) }
    if end > chart.window.end { nodes += continuation(before: false) }
    return nodes
  }

  /// An arrow at the plot's left edge (`before`) or right edge, pointing out of the plot.
  private func continuation(before: Bool) -> [SceneNode] {
    let cy = centerY
    let tip = before ? chart.plotLeft - 7 : chart.plotRight + 7
    let base = before ? chart.plotLeft - 1 : chart.plotRight + 1
    return [
      .group(
        "arrow",
        [
          .polygon(
            PolygonNode(points: [Point(base, cy - 5), Point(tip, cy), Point(base, cy + 5)], fill: color))
        ])
    ]
  }

  /// Text after the bars, from `start`: the slip of a finished item, the progress of one in
  /// progress, paused or dropped, and how late an overdue one is.
  private func annotations(status: ItemStatus, x start: Double, measurer: TextMeasuring) -> [SceneNode] {
    let locale = options.locale
    let font = ChartMetrics.annotationFont
    var parts: [(String, Color, String)] = []
    switch status {
    case .done:
      if let slip = item.endSlipDays, slip != 0 {
        parts.append((locale.text(.slip(slip)), slip > 0 ? theme.late : theme.early, "slip"))
      }
    case .inProgress:
      if let progress = item.progress {
        parts.append(("\(Int(progress.rounded()))%", theme.mutedText, "progress"))
      }
    case .paused: parts.append((locale.text(.paused), theme.mutedText, "status"))
    case .dropped: parts.append((locale.text(.dropped), theme.mutedText, "status"))
    case .planned, .unscheduled: break
    }
    if item.isOverdue(on: options.today), let planned = item.planned {
      parts.append((locale.text(.overdueDays(options.today - planned.end)), theme.late, "overdue"))
    }
    guard !parts.isEmpty else { return [] }
    let widths = parts.map { measurer.width(of: $0.0, font: font) }
    let total = widths.reduce(0, +) + Double(parts.count - 1) * 6
    // After the bars when there is room, else just inside the chart's right margin.
    var x = min(start + 6, options.width - ChartMetrics.margin - total)
    var nodes: [SceneNode] = []
    for ((text, color, role), w) in zip(parts, widths) {
      nodes.append(
        .group(role, [.text(TextNode(text, x: x, y: centerY, font: font, color: color, width: w))]))
      x += w + 6
    }
    return nodes
  }

  /// The corners of a diamond centred on (`cx`, `cy`), `half` from the centre to each corner.
  static func diamond(cx: Double, cy: Double, half: Double) -> [Point] {
    [Point(cx, cy - half), Point(cx + half, cy), Point(cx, cy + half), Point(cx - half, cy)]
  }
}

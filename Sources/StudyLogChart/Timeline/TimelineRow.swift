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
  /// The category's second cue, beyond the palette's first round of colours.
  let pattern: FillPattern.Kind?
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
        return finished(nodes, status: status, right: annotationX, measurer: measurer)
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
                  stroke: overdue ? theme.late : color, lineWidth: overdue ? 1.5 : 1, pattern: lines(color)))
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
                  stroke: overdue ? theme.late : muted ? theme.mutedText : color,
                  lineWidth: overdue ? 1.5 : 1,
                  cornerRadius: 3, pattern: muted ? nil : lines(color)))
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
            [
              .polygon(
                PolygonNode(
                  points: Self.diamond(cx: cx, cy: cy, half: 4), fill: color, pattern: lines(theme.background)
                ))
            ]))
        right = max(right, cx + 4)
      } else {
        var actualRight = right
        nodes += actualBar(start: start, status: status, right: &actualRight)
        right = max(right, actualRight)
      }
    }
    return finished(nodes, status: status, right: right, measurer: measurer)
  }

  /// `nodes` with each edge's arrow once, and the annotations: after the bars (`right`), or, for
  /// an item drawn only as arrows, beside the arrow on its side.
  private func finished(_ nodes: [SceneNode], status: ItemStatus, right: Double, measurer: TextMeasuring)
    -> [SceneNode]
  {
    var seen: Set<SceneNode> = []
    var out: [SceneNode] = []
    var shapes: [SceneNode] = []
    for node in nodes {
      if case .group("arrow", _) = node {
        if seen.insert(node).inserted { out.append(node) }
      } else {
        out.append(node)
        shapes.append(node)
      }
    }
    let left = Self.left(of: shapes)
    let onlyRightArrow =
      left == nil && !seen.isEmpty
      && Scene.polygons(in: Array(seen)).allSatisfy { $0.points[1].x > chart.plotRight }
    out += annotations(
      status: status, x: right, left: left ?? right, endingAt: onlyRightArrow ? chart.plotRight - 4 : nil,
      measurer: measurer)
    return out
  }

  /// The left edge of the shapes among `nodes`; nil when there are none.
  static func left(of nodes: [SceneNode]) -> Double? {
    (Scene.rects(in: nodes).map(\.x) + Scene.polygons(in: nodes).flatMap { $0.points.map(\.x) }).min()
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
    // Paused and dropped work is lighter inside, with the category's colour as its edge.
    let faded = status == .paused || status == .dropped
    let fill = faded ? color.over(theme.background, opacity: 0.5) : color
    let height = ChartLayout.actualBarHeight
    if let bar = clippedBar(start, end) {
      nodes.append(
        .group(
          "bar.actual",
          [
            .rect(
              RectNode(
                x: bar.x, y: centerY - height / 2, width: bar.width, height: height, fill: fill,
                stroke: faded ? color : nil, cornerRadius: 2, pattern: lines(faded ? color : theme.background)
              ))
          ]))
      right = max(right, bar.x + bar.width)
    }
    return nodes + continuations(start, end)
  }

  /// The category's pattern in `color`: the category's colour over a light fill, the background
  /// over a solid one.
  private func lines(_ color: Color) -> FillPattern? {
    pattern.map { FillPattern($0, color: color) }
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
  ///
  /// They go after the bars (from `start`) when they fit before the chart's right margin, else
  /// before the bars (which begin at `left`) when they fit after the plot's left edge, else after
  /// the bars cut to the room there: never over a bar.
  /// With `endingAt`, they end there instead (an item after the window, by its arrow).
  private func annotations(
    status: ItemStatus, x start: Double, left: Double, endingAt end: Double?, measurer: TextMeasuring
  ) -> [SceneNode] {
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
    var widths = parts.map { measurer.width(of: $0.0, font: font) }
    let total = widths.reduce(0, +) + Double(parts.count - 1) * 6
    let roomRight = options.width - ChartMetrics.margin - (start + 6)
    var x = start + 6
    if let end, end - total >= chart.plotLeft + 2 {
      x = end - total
    } else if total > roomRight {
      if left - 6 - total >= chart.plotLeft + 2 {
        x = left - 6 - total
      } else {
        // Cut to the room after the bars, part by part.
        var room = roomRight
        for i in parts.indices {
          let fitted = measurer.fit(parts[i].0, maxWidth: max(room, 0), font: font)
          parts[i].0 = fitted.text
          widths[i] = fitted.width
          room -= fitted.width + 6
        }
      }
    }
    var nodes: [SceneNode] = []
    for ((text, color, role), w) in zip(parts, widths) where !text.isEmpty {
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

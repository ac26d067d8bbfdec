import StudyLog

/// Lays out a roadmap as a Gantt-style timeline: a `Scene` of plain values that any renderer
/// can draw. All sizes are in points.
///
/// From top to bottom: title, subtitle, legend, a lane for the today and marker labels, the
/// two-tier time axis, then one row per item, grouped in sections by track. The label column on
/// the left holds the titles, cut with an ellipsis so they never reach the bars.
public struct ChartLayout {
  public let options: ChartOptions
  /// The days shown, inclusive.
  public let window: DayRange
  /// Left and right edges of the plot area, where day `window.start` begins and
  /// `window.end` ends.
  public let plotLeft: Double
  public let plotRight: Double
  /// Width of the label column (titles are cut to fit it).
  public let labelColumnWidth: Double
  public let axis: TimeAxis
  public private(set) var scene: Scene

  // Metrics.
  public static let margin = 24.0
  public static let rowHeight = 24.0
  public static let sectionHeight = 30.0
  public static let plannedBarHeight = 14.0
  public static let actualBarHeight = 6.0
  public static let tierHeight = 20.0
  public static let laneHeight = 16.0
  public static let labelGap = 16.0
  /// Room kept right of the plot for slip and progress labels.
  public static let annotationRoom = 64.0
  public static let indent = 10.0

  public static let titleFont = Font(size: 20, bold: true)
  public static let subtitleFont = Font(size: 12)
  public static let legendFont = Font(size: 11)
  public static let upperAxisFont = Font(size: 11, bold: true)
  public static let lowerAxisFont = Font(size: 10)
  public static let rowFont = Font(size: 11)
  public static let sectionFont = Font(size: 12, bold: true)
  public static let annotationFont = Font(size: 10)

  /// Points per day in the plot.
  public var pointsPerDay: Double { (plotRight - plotLeft) / Double(window.days) }

  /// The x where `day` begins.
  public func x(_ day: Day) -> Double { plotLeft + Double(day - window.start) * pointsPerDay }

  public init(roadmap: Roadmap, options: ChartOptions, measurer: TextMeasuring) {
    self.options = options
    let m = Self.margin
    let width = options.width

    // Sections and rows.
    let sections = Self.sections(roadmap, sort: options.sort, locale: options.locale)
    let hasSections = roadmap.items.contains { $0.track != nil }
    let indent = hasSections ? Self.indent : 0

    // The label column: as wide as the widest title, within limits.
    let widest = roadmap.items.reduce(0.0) { max($0, measurer.width(of: $1.title, font: Self.rowFont)) }
    let maxColumn = max(80, (width - 2 * m) * 0.32)
    labelColumnWidth = min(max(widest + indent, 120), maxColumn)
    plotLeft = m + labelColumnWidth + Self.labelGap
    plotRight = max(plotLeft + 100, width - m - Self.annotationRoom)

    window = Self.window(roadmap, options: options)
    axis = TimeAxis.layout(
      window: window, plotWidth: plotRight - plotLeft, locale: options.locale, font: Self.lowerAxisFont,
      measurer: measurer)

    scene = Scene(width: width, height: 0, background: options.theme.background, nodes: [])
    scene = build(roadmap, sections: sections, hasSections: hasSections, indent: indent, measurer: measurer)
  }

  private func build(
    _ roadmap: Roadmap, sections: [Section], hasSections: Bool, indent: Double, measurer: TextMeasuring
  ) -> Scene {
    let theme = options.theme
    let locale = options.locale
    let m = Self.margin
    let width = options.width
    let today = options.today
    var nodes: [SceneNode] = []
    var y = m

    // Title and subtitle.
    var subtitleParts = [locale.text(.items(roadmap.items.count))]
    let planned = roadmap.items.compactMap(\.planned)
    if let first = planned.map(\.start).min(), let last = planned.map(\.end).max() {
      subtitleParts.append("\(first.iso) – \(last.iso)")
    }
    subtitleParts.append(locale.text(.asOf(today)))
    let heading = Self.heading(
      title: options.title, subtitle: subtitleParts.joined(separator: " · "), width: width, theme: theme,
      measurer: measurer)
    nodes += heading.nodes
    y = heading.bottom

    // Colours: categories in order of first appearance, overrides by name.
    var colors: [String: Color] = [:]
    for (i, name) in roadmap.categories.enumerated() {
      colors[name] = options.colors[name] ?? theme.palette[i % theme.palette.count]
    }

    // Legend.
    let (legend, legendHeight) = Self.legend(
      categories: roadmap.categories, colors: colors, theme: theme, locale: locale, top: y, width: width,
      measurer: measurer)
    nodes.append(.group("legend", legend))
    y += legendHeight + 10

    // Marker lane: the today label and the --mark labels, in as many lanes as they need.
    struct Marker {
      var x: Double
      var label: String
      var isToday: Bool
    }
    var markers: [Marker] = []
    func center(_ day: Day) -> Double { x(day) + pointsPerDay / 2 }
    if window.contains(today) {
      markers.append(Marker(x: center(today), label: "\(locale.text(.today)) \(today.iso)", isToday: true))
    }
    for mark in options.marks where window.contains(mark.day) {
      markers.append(Marker(x: center(mark.day), label: mark.label, isToday: false))
    }
    // Each label sits in the first lane where it is clear of the other labels and of the lines
    // that run down from labels in the lanes above it (and whose own line is clear of labels
    // below).
    var placedMarkers: [(marker: Marker, label: TextNode, lane: Int)] = []
    for marker in markers.sorted(by: { $0.x < $1.x }) {
      let w = measurer.width(of: marker.label, font: Self.annotationFont)
      func labelsOverlap(_ lane: Int, _ left: Double) -> Bool {
        placedMarkers.contains { other in
          other.lane == lane && other.label.minX - 8 < left + w && left - 8 < other.label.maxX
        }
      }
      func linesCross(_ lane: Int, _ left: Double) -> Bool {
        placedMarkers.contains { other in
          (other.lane < lane && other.marker.x > left - 4 && other.marker.x < left + w + 4)
            || (other.lane > lane && marker.x > other.label.minX - 4 && marker.x < other.label.maxX + 4)
        }
      }
      // Centred on the line, or beside it on either side; kept inside the chart.
      let lefts = [marker.x - w / 2, marker.x - 2, marker.x - w + 2].map { min(max($0, m), width - m - w) }
      let lanes = 0...placedMarkers.count
      var choice: (lane: Int, left: Double)?
      for lane in lanes {
        if let left = lefts.first(where: { !labelsOverlap(lane, $0) && !linesCross(lane, $0) }) {
          choice = (lane, left)
          break
        }
      }
      // When lines are so close that no place is clear of them, labels only avoid each other.
      let (lane, left) = choice ?? (lanes.first { !labelsOverlap($0, lefts[0]) }!, lefts[0])
      let node = TextNode(
        marker.label, x: left, y: 0, font: Self.annotationFont,
        color: marker.isToday ? theme.today : theme.mutedText, width: w)
      placedMarkers.append((marker, node, lane))
    }
    let laneCount = (placedMarkers.map(\.lane).max() ?? -1) + 1
    let laneTop = y
    y += Double(laneCount) * Self.laneHeight + (laneCount == 0 ? 0 : 4)

    // Axis.
    let axisTop = y
    y += 2 * Self.tierHeight

    // Rows.
    var rowNodes: [SceneNode] = []
    var bands: [SceneNode] = []
    for section in sections {
      if hasSections {
        let done = section.items.filter { $0.status(on: today) == .done }.count
        bands.append(
          .rect(
            RectNode(
              x: m, y: y + 4, width: width - 2 * m, height: Self.sectionHeight - 6, fill: theme.sectionBand)))
        let name = measurer.fit(section.name, maxWidth: labelColumnWidth, font: Self.sectionFont)
        let count = locale.text(.doneCount(done, of: section.items.count))
        let countWidth = measurer.width(of: count, font: Self.annotationFont)
        rowNodes.append(
          .group(
            "section \(section.name)",
            [
              .text(
                TextNode(
                  name.text, x: m + 4, y: y + Self.sectionHeight / 2 + 1, font: Self.sectionFont,
                  color: theme.text,
                  width: name.width)),
              .text(
                TextNode(
                  count, x: m + 4 + name.width + 8, y: y + Self.sectionHeight / 2 + 1,
                  font: Self.annotationFont,
                  color: theme.mutedText, width: countWidth)),
            ]))
        y += Self.sectionHeight
      }
      for item in section.items {
        rowNodes.append(
          .group(
            "item \(item.id)",
            row(
              item, centerY: y + Self.rowHeight / 2, indent: indent, color: colors[item.category]!,
              measurer: measurer)))
        y += Self.rowHeight
      }
    }
    let rowsBottom = y + 4

    // Gridlines: light at every lower-tier boundary, stronger at upper-tier ones.
    var grid: [SceneNode] = []
    for cell in axis.lower.dropFirst() {
      let gx = x(cell.start)
      grid.append(
        .line(
          LineNode(
            from: Point(gx, axisTop + Self.tierHeight), to: Point(gx, rowsBottom), color: theme.grid, width: 1
          )))
    }
    for cell in axis.upper.dropFirst() {
      let gx = x(cell.start)
      grid.append(
        .line(
          LineNode(from: Point(gx, axisTop), to: Point(gx, rowsBottom), color: theme.gridStrong, width: 1)))
    }
    grid.append(
      .line(
        LineNode(
          from: Point(plotLeft, axisTop + 2 * Self.tierHeight),
          to: Point(plotRight, axisTop + 2 * Self.tierHeight),
          color: theme.gridStrong, width: 1)))

    // Today and marker lines, with their labels in the lanes.
    var markerNodes: [SceneNode] = []
    for (marker, var label, lane) in placedMarkers {
      let labelY = laneTop + Double(lane) * Self.laneHeight + Self.laneHeight / 2
      label.y = labelY
      let line = LineNode(
        from: Point(marker.x, labelY + Self.laneHeight / 2), to: Point(marker.x, rowsBottom),
        color: marker.isToday ? theme.today : theme.marker, width: marker.isToday ? 1.5 : 1,
        dash: marker.isToday ? [] : [4, 3])
      markerNodes.append(.group(marker.isToday ? "today" : "mark", [.line(line), .text(label)]))
    }

    nodes.append(.group("bands", bands))
    nodes.append(.group("grid", grid))
    nodes.append(.group("axis", axisNodes(top: axisTop, upperFirst: true, measurer: measurer)))
    nodes.append(.group("rows", rowNodes))
    nodes.append(.group("markers", markerNodes))
    var bottom = rowsBottom
    // A long chart repeats the axis under its rows, so that dates can be read at both ends.
    if roadmap.items.count > Self.bottomAxisRows {
      nodes.append(.group("axis.bottom", axisNodes(top: rowsBottom, upperFirst: false, measurer: measurer)))
      bottom += 2 * Self.tierHeight
    }
    return Scene(width: width, height: (bottom + m).rounded(.up), background: theme.background, nodes: nodes)
  }

  /// Rows above which the axis is repeated under the chart.
  public static let bottomAxisRows = 20

  /// The two tiers of the axis on a band from `top`: the larger unit above the smaller one, or
  /// below it for the axis under the rows.
  private func axisNodes(top: Double, upperFirst: Bool, measurer: TextMeasuring) -> [SceneNode] {
    let theme = options.theme
    let band = SceneNode.rect(
      RectNode(
        x: plotLeft, y: top, width: plotRight - plotLeft, height: 2 * Self.tierHeight, fill: theme.sectionBand
      ))
    func labels(_ cells: [AxisCell], row: Double, font: Font, color: Color) -> [SceneNode] {
      cells.filter { !$0.label.isEmpty }.map { cell in
        measurer.text(
          cell.label, x: (x(cell.start) + x(cell.end)) / 2, y: top + Self.tierHeight * (row + 0.5),
          font: font,
          color: color, anchor: .middle)
      }
    }
    let suffix = upperFirst ? "" : ".bottom"
    return [
      band,
      .group(
        "axis.upper" + suffix,
        labels(axis.upper, row: upperFirst ? 0 : 1, font: Self.upperAxisFont, color: theme.text)),
      .group(
        "axis.lower" + suffix,
        labels(axis.lower, row: upperFirst ? 1 : 0, font: Self.lowerAxisFont, color: theme.mutedText)),
    ]
  }

  /// The title and subtitle at the top of every chart, each cut to the chart's width; with the y
  /// below them.
  static func heading(title: String, subtitle: String, width: Double, theme: Theme, measurer: TextMeasuring)
    -> (nodes: [SceneNode], bottom: Double)
  {
    let m = margin
    let t = measurer.fit(title, maxWidth: width - 2 * m, font: titleFont)
    let s = measurer.fit(subtitle, maxWidth: width - 2 * m, font: subtitleFont)
    let nodes: [SceneNode] = [
      .group(
        "title",
        [.text(TextNode(t.text, x: m, y: m + 13, font: titleFont, color: theme.text, width: t.width))]),
      .group(
        "subtitle",
        [.text(TextNode(s.text, x: m, y: m + 39, font: subtitleFont, color: theme.mutedText, width: s.width))]
      ),
    ]
    return (nodes, m + 60)
  }

  // MARK: - Rows

  /// The nodes of one item's row: its label, planned and actual bars or milestone diamonds, and
  /// its annotations (slip, progress, overdue, TBD).
  private func row(_ item: Item, centerY cy: Double, indent: Double, color: Color, measurer: TextMeasuring)
    -> [SceneNode]
  {
    let theme = options.theme
    let locale = options.locale
    let today = options.today
    let status = item.status(on: today)
    var nodes: [SceneNode] = []

    let muted = status == .dropped
    let label = measurer.fit(item.title, maxWidth: labelColumnWidth - indent, font: Self.rowFont)
    nodes.append(
      .text(
        TextNode(
          label.text, x: Self.margin + indent, y: cy, font: Self.rowFont,
          color: muted ? theme.mutedText : theme.text,
          width: label.width)))

    guard let planned = item.planned else {
      if let start = item.actualStart {
        // Started without a plan: only the actual bar.
        var annotationX = plotLeft
        nodes += actualBar(item, start: start, status: status, cy: cy, color: color, right: &annotationX)
        nodes += annotations(item, status: status, x: annotationX, cy: cy, measurer: measurer)
      } else {
        let text = locale.text(.tbd)
        nodes.append(
          measurer.text(text, x: plotLeft + 6, y: cy, font: Self.annotationFont, color: theme.mutedText))
      }
      return nodes
    }

    let overdue = item.isOverdue(on: today)
    var right = plotLeft
    if planned.isSingleDay {
      let cx = x(planned.start) + pointsPerDay / 2
      if window.contains(planned.start) {
        nodes.append(
          .polygon(
            PolygonNode(
              points: Self.diamond(cx: cx, cy: cy, half: 6.5),
              fill: color.over(theme.background, opacity: theme.plannedOpacity),
              stroke: overdue ? theme.late : color, lineWidth: overdue ? 1.5 : 1)))
        right = cx + 6.5
      } else {
        nodes += continuation(before: planned.start < window.start, cy: cy, color: color)
      }
    } else {
      let fill =
        muted
        ? theme.mutedText.over(theme.background, opacity: 0.18)
        : color.over(theme.background, opacity: theme.plannedOpacity)
      if let bar = clippedBar(planned.start, planned.end, height: Self.plannedBarHeight, cy: cy) {
        nodes.append(
          .rect(
            RectNode(
              x: bar.x, y: cy - Self.plannedBarHeight / 2, width: bar.width, height: Self.plannedBarHeight,
              fill: fill,
              stroke: overdue ? theme.late : nil, lineWidth: 1.5, cornerRadius: 3)))
        right = bar.x + bar.width
      }
      nodes += continuations(planned.start, planned.end, cy: cy, color: color)
    }

    if let start = item.actualStart, status != .planned {
      if planned.isSingleDay, let end = item.actualEnd, start == end, window.contains(end) {
        let cx = x(end) + pointsPerDay / 2
        nodes.append(.polygon(PolygonNode(points: Self.diamond(cx: cx, cy: cy, half: 4), fill: color)))
        right = max(right, cx + 4)
      } else {
        var actualRight = right
        nodes += actualBar(item, start: start, status: status, cy: cy, color: color, right: &actualRight)
        right = max(right, actualRight)
      }
    }
    nodes += annotations(item, status: status, x: right, cy: cy, measurer: measurer)
    return nodes
  }

  /// The solid actual bar: to the actual end when finished, to today while in progress or paused.
  private func actualBar(
    _ item: Item, start: Day, status: ItemStatus, cy: Double, color: Color, right: inout Double
  ) -> [SceneNode] {
    let theme = options.theme
    let end: Day
    switch status {
    case .done: end = item.actualEnd ?? options.today
    case .inProgress, .paused: end = min(options.today, item.actualEnd ?? options.today)
    case .dropped: end = item.actualEnd ?? start
    case .planned, .unscheduled: return []
    }
    guard end >= start else { return [] }
    var nodes: [SceneNode] = []
    let fill = status == .paused || status == .dropped ? color.over(theme.background, opacity: 0.5) : color
    if let bar = clippedBar(start, end, height: Self.actualBarHeight, cy: cy) {
      nodes.append(
        .rect(
          RectNode(
            x: bar.x, y: cy - Self.actualBarHeight / 2, width: bar.width, height: Self.actualBarHeight,
            fill: fill,
            cornerRadius: 2)))
      right = max(right, bar.x + bar.width)
    }
    return nodes
  }

  /// The part of `start...end` inside the window, as x and width; nil when none of it is.
  private func clippedBar(_ start: Day, _ end: Day, height: Double, cy: Double) -> (x: Double, width: Double)?
  {
    let from = max(start, window.start)
    let to = min(end, window.end)
    guard from <= to else { return nil }
    let left = x(from)
    let right = x(to + 1)
    return (left, max(right - left, 1))
  }

  /// Arrows at the plot's edges for a range that runs on beyond the window.
  private func continuations(_ start: Day, _ end: Day, cy: Double, color: Color) -> [SceneNode] {
    var nodes: [SceneNode] = []
    if start < window.start { nodes += continuation(before: true, cy: cy, color: color) }
    if end > window.end { nodes += continuation(before: false, cy: cy, color: color) }
    return nodes
  }

  private func continuation(before: Bool, cy: Double, color: Color) -> [SceneNode] {
    let tip = before ? plotLeft - 7 : plotRight + 7
    let base = before ? plotLeft - 1 : plotRight + 1
    return [
      .polygon(
        PolygonNode(points: [Point(base, cy - 5), Point(tip, cy), Point(base, cy + 5)], fill: color))
    ]
  }

  /// Text after the bars: the slip of a finished item, the progress of one in progress, how
  /// late an overdue one is, and paused or dropped.
  private func annotations(
    _ item: Item, status: ItemStatus, x start: Double, cy: Double, measurer: TextMeasuring
  )
    -> [SceneNode]
  {
    let theme = options.theme
    let locale = options.locale
    var parts: [(String, Color)] = []
    switch status {
    case .done:
      if let slip = item.endSlipDays, slip != 0 {
        parts.append((locale.text(.slip(slip)), slip > 0 ? theme.late : theme.early))
      }
    case .inProgress:
      if let progress = item.progress { parts.append(("\(Int(progress.rounded()))%", theme.mutedText)) }
    case .paused: parts.append((locale.text(.paused), theme.mutedText))
    case .dropped: parts.append((locale.text(.dropped), theme.mutedText))
    case .planned, .unscheduled: break
    }
    if item.isOverdue(on: options.today), let planned = item.planned {
      parts.append((locale.text(.overdueDays(options.today - planned.end)), theme.late))
    }
    guard !parts.isEmpty else { return [] }
    let widths = parts.map { measurer.width(of: $0.0, font: Self.annotationFont) }
    let total = widths.reduce(0, +) + Double(parts.count - 1) * 6
    // After the bars when there is room, else just inside the plot's right edge.
    var x = min(start + 6, options.width - Self.margin - total)
    var nodes: [SceneNode] = []
    for ((text, color), w) in zip(parts, widths) {
      nodes.append(.text(TextNode(text, x: x, y: cy, font: Self.annotationFont, color: color, width: w)))
      x += w + 6
    }
    return nodes
  }

  static func diamond(cx: Double, cy: Double, half: Double) -> [Point] {
    [Point(cx, cy - half), Point(cx + half, cy), Point(cx, cy + half), Point(cx - half, cy)]
  }

  // MARK: - Sections, window, legend

  struct Section {
    var name: String
    var items: [Item]
  }

  /// Items grouped by track (`Roadmap.byTrack`: items without a track first), each section in
  /// file order or by planned start.
  static func sections(_ roadmap: Roadmap, sort: ChartSort, locale: Language) -> [Section] {
    return roadmap.byTrack.map { track, members in
      var items = members
      if sort == .start {
        let indexed = items.enumerated().map { ($0.offset, $0.element) }
        items = indexed.sorted { a, b in
          switch (a.1.planned?.start, b.1.planned?.start) {
          case (let x?, let y?): return x != y ? x < y : a.0 < b.0
          case (.some, nil): return true
          case (nil, .some): return false
          case (nil, nil): return a.0 < b.0
          }
        }.map(\.1)
      }
      return Section(name: track ?? locale.text(.noTrack), items: items)
    }
  }

  /// The days to show: `--from`/`--to` when given; else every planned and actual date (and
  /// today, when it is near them), padded and snapped to the axis's smaller unit.
  static func window(_ roadmap: Roadmap, options: ChartOptions) -> DayRange {
    let today = options.today
    var days: [Day] = []
    for item in roadmap.items {
      if let p = item.planned { days += [p.start, p.end] }
      if let s = item.actualStart { days.append(s) }
      if let e = item.actualEnd { days.append(e) }
      if item.actualStart != nil && item.actualEnd == nil { days.append(today) }
    }
    var lo = days.min() ?? today - 14
    var hi = days.max() ?? today + 14
    let span = max(hi - lo, 1)
    let reach = max(7, span / 10)
    if today >= lo - reach && today <= hi + reach {
      lo = min(lo, today)
      hi = max(hi, today)
    }
    if let from = options.from, let to = options.to, from <= to { return DayRange(from, to) }
    let pad = max(1, (hi - lo) / 50)
    lo = lo - pad
    hi = hi + pad
    if let from = options.from { lo = from }
    if let to = options.to { hi = to }
    if hi <= lo { hi = lo + 1 }
    let unit = TimeAxis.units(forSpanDays: hi - lo + 1).lower
    if options.from == nil { lo = TimeAxis.floor(lo, to: unit) }
    if options.to == nil { hi = TimeAxis.next(TimeAxis.floor(hi, to: unit), unit) - 1 }
    return DayRange(lo, hi)
  }

  /// The legend: categories, then what planned, actual, milestone and today look like; wrapped
  /// to the chart's width. Returns its nodes and height.
  static func legend(
    categories: [String], colors: [String: Color], theme: Theme, locale: Language, top: Double,
    width: Double,
    measurer: TextMeasuring
  ) -> ([SceneNode], Double) {
    enum Swatch {
      case category(Color), planned, actual, milestone, today
    }
    let entries: [(String, Swatch)] =
      categories.map { ($0, .category(colors[$0]!)) }
      + [
        (locale.text(.planned), .planned), (locale.text(.actual), .actual),
        (locale.text(.milestone), .milestone), (locale.text(.today), .today),
      ]
    let lineHeight = 18.0
    let neutral = theme.mutedText
    var nodes: [SceneNode] = []
    var x = margin
    var y = top + lineHeight / 2
    for (name, swatch) in entries {
      let textWidth = measurer.width(of: name, font: legendFont)
      let swatchWidth = 16.0
      let entryWidth = swatchWidth + 5 + textWidth
      if x > margin && x + entryWidth > width - margin {
        x = margin
        y += lineHeight
      }
      switch swatch {
      case .category(let color):
        nodes.append(.rect(RectNode(x: x + 3, y: y - 5, width: 10, height: 10, fill: color, cornerRadius: 2)))
      case .planned:
        nodes.append(
          .rect(
            RectNode(
              x: x, y: y - plannedBarHeight / 2 + 1, width: swatchWidth, height: plannedBarHeight - 2,
              fill: neutral.over(theme.background, opacity: theme.plannedOpacity), cornerRadius: 3)))
      case .actual:
        nodes.append(
          .rect(
            RectNode(
              x: x, y: y - actualBarHeight / 2, width: swatchWidth, height: actualBarHeight, fill: neutral,
              cornerRadius: 2)))
      case .milestone:
        nodes.append(
          .polygon(
            PolygonNode(
              points: diamond(cx: x + 8, cy: y, half: 6), fill: neutral.over(theme.background, opacity: 0.32),
              stroke: neutral)))
      case .today:
        nodes.append(
          .line(LineNode(from: Point(x + 8, y - 7), to: Point(x + 8, y + 7), color: theme.today, width: 1.5)))
      }
      nodes.append(
        .text(
          TextNode(name, x: x + swatchWidth + 5, y: y, font: legendFont, color: theme.text, width: textWidth))
      )
      x += entryWidth + 16
    }
    return (nodes, y + lineHeight / 2 - top)
  }
}

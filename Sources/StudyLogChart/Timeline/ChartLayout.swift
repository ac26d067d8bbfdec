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
  /// Whether items are grouped in sections by track: some item has a track.
  let hasTracks: Bool

  // MARK: - Metrics

  public static let rowHeight = 24.0
  public static let sectionHeight = 30.0
  public static let plannedBarHeight = 14.0
  public static let actualBarHeight = 6.0
  /// Height of each of the axis's two tiers.
  public static let tierHeight = 20.0
  /// Height of each lane of marker labels.
  public static let laneHeight = 16.0
  /// Space between the label column and the plot.
  public static let labelGap = 16.0
  /// Room kept right of the plot for slip and progress labels.
  public static let annotationRoom = 64.0
  /// How far item titles are indented under a track's heading.
  public static let indent = 10.0
  /// Rows above which the axis is repeated under the chart.
  public static let bottomAxisRows = 20
  /// Rows after which the axis is repeated inside a long chart: before the next section from
  /// `axisRepeatRows - 10` rows on, else before the next row; never in its last 10 rows, which
  /// the axis under the chart serves.
  public static let axisRepeatRows = 40

  /// Points per day in the plot.
  public var pointsPerDay: Double { (plotRight - plotLeft) / Double(window.days) }

  /// The x where `day` begins.
  public func x(_ day: Day) -> Double { plotLeft + Double(day - window.start) * pointsPerDay }

  /// How far item titles are indented: under track headings, or not at all without tracks.
  var labelIndent: Double { hasTracks ? Self.indent : 0 }

  public init(roadmap: Roadmap, options: ChartOptions, measurer: TextMeasuring) {
    self.options = options
    let m = ChartMetrics.margin
    let width = options.width
    hasTracks = roadmap.items.contains { $0.track != nil }

    // The label column: as wide as the widest title (as far as a label is measured), within
    // limits.
    let indent = hasTracks ? Self.indent : 0
    let widest = roadmap.items.reduce(0.0) {
      max($0, measurer.width(of: ChartLimits.label($1.title), font: ChartMetrics.rowFont))
    }
    let maxColumn = max(80, (width - 2 * m) * 0.32)
    labelColumnWidth = min(max(widest + indent, 120), maxColumn)
    plotLeft = m + labelColumnWidth + Self.labelGap
    plotRight = max(plotLeft + 100, width - m - Self.annotationRoom)

    window = ChartWindow.days(roadmap, options: options)
    axis = TimeAxis.layout(
      window: window, plotWidth: plotRight - plotLeft, locale: options.locale,
      font: ChartMetrics.lowerAxisFont, measurer: measurer)

    scene = Scene(width: width, height: 0, background: options.theme.background, nodes: [])
    scene = build(roadmap, measurer: measurer)
  }

  /// The scene, from top to bottom; see the type's description.
  private func build(_ roadmap: Roadmap, measurer: TextMeasuring) -> Scene {
    let theme = options.theme
    let m = ChartMetrics.margin
    let width = options.width
    var nodes: [SceneNode] = []

    let heading = ChartHeading(
      title: options.title, subtitle: subtitle(roadmap), width: width, theme: theme, measurer: measurer)
    nodes += heading.nodes
    var y = heading.bottom

    let colors = categoryColors(roadmap)
    let patterns = categoryPatterns(roadmap)
    // What the rows draw, to list exactly that in the legend: the rows laid out once at the top.
    // (Roles and items only: elements would measure the ink of every label, 5,000 rows twice.)
    let drawn = Scene(
      width: width, height: 0, background: theme.background,
      nodes: rows(
        roadmap, top: 0, colors: colors, patterns: patterns, measurer: measurer
      ).nodes
    ).drawnRolesAndItems()
    let shown = drawn.itemsWithShapes
    let categories = roadmap.categories.filter { name in
      roadmap.items.contains { $0.category == name && shown.contains($0.id) }
    }
    var roles = drawn.roles
    if roles.contains("milestone.met") { roles.insert("bar.actual") }
    if window.contains(options.today) { roles.insert("today") }
    let legend = ChartLegend(
      categories: categories, colors: colors, patterns: patterns, drawn: roles, theme: theme,
      locale: options.locale, top: y,
      width: width, measurer: measurer)
    nodes.append(.group("legend", legend.nodes))
    y += legend.height + 10

    let lanes = MarkerLanes(markers: markers(), minX: m, maxX: width - m, theme: theme, measurer: measurer)
    let laneTop = y
    y += lanes.height

    let axisTop = y
    y += 2 * Self.tierHeight

    let rows = rows(roadmap, top: y, colors: colors, patterns: patterns, measurer: measurer)
    let rowsBottom = rows.bottom + 4

    nodes.append(.group("bands", rows.bands))
    nodes.append(.group("grid", gridlines(top: axisTop, bottom: rowsBottom)))
    nodes.append(.group("axis", axisNodes(top: axisTop, upperFirst: true, measurer: measurer)))
    for top in rows.axes {
      nodes.append(.group("axis.repeat", axisNodes(top: top, upperFirst: true, measurer: measurer)))
    }
    nodes.append(.group("rows", rows.nodes))
    nodes.append(.group("markers", lanes.nodes(top: laneTop, bottom: rowsBottom, theme: theme)))
    var bottom = rowsBottom
    // A long chart repeats the axis under its rows, so that dates can be read at both ends.
    if roadmap.items.count > Self.bottomAxisRows {
      nodes.append(.group("axis.bottom", axisNodes(top: rowsBottom, upperFirst: false, measurer: measurer)))
      bottom += 2 * Self.tierHeight
    }
    // Lines stop short of every text they would cross.
    let knockout = LineKnockout(texts: nodes)
    nodes = nodes.map { node in
      guard case .group(let name, let children) = node, name == "grid" || name == "markers" else {
        return node
      }
      return .group(name, knockout.apply(children))
    }
    return Scene(width: width, height: (bottom + m).rounded(.up), background: theme.background, nodes: nodes)
  }

  // MARK: - Steps of the build

  /// How many items, the planned dates' span, and the day of the chart.
  private func subtitle(_ roadmap: Roadmap) -> String {
    let locale = options.locale
    var parts = [locale.text(.items(roadmap.items.count))]
    let planned = roadmap.items.compactMap(\.planned)
    if let first = planned.map(\.start).min(), let last = planned.map(\.end).max() {
      parts.append("\(first.iso) – \(last.iso)")
    }
    parts.append(locale.text(.asOf(options.today)))
    return parts.joined(separator: " · ")
  }

  /// Categories' colours: the palette's in order of first appearance, overridden by name.
  private func categoryColors(_ roadmap: Roadmap) -> [String: Color] {
    let palette = options.theme.palette
    var colors: [String: Color] = [:]
    for (i, name) in roadmap.categories.enumerated() {
      colors[name] = options.colors[name] ?? palette[i % palette.count]
    }
    return colors
  }

  /// Categories' second cues, by order of first appearance: none while the palette's colours
  /// last, then a pattern for each further round (`FillPattern.kind(forCategory:colors:)`).
  private func categoryPatterns(_ roadmap: Roadmap) -> [String: FillPattern.Kind] {
    var patterns: [String: FillPattern.Kind] = [:]
    for (i, name) in roadmap.categories.enumerated() {
      patterns[name] = FillPattern.kind(forCategory: i, colors: options.theme.palette.count)
    }
    return patterns
  }

  /// The today line, when today is in the window, and the `--mark` lines in it.
  private func markers() -> [Marker] {
    func center(_ day: Day) -> Double { x(day) + pointsPerDay / 2 }
    let today = options.today
    var markers: [Marker] = []
    if window.contains(today) {
      markers.append(
        Marker(x: center(today), label: "\(options.locale.text(.today)) \(today.iso)", isToday: true))
    }
    // A mark on today's day stands 3 points right of the today line, so that both show.
    for mark in options.marks where window.contains(mark.day) {
      let shift = mark.day == today && window.contains(today) ? 3.0 : 0
      markers.append(Marker(x: center(mark.day) + shift, label: mark.label, isToday: false))
    }
    return markers
  }

  /// The sections and rows from `top`: section bands, section headings and item rows, the tops
  /// of the axes repeated between them (`axisRepeatRows`), and the y under the last row.
  private func rows(
    _ roadmap: Roadmap, top: Double, colors: [String: Color], patterns: [String: FillPattern.Kind],
    measurer: TextMeasuring
  ) -> (bands: [SceneNode], nodes: [SceneNode], axes: [Double], bottom: Double) {
    var y = top
    var bands: [SceneNode] = []
    var nodes: [SceneNode] = []
    var axes: [Double] = []
    var sinceAxis = 0
    var left = roadmap.items.count
    func repeatAxis(after rows: Int) {
      guard sinceAxis >= rows, left > 10 else { return }
      axes.append(y)
      y += 2 * Self.tierHeight
      sinceAxis = 0
    }
    for section in TimelineSection.sections(roadmap, sort: options.sort, locale: options.locale) {
      repeatAxis(after: Self.axisRepeatRows - 10)
      if hasTracks {
        let heading = section.heading(top: y, in: self, measurer: measurer)
        bands.append(heading.band)
        nodes.append(heading.label)
        y += Self.sectionHeight
      }
      for item in section.items {
        repeatAxis(after: Self.axisRepeatRows)
        sinceAxis += 1
        left -= 1
        let row = TimelineRow(
          item: item, centerY: y + Self.rowHeight / 2, color: colors[item.category]!,
          pattern: patterns[item.category], chart: self)
        nodes.append(.group("item \(item.id)", row.nodes(measurer: measurer)))
        y += Self.rowHeight
      }
    }
    return (bands, nodes, axes, y)
  }

  /// Gridlines from the axis at `top` down to `bottom`: light at every lower-tier boundary,
  /// stronger at upper-tier ones, and a line under the axis.
  private func gridlines(top: Double, bottom: Double) -> [SceneNode] {
    let theme = options.theme
    var grid: [SceneNode] = []
    for cell in axis.lower.dropFirst() {
      let gx = x(cell.start)
      grid.append(
        .line(
          LineNode(from: Point(gx, top + Self.tierHeight), to: Point(gx, bottom), color: theme.grid, width: 1)
        ))
    }
    for cell in axis.upper.dropFirst() {
      let gx = x(cell.start)
      grid.append(
        .line(LineNode(from: Point(gx, top), to: Point(gx, bottom), color: theme.gridStrong, width: 1)))
    }
    grid.append(
      .line(
        LineNode(
          from: Point(plotLeft, top + 2 * Self.tierHeight), to: Point(plotRight, top + 2 * Self.tierHeight),
          color: theme.gridStrong, width: 1)))
    return grid
  }

  /// The two tiers of the axis on a band from `top`: the larger unit above the smaller one, or
  /// below it for the axis under the rows.
  private func axisNodes(top: Double, upperFirst: Bool, measurer: TextMeasuring) -> [SceneNode] {
    let theme = options.theme
    let band = SceneNode.rect(
      RectNode(
        x: plotLeft, y: top, width: plotRight - plotLeft, height: 2 * Self.tierHeight, fill: theme.sectionBand
      ))
    func labels(_ cells: [AxisCell], row: Double, font: Font, color: Color, atTick: Bool) -> [SceneNode] {
      cells.filter { !$0.label.isEmpty }.map { cell in
        measurer.text(
          cell.label,
          x: (atTick ? x(cell.start) + TimeAxis.tickGap : (x(cell.start) + x(cell.end)) / 2) + cell.shift,
          y: top + Self.tierHeight * (row + 0.5), font: font, color: color, anchor: atTick ? .start : .middle)
      }
    }
    let suffix = upperFirst ? "" : ".bottom"
    return [
      band,
      .group(
        "axis.upper" + suffix,
        labels(
          axis.upper, row: upperFirst ? 0 : 1, font: ChartMetrics.upperAxisFont, color: theme.text,
          atTick: false)),
      .group(
        "axis.lower" + suffix,
        labels(
          axis.lower, row: upperFirst ? 1 : 0, font: ChartMetrics.lowerAxisFont, color: theme.mutedText,
          atTick: TimeAxis.labelsStartAtTick(axis.lowerUnit))),
    ]
  }
}

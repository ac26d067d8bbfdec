import StudyLog

/// The legend of a timeline: a swatch of each category the chart draws (with its pattern past
/// the palette's twelve colours), then what planned,
/// actual, milestone and today look like, each only when the chart draws one; wrapped to the
/// chart's width. The planned and actual swatches are in the text's colour, which no category
/// takes, so that they do not read as a grey category.
struct ChartLegend {
  /// The swatches and their names.
  let nodes: [SceneNode]
  /// From the legend's top to the bottom of its last line.
  let height: Double

  /// What an entry's swatch shows.
  private enum Swatch {
    case category(Color, FillPattern.Kind?), planned, actual, milestone, today
  }

  init(
    categories: [String], colors: [String: Color], patterns: [String: FillPattern.Kind], drawn: Set<String>,
    theme: Theme, locale: Language,
    top: Double, width: Double, measurer: TextMeasuring
  ) {
    let margin = ChartMetrics.margin
    let font = ChartMetrics.legendFont
    let plannedBarHeight = ChartLayout.plannedBarHeight
    let actualBarHeight = ChartLayout.actualBarHeight
    let entries: [(String, Swatch)] =
      categories.map { (ChartLimits.label($0), .category(colors[$0]!, patterns[$0])) }
      + ([
        (.planned, .planned, "bar.planned"), (.actual, .actual, "bar.actual"),
        (.milestone, .milestone, "milestone"), (.today, .today, "today"),
      ] as [(ChartPhrase, Swatch, String)]).filter { drawn.contains($0.2) }.map { (locale.text($0.0), $0.1) }
    let lineHeight = 18.0
    let neutral = theme.text
    var nodes: [SceneNode] = []
    var x = margin
    var y = top + lineHeight / 2
    for (name, swatch) in entries {
      let textWidth = measurer.width(of: name, font: font)
      let swatchWidth = 16.0
      let entryWidth = swatchWidth + 5 + textWidth
      if x > margin && x + entryWidth > width - margin {
        x = margin
        y += lineHeight
      }
      switch swatch {
      case .category(let color, let pattern):
        nodes.append(
          .rect(
            RectNode(
              x: x + 3, y: y - 5, width: 10, height: 10, fill: color, cornerRadius: 2,
              pattern: pattern.map { FillPattern($0, color: theme.background) })))
      case .planned:
        nodes.append(
          .rect(
            RectNode(
              x: x, y: y - plannedBarHeight / 2 + 1, width: swatchWidth, height: plannedBarHeight - 2,
              fill: neutral.over(theme.background, opacity: theme.plannedOpacity), stroke: neutral,
              cornerRadius: 3)))
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
              points: TimelineRow.diamond(cx: x + 8, cy: y, half: 6),
              fill: neutral.over(theme.background, opacity: 0.32), stroke: neutral)))
      case .today:
        nodes.append(
          .line(LineNode(from: Point(x + 8, y - 7), to: Point(x + 8, y + 7), color: theme.today, width: 1.5)))
      }
      nodes.append(
        .text(TextNode(name, x: x + swatchWidth + 5, y: y, font: font, color: theme.text, width: textWidth)))
      x += entryWidth + 16
    }
    self.nodes = nodes
    height = y + lineHeight / 2 - top
  }
}

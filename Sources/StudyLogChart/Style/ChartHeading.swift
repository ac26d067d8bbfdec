/// The title and subtitle at the top of every chart, each cut to the chart's width.
struct ChartHeading {
  /// The `title` and `subtitle` groups.
  let nodes: [SceneNode]
  /// The y under the heading, where the rest of the chart begins.
  let bottom: Double

  init(title: String, subtitle: String, width: Double, theme: Theme, measurer: TextMeasuring) {
    let m = ChartMetrics.margin
    let titleFont = ChartMetrics.titleFont
    let subtitleFont = ChartMetrics.subtitleFont
    let t = measurer.fit(title, maxWidth: width - 2 * m, font: titleFont)
    let s = measurer.fit(subtitle, maxWidth: width - 2 * m, font: subtitleFont)
    nodes = [
      .group(
        "title",
        [.text(TextNode(t.text, x: m, y: m + 13, font: titleFont, color: theme.text, width: t.width))]),
      .group(
        "subtitle",
        [.text(TextNode(s.text, x: m, y: m + 39, font: subtitleFont, color: theme.mutedText, width: s.width))]
      ),
    ]
    bottom = m + 60
  }
}

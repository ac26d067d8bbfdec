import StudyLog

/// A section of a timeline: the items of one track, under a band with the track's name and how
/// many of its items are done.
struct TimelineSection {
  /// The track's name; the no-track phrase for items without a track.
  var name: String
  var items: [Item]

  /// Items grouped by track (`Roadmap.byTrack`: items without a track first), each section in
  /// file order or by planned start.
  static func sections(_ roadmap: Roadmap, sort: ChartSort, locale: Language) -> [TimelineSection] {
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
      return TimelineSection(name: track ?? locale.text(.noTrack), items: items)
    }
  }

  /// The section's heading from `top`, `ChartLayout.sectionHeight` high: the band behind it,
  /// and its name cut to the label column with the count of items done after it.
  func heading(top y: Double, in chart: ChartLayout, measurer: TextMeasuring)
    -> (band: SceneNode, label: SceneNode)
  {
    let options = chart.options
    let theme = options.theme
    let m = ChartMetrics.margin
    let sectionHeight = ChartLayout.sectionHeight
    let sectionFont = ChartMetrics.sectionFont
    let annotationFont = ChartMetrics.annotationFont
    let done = items.filter { $0.status(on: options.today) == .done }.count
    let band = SceneNode.rect(
      RectNode(
        x: m, y: y + 4, width: options.width - 2 * m, height: sectionHeight - 6, fill: theme.sectionBand))
    let fitted = measurer.fit(name, maxWidth: chart.labelColumnWidth, font: sectionFont)
    let count = options.locale.text(.doneCount(done, of: items.count))
    let countWidth = measurer.width(of: count, font: annotationFont)
    let label = SceneNode.group(
      "section \(name)",
      [
        .text(
          TextNode(
            fitted.text, x: m + 4, y: y + sectionHeight / 2 + 1, font: sectionFont, color: theme.text,
            width: fitted.width)),
        .text(
          TextNode(
            count, x: m + 4 + fitted.width + 8, y: y + sectionHeight / 2 + 1, font: annotationFont,
            color: theme.mutedText, width: countWidth)),
      ])
    return (band, label)
  }
}

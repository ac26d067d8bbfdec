/// The sizes every chart shares, in points: the margin around its content and the fonts of its
/// texts. Each layout adds its own sizes (`ChartLayout.rowHeight`, `HeatmapLayout.cell`, …).
public enum ChartMetrics {
  /// Space between a chart's edges and its content, on every side.
  public static let margin = 24.0

  /// The chart's title.
  public static let titleFont = Font(size: 20, bold: true)
  /// The line under the title: counts, dates, the day of the chart.
  public static let subtitleFont = Font(size: 12)
  /// Legend entries.
  public static let legendFont = Font(size: 11)
  /// The larger unit of a time axis (years, months).
  public static let upperAxisFont = Font(size: 11, bold: true)
  /// The smaller unit of a time axis, and the heatmap's month and weekday labels.
  public static let lowerAxisFont = Font(size: 10)
  /// Item titles, and the progress chart's done share.
  public static let rowFont = Font(size: 11)
  /// Track names over sections, and category names beside progress bars.
  public static let sectionFont = Font(size: 12, bold: true)
  /// Small text beside the data: slips, counts, marker labels, scales.
  public static let annotationFont = Font(size: 10)

  /// Every font above, once.
  public static let fonts: [Font] = {
    var seen: Set<Font> = []
    return [
      titleFont, subtitleFont, legendFont, upperAxisFont, lowerAxisFont, rowFont, sectionFont, annotationFont,
    ].filter { seen.insert($0).inserted }
  }()
}

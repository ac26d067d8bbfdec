import StudyLog

/// The largest charts studylog draws. Each check runs before the chart is laid out, from what the
/// roadmap, the session log and the options already say, so that a chart too large is refused in
/// a moment instead of after seconds of layout and gigabytes of drawing. The checks name the
/// limit and what to do instead.
///
/// Chosen so that no chart within them took more than 7 seconds or 420 MB on the 2-core
/// development machine (README, "Limits").
public enum ChartLimits {
  /// Rows a chart may have: items in a timeline, categories in a progress chart. Since PNGs are
  /// drawn in bands on every core, a 5,000-item timeline at `--scale 2` is a PNG of a few seconds
  /// (README, "Limits").
  public static let maxRows = 5_000
  /// Days a timeline's window may span: 100 years (36,525 days).
  public static let maxTimelineDays = 36_525
  /// Days a heatmap may show: 20 years (7,305 days), which at the default `--scale 2` still fits
  /// a PNG (15,750 points, 31,500 pixels wide).
  public static let maxHeatmapDays = 7_305
  /// Pixels across a PNG: each band of it is a Cairo image surface, at most 32,767 pixels a side.
  /// Its height has no limit but `maxPNGPixels`: the image is drawn and encoded band by band.
  public static let maxPNGWidth = 32_767
  /// Pixels a PNG may have in all: a billion, a few seconds of drawing (memory does not grow with
  /// the image: it is drawn in bands).
  public static let maxPNGPixels = 1_000_000_000
  /// Characters of a title, track or category a chart measures: longer ones are cut there (and
  /// end in `…`), so that a label costs the same to lay out however long its text.
  public static let maxLabelCharacters = 100

  /// `text`, or its first `maxLabelCharacters` characters followed by `…`.
  public static func label(_ text: String) -> String {
    let head = text.prefix(maxLabelCharacters)
    return head.endIndex == text.endIndex ? text : String(head) + "…"
  }

  /// Refuses a timeline of `roadmap` with `options` that would have more than `maxRows` rows, a
  /// window longer than `maxTimelineDays`, or (drawn as a PNG at `pngScale` pixels per point)
  /// more pixels than a PNG may have. The window is 64 (usage) when `--from` or `--to` made it,
  /// else 65 (data); rows are 65; a PNG is 73 (the output cannot be made), as after drawing.
  public static func checkTimeline(_ roadmap: Roadmap, options: ChartOptions, pngScale: Double?)
    throws(LimitError)
  {
    try checkRows(roadmap.items.count, of: "the timeline", counting: "items")
    let window = ChartWindow.days(roadmap, options: options)
    if window.days > maxTimelineDays {
      let byOptions = options.from != nil || options.to != nil
      throw LimitError(
        "the timeline's window \(window.start.iso) – \(window.end.iso) spans \(LimitError.grouped(window.days))"
          + " days; a timeline spans at most 100 years (\(LimitError.grouped(maxTimelineDays)) days): "
          + (byOptions
            ? "crop it with --from/--to" : "correct the dates far from the others, or crop with --from/--to"),
        exitCode: byOptions ? ExitStatus.usage : ExitStatus.dataError)
    }
    guard let pngScale else { return }
    try checkPNG(
      width: options.width, height: minimumHeight(timeline: roadmap), scale: pngScale, atLeast: true,
      advice: "split the roadmap (one file per track, say)")
  }

  /// A timeline's height before it is laid out, at least: the heading, one line of legend and
  /// the axis above the rows, the rows and section headings, the axis repeated under more than
  /// `ChartLayout.bottomAxisRows` rows, the margins. Marker lanes and more lines of legend add to it.
  static func minimumHeight(timeline roadmap: Roadmap) -> Double {
    let sections = roadmap.items.contains { $0.track != nil } ? roadmap.byTrack.count : 0
    let rows =
      Double(roadmap.items.count) * ChartLayout.rowHeight + Double(sections) * ChartLayout.sectionHeight
    let m = ChartMetrics.margin
    let bottomAxis = roadmap.items.count > ChartLayout.bottomAxisRows ? 2 * ChartLayout.tierHeight : 0
    return m + 60 + 18 + 10 + 2 * ChartLayout.tierHeight + rows + 4 + bottomAxis + m
  }

  /// A progress chart's height with `categories` bars and the total: the heading, the legend,
  /// the bars and the margins.
  static func height(progress categories: Int) -> Double {
    let m = ChartMetrics.margin
    return m + 60 + 32 + Double(categories + 1) * ProgressLayout.rowHeight + 8 + m
  }

  /// Refuses a progress chart of `roadmap` with more than `maxRows` categories, or one that drawn
  /// as a PNG at `pngScale` would have more pixels than a PNG may have.
  public static func checkProgress(_ roadmap: Roadmap, options: ChartOptions, pngScale: Double?)
    throws(LimitError)
  {
    let categories = roadmap.categories.count
    try checkRows(categories, of: "the progress chart", counting: "categories")
    guard let pngScale else { return }
    try checkPNG(
      width: options.width, height: height(progress: categories), scale: pngScale, atLeast: false,
      advice: "use fewer categories")
  }

  /// Refuses a heatmap of `sessions` with `options` that would show more than `maxHeatmapDays`
  /// days (only `--from`/`--to` can ask for that: 64), or whose PNG at `pngScale` would be too
  /// large (73).
  public static func checkHeatmap(_ sessions: [Session], options: ChartOptions, pngScale: Double?)
    throws(LimitError)
  {
    let (first, last) = HeatmapLayout.shownDays(sessions: sessions, options: options)
    let days = last - first + 1
    if days > maxHeatmapDays {
      throw LimitError(
        "the heatmap would show \(first.iso) – \(last.iso), \(LimitError.grouped(days)) days; a heatmap"
          + " shows at most 20 years (\(LimitError.grouped(maxHeatmapDays)) days): choose fewer days with --from/--to",
        exitCode: ExitStatus.usage)
    }
    guard let pngScale else { return }
    let weeks = HeatmapLayout.weeks(first: first, last: last).days / 7
    try checkPNG(
      width: HeatmapLayout.width(weeks: weeks), height: HeatmapLayout.height, scale: pngScale, atLeast: false,
      advice: "show fewer weeks with --from/--to")
  }

  /// Refuses a PNG of `width` × `height` points at `scale` pixels per point more than
  /// `maxPNGWidth` pixels wide or with more than `maxPNGPixels` in all (73). `atLeast` says the height is a
  /// lower bound (the chart is not laid out yet); `advice` is what else the user can do.
  public static func checkPNG(width: Double, height: Double, scale: Double, atLeast: Bool, advice: String)
    throws(LimitError)
  {
    let w = Int((width * scale).rounded(.up))
    let h = Int((height * scale).rounded(.up))
    let size = "the PNG would be \(w)×\(h) pixels\(atLeast ? " or more" : "")"
    if w > maxPNGWidth {
      throw LimitError(
        "\(size); a PNG is at most \(maxPNGWidth) pixels wide: use a smaller --scale or --width, or write SVG"
          + " or PDF",
        exitCode: ExitStatus.cannotCreate)
    }
    if w * h > maxPNGPixels {
      throw LimitError(
        "\(size), \(LimitError.grouped(w * h)) in all; a PNG may have at most"
          + " \(LimitError.grouped(maxPNGPixels)) pixels: use a smaller --scale, \(advice), or write SVG or PDF",
        exitCode: ExitStatus.cannotCreate)
    }
  }

  /// Refuses a chart of more than `maxRows` rows (65).
  private static func checkRows(_ rows: Int, of chart: String, counting what: String) throws(LimitError) {
    guard rows > maxRows else { return }
    throw LimitError(
      "\(chart) would have \(LimitError.grouped(rows)) \(what); a chart draws at most"
        + " \(LimitError.grouped(maxRows)) rows: split the roadmap (one file per track, say)",
      exitCode: ExitStatus.dataError)
  }
}

import StudyLog

/// Everything `studylog report` writes for a blog post, each under its file name: the charts in
/// the light theme (timeline as PNG and SVG, the heatmap when there is a session log, progress),
/// the same charts in the dark theme with `-dark` names, then the summary, the week holding
/// today and the planned-versus-actual comparison as markdown. The timeline's SVG is one file for
/// both themes (`SVGWriter`), unless outlines are asked for: then Cairo draws it once per theme.
public struct ReportBundle {
  /// A chart to draw: the file name (ending in the format's extension), its laid-out scene and
  /// the format to draw it in.
  public struct Image {
    public let name: String
    public let scene: Scene
    public let format: ImageFormat
    /// Which chart it is: `timeline`, `heatmap` or `progress`.
    public let chart: String
    /// Whether it is drawn in the dark theme (its name ends in `-dark`).
    public let isDark: Bool
    /// For an SVG written by `SVGWriter`: the same chart in the dark theme, and what the
    /// document says besides the drawing. Nil for images Cairo draws.
    public var dark: Scene? = nil
    public var annotations: SVGAnnotations? = nil
  }

  /// A report to write as it is, under its file name.
  public struct Text {
    public let name: String
    public let text: String
    /// Which report it is: `summary`, `week` or `compare`.
    public var report: String { String(name.prefix { $0 != "." }) }
  }

  /// The charts, in the order they are written.
  public let images: [Image]
  /// The markdown reports, in the order they are written (after the charts).
  public let texts: [Text]

  /// Lays out every chart with `measurer` and renders every report. `sessions` is the session log
  /// when there is one; `options` say how the charts look (title, language, window, colours…),
  /// each drawn in every one of `themes`; the week is in `options.locale`. The timeline's SVG is
  /// one file for every theme asked (`SVGWriter`); `outlineSVG` asks for Cairo's instead, one per
  /// theme.
  public init(
    roadmap: Roadmap, sessions: [Session]?, options base: ChartOptions, themes: [Theme] = [.light, .dark],
    measurer: TextMeasuring, outlineSVG: Bool = false
  ) {
    let today = base.today
    let language = base.locale
    let title = base.title
    var images: [Image] = []
    var firstTimeline: (scene: Scene, options: ChartOptions, at: Int)?
    for theme in themes {
      var options = base
      options.theme = theme
      let suffix = theme == .dark ? "-dark" : ""
      func image(_ base: String, _ scene: Scene, _ format: ImageFormat) -> Image {
        Image(
          name: "\(base)\(suffix).\(format.rawValue)", scene: scene, format: format, chart: base,
          isDark: theme == .dark)
      }
      let timeline = ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene
      images.append(image("timeline", timeline, .png))
      if outlineSVG {
        images.append(image("timeline", timeline, .svg))
      } else if let first = firstTimeline {
        // One web SVG for both themes: the light scene, with the dark one for the dark scheme.
        let (light, lightOptions, dark) =
          first.options.theme == .dark
          ? (timeline, options, first.scene) : (first.scene, first.options, timeline)
        var svg = Image(name: "timeline.svg", scene: light, format: .svg, chart: "timeline", isDark: false)
        svg.dark = dark
        svg.annotations = .timeline(light, roadmap: roadmap, options: lightOptions)
        images[first.at] = svg
      } else {
        // Named for its theme until the other theme joins it.
        var svg = image("timeline", timeline, .svg)
        svg.annotations = .timeline(timeline, roadmap: roadmap, options: options)
        images.append(svg)
        firstTimeline = (timeline, options, images.count - 1)
      }
      if let sessions {
        let heatmap = HeatmapLayout(sessions: sessions, options: options, measurer: measurer).scene
        images.append(image("heatmap", heatmap, .png))
      }
      let progress = ProgressLayout(roadmap: roadmap, options: options, measurer: measurer).scene
      images.append(image("progress", progress, .png))
    }
    self.images = images
    let week = WeekReport(
      roadmap: roadmap, sessions: sessions, week: Week(containing: today), today: today, title: title)
    let summary = RoadmapSummary(roadmap, by: .category, today: today, title: title)
    texts = [
      Text(name: "summary.md", text: summary.render(.markdown, language: language)),
      Text(name: "week.md", text: week.render(.markdown, language: language)),
      Text(
        name: "compare.md",
        text: Comparison(roadmap, today: today, title: title).render(.markdown, language: language)),
    ]
  }
}

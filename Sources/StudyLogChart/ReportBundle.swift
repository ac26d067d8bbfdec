import StudyLog

/// Everything `studylog report` writes for a blog post, each under its file name: the charts in
/// the light theme (timeline as PNG and SVG, the heatmap when there is a session log, progress),
/// the same charts in the dark theme with `-dark` names, then the summary, the week holding
/// today and the planned-versus-actual comparison as markdown.
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
  /// each drawn in every one of `themes`; the week is in `options.locale`.
  public init(
    roadmap: Roadmap, sessions: [Session]?, options base: ChartOptions, themes: [Theme] = [.light, .dark],
    measurer: TextMeasuring
  ) {
    let today = base.today
    let language = base.locale
    var images: [Image] = []
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
      images.append(image("timeline", timeline, .svg))
      if let sessions {
        let heatmap = HeatmapLayout(sessions: sessions, options: options, measurer: measurer).scene
        images.append(image("heatmap", heatmap, .png))
      }
      let progress = ProgressLayout(roadmap: roadmap, options: options, measurer: measurer).scene
      images.append(image("progress", progress, .png))
    }
    self.images = images
    let week = WeekReport(roadmap: roadmap, sessions: sessions, week: Week(containing: today), today: today)
    texts = [
      Text(name: "summary.md", text: RoadmapSummary(roadmap, by: .category, today: today).render(.markdown)),
      Text(name: "week.md", text: week.render(.markdown, language: language)),
      Text(name: "compare.md", text: Comparison(roadmap, today: today).render(.markdown)),
    ]
  }
}

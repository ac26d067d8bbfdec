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
  }

  /// A report to write as it is, under its file name.
  public struct Text {
    public let name: String
    public let text: String
  }

  /// The charts, in the order they are written.
  public let images: [Image]
  /// The markdown reports, in the order they are written (after the charts).
  public let texts: [Text]

  /// Lays out every chart with `measurer` and renders every report. `sessions` is the session log
  /// when there is one; `title` heads the charts and the reports; `language` is that of every word.
  public init(
    roadmap: Roadmap, sessions: [Session]?, today: Day, title: String, language: Language,
    measurer: TextMeasuring
  ) {
    var images: [Image] = []
    for theme in [Theme.light, .dark] {
      var options = ChartOptions(title: title, today: today)
      options.theme = theme
      options.locale = language
      let suffix = theme == .light ? "" : "-dark"
      func image(_ base: String, _ scene: Scene, _ format: ImageFormat) -> Image {
        Image(name: "\(base)\(suffix).\(format.rawValue)", scene: scene, format: format)
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

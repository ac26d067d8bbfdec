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
    /// For an SVG written by `SVGWriter`: the same chart in the dark theme, and what the
    /// document says besides the drawing. Nil for images Cairo draws.
    public var dark: Scene? = nil
    public var annotations: SVGAnnotations? = nil
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
  /// when there is one; `title` heads the charts; `language` is that of the charts and the week;
  /// `outlineSVG` asks for the timeline's SVG drawn by Cairo, in each theme.
  public init(
    roadmap: Roadmap, sessions: [Session]?, today: Day, title: String, language: Language,
    measurer: TextMeasuring, outlineSVG: Bool = false
  ) {
    var images: [Image] = []
    var lightTimeline: (scene: Scene, options: ChartOptions)?
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
      if outlineSVG {
        images.append(image("timeline", timeline, .svg))
      } else if let light = lightTimeline {
        var svg = Image(name: "timeline.svg", scene: light.scene, format: .svg)
        svg.dark = timeline
        svg.annotations = .timeline(light.scene, roadmap: roadmap, options: light.options)
        images.insert(svg, at: 1)
      } else {
        lightTimeline = (timeline, options)
      }
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

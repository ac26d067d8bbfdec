import ArgumentParser
import Foundation
import StudyLog
import StudyLogCairo
import StudyLogChart

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write everything a post needs: charts in both themes and the reports as markdown.",
    discussion: """
      Writes timeline.png and timeline.svg (and -dark variants), heatmap.png and heatmap-dark.png \
      when there is a session log, progress.png and progress-dark.png, summary.md, week.md and \
      compare.md into the output folder, each atomically, and prints the files written.
      """)

  @OptionGroup var input: RoadmapInput

  @Option(
    help: ArgumentHelp(
      "The session log. Default: sessions.csv beside the roadmap, if any.", valueName: "file"))
  var sessions: String?

  @Option(help: ArgumentHelp("Where to write. Default: the roadmap's folder.", valueName: "dir"))
  var outDir: String?

  @Option(help: "Language of the charts and the weekly summary: en or ko.")
  var locale: Language = .en

  @Option(help: "The charts' title. Default: from the file's name.")
  var title: String?

  @Option(help: "Font families, a comma-separated Pango list.")
  var font: String = defaultFontFamilies

  @Option(help: "PNG pixels per point.")
  var scale: Double = 2

  func validate() throws {
    if input.file == "-" && outDir == nil {
      throw ValidationError("give --out-dir when the roadmap comes from standard input")
    }
    guard (0.25...8).contains(scale) else { throw ValidationError("--scale must be between 0.25 and 8") }
  }

  func run() throws {
    let (roadmap, today) = try input.loadValid()
    let log = try SessionsInput.load(
      option: sessions, roadmapFile: input.file, roadmap: roadmap, today: today)
    let folder =
      outDir
      ?? SessionsInput.relativeIfPossible(URL(fileURLWithPath: input.file).deletingLastPathComponent().path)
    func path(_ name: String) -> String { folder == "." || folder.isEmpty ? name : folder + "/" + name }
    let inputs = [input.file, sessions ?? "-"]
    var written: [String] = []

    let measurer = PangoTextMeasurer(families: font)
    let renderer = CairoRenderer(families: font)
    let chartTitle = title ?? Chart.defaultTitle(for: input.file)
    for theme in [Theme.light, .dark] {
      var options = ChartOptions(title: chartTitle, today: today)
      options.theme = theme
      options.locale = locale
      let suffix = theme == .light ? "" : "-dark"
      var charts: [(String, Scene)] = [
        ("timeline\(suffix).png", ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene)
      ]
      charts.append(("timeline\(suffix).svg", charts[0].1))
      if let log {
        charts.append(
          ("heatmap\(suffix).png", HeatmapLayout(sessions: log, options: options, measurer: measurer).scene))
      }
      charts.append(
        (
          "progress\(suffix).png",
          ProgressLayout(roadmap: roadmap, options: options, measurer: measurer).scene
        ))
      for (name, scene) in charts {
        try Drawing.write(
          scene, to: path(name), renderer: renderer, scale: scale, title: chartTitle, today: today,
          inputs: inputs)
        written.append(path(name))
      }
    }
    Drawing.warnAboutMissingGlyphs(measurer)

    let reports: [(String, String)] = [
      ("summary.md", RoadmapSummary(roadmap, by: .category, today: today).render(.markdown)),
      (
        "week.md",
        WeekReport(roadmap: roadmap, sessions: log, week: Week(containing: today), today: today)
          .render(.markdown, language: locale)
      ),
      ("compare.md", Comparison(roadmap, today: today).render(.markdown)),
    ]
    for (name, text) in reports {
      try OutputFile.write(Data(text.utf8), to: path(name), inputs: inputs)
      written.append(path(name))
    }
    Console.print(written.map { $0 + "\n" }.joined())
  }
}

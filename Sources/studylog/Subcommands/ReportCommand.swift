import ArgumentParser
import Foundation
import StudyLog
import StudyLogCairo
import StudyLogChart

/// `studylog report`: everything a post needs (`ReportBundle`), drawn and written into a folder.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write everything a post needs: charts in both themes and the reports as markdown.",
    discussion: """
      Writes timeline.png and timeline.svg (and -dark variants), heatmap.png and heatmap-dark.png \
      when there is a session log, progress.png and progress-dark.png, summary.md, week.md and \
      compare.md into the output folder, each atomically, and prints the files written.
      """)

  @OptionGroup var input: RoadmapInput

  @OptionGroup var sessions: SessionsOption

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

  func run() async throws {
    let (roadmap, today) = try input.loadValid()
    let log = try sessions.load(roadmapFile: input.file, roadmap: roadmap, today: today)
    let folder =
      outDir ?? WorkingDirectory.relative(URL(fileURLWithPath: input.file).deletingLastPathComponent().path)
    func path(_ name: String) -> String { folder == "." || folder.isEmpty ? name : folder + "/" + name }
    let inputs = [input.file, sessions.input]
    var written: [String] = []

    let measurer = PangoTextMeasurer(families: font)
    let chartTitle = title ?? input.defaultTitle
    // Every chart within ChartLimits (each is drawn as a PNG), checked before any is laid out.
    let options = ChartOptions(title: chartTitle, today: today)
    try ChartLimits.checkTimeline(roadmap, options: options, pngScale: scale)
    if let log { try ChartLimits.checkHeatmap(log, options: options, pngScale: scale) }
    try ChartLimits.checkProgress(roadmap, options: options, pngScale: scale)
    let bundle = ReportBundle(
      roadmap: roadmap, sessions: log, today: today, title: chartTitle, language: locale, measurer: measurer)
    for image in bundle.images where image.format == .png {
      try ChartLimits.checkPNG(
        width: image.scene.width, height: image.scene.height, scale: scale, atLeast: false,
        advice: "split the roadmap (one file per track, say)")
    }
    // The charts are drawn side by side, on every core.
    try await ConcurrentDrawing.write(
      bundle.images.map { .init(scene: $0.scene, format: $0.format, path: path($0.name)) }, families: font,
      scale: scale, title: chartTitle, today: today, inputs: inputs)
    written += bundle.images.map { path($0.name) }
    Drawing.warnAboutMissingGlyphs(measurer)
    for report in bundle.texts {
      try OutputFile.write(Data(report.text.utf8), to: path(report.name), inputs: inputs)
      written.append(path(report.name))
    }
    Console.print(written.map { $0 + "\n" }.joined())
  }
}

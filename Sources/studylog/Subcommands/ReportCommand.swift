import ArgumentParser
import StudyLog
import StudyLogCairo
import StudyLogChart
import StudyLogConfig

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog report`: everything a post needs (`ReportBundle`), drawn and written into a folder.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write everything a post needs: charts in both themes and the reports as markdown.",
    discussion: """
      Writes the timeline as PNG and SVG, the heatmap when there is a session log and the \
      progress chart, in the light and dark themes (the SVG is one file for both themes: it \
      follows the reader's colour scheme; with --svg-text outlines, one outline SVG per theme), \
      then the summary, the week and the comparison as markdown, each atomically, and prints the \
      files written. Files are named after the roadmap (career-map.csv → career-map-timeline.png, \
      career-map-timeline-dark.png, career-map-summary.md…) or as --names or the config say. \
      Folders are created as needed.
      """)

  @OptionGroup var input: RoadmapInput

  @OptionGroup var sessions: SessionsOption

  @Option(
    help: ArgumentHelp(
      "Where to write. Default: the config's report folder, else the roadmap's folder.", valueName: "dir"))
  var outDir: String?

  @Option(
    help: ArgumentHelp(
      "Where to write the images. Default: the config's, else the --out-dir folder.", valueName: "dir"))
  var imageDir: String?

  @OptionGroup var locale: LocaleOption

  @Option(
    help: ArgumentHelp(
      "File names: a pattern of {roadmap}, {name}, {theme} and {ext}. Default: {roadmap}-{name}{theme}.{ext}.",
      valueName: "pattern"))
  var names: String?

  @OptionGroup var style: ChartStyleOptions

  @OptionGroup var config: ConfigOption

  @OptionGroup var watching: WatchOption

  @OptionGroup var svgText: SVGTextOption

  func validate() throws {
    if input.file == "-" && outDir == nil {
      throw ValidationError("give --out-dir when the roadmap comes from standard input")
    }
    if let names, case .failure(let e) = FileNameTemplate.parse(names) {
      throw ValidationError("--names: \(e.message)")
    }
  }

  func run() throws {
    try watching.run(input, sessions: sessions, config: config) { try write() }
  }

  /// Writes every chart and report once; returns the files written.
  func write() throws -> [String] {
    let (roadmap, today) = try input.loadValid()
    let (_, settings) = try config.settings(for: input.file)
    let log = try sessions.load(
      roadmapFile: input.file, roadmap: roadmap, today: today, configured: settings.sessions)
    let sessionLog = sessions.locate(roadmap: input.file, configured: settings.sessions)?.path ?? "-"
    let folder =
      outDir ?? settings.reportFolder
      ?? WorkingDirectory.relative(URL(fileURLWithPath: input.file).deletingLastPathComponent().path)
    let imageFolder = imageDir ?? settings.imageFolder ?? folder
    let template = try names.map { try FileNameTemplate.parse($0).get() } ?? settings.names ?? .standard
    let stem =
      input.file == "-"
      ? "roadmap" : URL(fileURLWithPath: input.file).deletingPathExtension().lastPathComponent
    func path(_ folder: String, _ name: String) -> String {
      folder == "." || folder.isEmpty ? name : folder + "/" + name
    }
    let inputs = [input.file, sessionLog]
    var written: [String] = []

    let font = style.fontFamilies(settings)
    // studylog's fontconfig configuration, unless these families need the system's.
    FontConfiguration.install(for: font)
    let scale = style.pngScale(settings)
    let measurer = PangoTextMeasurer(families: font)
    let language = locale.language(for: roadmap, configured: settings.locale)
    let options = try style.chartOptions(
      settings, defaultTitle: input.defaultTitle(in: language), today: today, language: language,
      roadmap: roadmap)
    // Every chart within ChartLimits (each is drawn as a PNG), checked before any is laid out.
    try ChartLimits.checkTimeline(roadmap, options: options, pngScale: scale)
    if let log { try ChartLimits.checkHeatmap(log, options: options, pngScale: scale) }
    try ChartLimits.checkProgress(roadmap, options: options, pngScale: scale)
    let bundle = ReportBundle(
      roadmap: roadmap, sessions: log, options: options,
      themes: style.themes(settings, fallback: [.light, .dark]),
      measurer: measurer, outlineSVG: svgText.mode == .outlines)
    for image in bundle.images where image.format == .png {
      try ChartLimits.checkPNG(
        width: image.scene.width, height: image.scene.height, scale: scale, atLeast: false,
        advice: "split the roadmap (one file per track, say)")
    }
    try OutputFolder.create(imageFolder)
    try OutputFolder.create(folder)
    var jobs: [ConcurrentDrawing.Job] = []
    for image in bundle.images {
      let name = template.fileName(
        roadmap: stem, name: image.chart, dark: image.isDark, ext: image.format.rawValue)
      if let annotations = image.annotations {
        try Drawing.writeSVG(
          image.scene, dark: image.dark, annotations: annotations, families: font,
          to: path(imageFolder, name), inputs: inputs)
      } else {
        jobs.append(.init(scene: image.scene, format: image.format, path: path(imageFolder, name)))
      }
      written.append(path(imageFolder, name))
    }
    // The charts Cairo draws, side by side on every core.
    try ConcurrentDrawing.writeWaiting(
      jobs, families: font, scale: scale, level: style.compression.level, title: options.title, today: today,
      inputs: inputs)
    Drawing.warnAboutMissingGlyphs(measurer)
    for report in bundle.texts {
      let name = template.fileName(roadmap: stem, name: report.report, dark: false, ext: "md")
      try OutputFile.write(Data(report.text.utf8), to: path(folder, name), inputs: inputs)
      written.append(path(folder, name))
    }
    return written
  }
}

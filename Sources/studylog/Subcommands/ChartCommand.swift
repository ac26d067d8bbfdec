import ArgumentParser
import StudyLog
import StudyLogCairo
import StudyLogChart

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `studylog chart`: the roadmap drawn as a timeline, a heatmap of study time or progress per
/// category, to PNG, SVG or PDF files.
struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Draw the roadmap as a timeline, a heatmap of study time, or progress per category.",
    discussion: """
      One row per item, grouped by track: the planned range as a light bar, the actual range as a \
      solid narrower bar, milestones as diamonds, the slip of finished items at the bar's end, and \
      a today line. The format of each -o follows its extension; the chart is laid out once and \
      drawn for each. Without -o, a PNG goes beside the input with the same name.
      """)

  /// Which chart to draw.
  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case timeline, heatmap, progress
  }

  @OptionGroup var input: RoadmapInput

  @Option(help: "timeline (the roadmap), heatmap (study hours per day) or progress (per category).")
  var kind: Kind = .timeline

  @OptionGroup var sessions: SessionsOption

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Output file (.png, .svg, .pdf, or .scene.json for the laid-out scene); may repeat.", valueName: "file")
  )
  var output: [String] = []

  @OptionGroup var style: ChartStyleOptions

  @OptionGroup var svgText: SVGTextOption

  @OptionGroup var locale: LocaleOption

  @OptionGroup var config: ConfigOption

  @OptionGroup var watching: WatchOption

  func validate() throws {
    for path in output where ImageFormat(path: path) == nil && !Drawing.isSceneDump(path) {
      throw ValidationError("cannot tell the format of '\(path)': use a .png, .svg, .pdf or .scene.json name")
    }
    if output.isEmpty && input.file == "-" {
      throw ValidationError("give -o when the roadmap comes from standard input")
    }
  }

  func run() throws {
    try watching.run(input, sessions: sessions, config: config) { try draw() }
  }

  /// Draws the chart once; returns the files written (streams left out).
  func draw() throws -> [String] {
    let (roadmap, today) = try input.loadValid()
    let (_, settings) = try config.settings(for: input.file)
    let language = locale.language(for: roadmap, configured: settings.locale)
    let options = try style.chartOptions(
      settings, defaultTitle: input.defaultTitle(in: language), today: today, language: language,
      roadmap: roadmap)
    let font = style.fontFamilies(settings)
    // studylog's fontconfig configuration, unless these families need the system's.
    FontConfiguration.install(for: font)
    let scale = style.pngScale(settings)
    let sessionLog = sessions.locate(roadmap: input.file, configured: settings.sessions)?.path ?? "-"
    let outputs = output.isEmpty ? [Self.besideInput(input.file, kind: kind)] : output
    // Within ChartLimits, checked before the chart is laid out.
    let pngScale = outputs.contains { ImageFormat(path: $0) == .png } ? scale : nil
    // The fonts at the PNG's scale load while the chart is laid out (at scale 1 the PNG draws the
    // glyphs its layout measured; fontconfig's set-up started with the command).
    if let pngScale { FontPreparation.start(families: font, scale: pngScale) }
    let measurer = PangoTextMeasurer(families: font)
    measurer.keepsShapes = pngScale == 1
    let layout: (ChartOptions) -> Scene
    switch kind {
    case .timeline:
      try ChartLimits.checkTimeline(roadmap, options: options, pngScale: pngScale)
      layout = { ChartLayout(roadmap: roadmap, options: $0, measurer: measurer).scene }
    case .progress:
      try ChartLimits.checkProgress(roadmap, options: options, pngScale: pngScale)
      layout = { ProgressLayout(roadmap: roadmap, options: $0, measurer: measurer).scene }
    case .heatmap:
      guard
        let log = try sessions.load(
          roadmapFile: input.file, roadmap: roadmap, today: today, configured: settings.sessions)
      else {
        throw InputError.noSessionLog
      }
      try ChartLimits.checkHeatmap(log, options: options, pngScale: pngScale)
      layout = { HeatmapLayout(sessions: log, options: $0, measurer: measurer).scene }
    }
    let scene = layout(options)
    Drawing.warnAboutMissingGlyphs(measurer)
    if let pngScale {
      try ChartLimits.checkPNG(
        width: scene.width, height: scene.height, scale: pngScale, atLeast: false,
        advice: kind == .heatmap
          ? "show fewer weeks with --from/--to" : "split the roadmap (one file per track, say)")
    }
    let renderer = CairoRenderer(families: font)
    renderer.pngLevel = style.compression.level
    renderer.shapesFrom = measurer
    for path in outputs {
      if Drawing.isSceneDump(path) {
        try Drawing.writeSceneDump(scene, measurer: measurer, to: path, inputs: [input.file, sessionLog])
        continue
      }
      if ImageFormat(path: path) == .svg && svgText.mode == .text {
        try writeSVG(
          scene, to: path, options: options, roadmap: roadmap, layout: layout,
          bothThemes: style.themes(settings, fallback: [.light, .dark]).count > 1, font: font,
          inputs: [input.file, sessionLog])
        continue
      }
      try Drawing.write(
        scene, as: ImageFormat(path: path)!, to: path, renderer: renderer, scale: scale, title: options.title,
        today: today, inputs: [input.file, sessionLog])
    }
    // What was written through a stream (`-o /dev/stdout`) is not named: it may be the output.
    return outputs.filter { path in
      if case .stream = try? OutputTarget.resolve(path) { return false }
      return true
    }
  }

  /// Writes the web SVG of `scene`: in both themes unless one theme is asked (`--theme` or the
  /// config's single theme).
  private func writeSVG(
    _ scene: Scene, to path: String, options: ChartOptions, roadmap: Roadmap, layout: (ChartOptions) -> Scene,
    bothThemes: Bool, font: String, inputs: [String]
  ) throws {
    var darkOptions = options
    darkOptions.theme = .dark
    let dark = bothThemes ? layout(darkOptions) : nil
    let annotations =
      kind == .timeline
      ? SVGAnnotations.timeline(scene, roadmap: roadmap, options: options)
      : SVGAnnotations(scene: scene, title: options.title, language: options.locale)
    try Drawing.writeSVG(
      scene, dark: dark, annotations: annotations, families: font, to: path, inputs: inputs)
  }

  /// `roadmap.csv` → `roadmap.png` (`roadmap-heatmap.png`, `roadmap-progress.png`).
  static func besideInput(_ path: String, kind: Kind) -> String {
    let url = URL(fileURLWithPath: path).deletingPathExtension()
    let name = url.lastPathComponent + (kind == .timeline ? "" : "-\(kind.rawValue)")
    return WorkingDirectory.relative(
      url.deletingLastPathComponent().appendingPathComponent(name + ".png").path)
  }
}

import ArgumentParser
import Foundation
import StudyLog
import StudyLogCairo
import StudyLogChart

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

  @Option(help: "The chart's title. Default: from the file's name.")
  var title: String?

  @Option(help: "light or dark.")
  var theme: String = "light"

  @Option(help: "Language of dates and labels: en or ko.")
  var locale: Language = .en

  @Option(help: "Row order within a track: file or start (planned start).")
  var sort: ChartSort = .file

  @Option(help: ArgumentHelp("First day shown (crops the window).", valueName: "day"))
  var from: String?

  @Option(help: ArgumentHelp("Last day shown (crops the window).", valueName: "day"))
  var to: String?

  @Option(help: ArgumentHelp("A labelled vertical marker, DAY=LABEL; may repeat.", valueName: "day=label"))
  var mark: [String] = []

  @Option(
    help: ArgumentHelp("A category's colour, CATEGORY=#RRGGBB; may repeat.", valueName: "category=color"))
  var color: [String] = []

  @Option(help: "Font families, a comma-separated Pango list.")
  var font: String = defaultFontFamilies

  @Option(help: "Width in points; the height follows the number of rows.")
  var width: Double = 1200

  @Option(help: "PNG pixels per point (2 is sharp on high-density screens).")
  var scale: Double = 2

  @Option(help: "PNG compression: fast (zlib 3) or small (zlib 6: smaller files, a little slower).")
  var compression: PNGCompression = .fast

  func validate() throws {
    guard Theme.named(theme) != nil else {
      throw ValidationError("--theme must be light or dark, not '\(theme)'")
    }
    guard (300...20_000).contains(width) else {
      throw ValidationError("--width must be between 300 and 20000 points")
    }
    guard (0.25...8).contains(scale) else { throw ValidationError("--scale must be between 0.25 and 8") }
    for path in output where ImageFormat(path: path) == nil && !Drawing.isSceneDump(path) {
      throw ValidationError("cannot tell the format of '\(path)': use a .png, .svg, .pdf or .scene.json name")
    }
    if output.isEmpty && input.file == "-" {
      throw ValidationError("give -o when the roadmap comes from standard input")
    }
    let (from, to) = try window()
    if let from, let to, to < from { throw ValidationError("--to \(to.iso) is before --from \(from.iso)") }
    _ = try marks()
    _ = try colors()
  }

  func run() throws {
    let (roadmap, today) = try input.loadValid()

    var options = ChartOptions(title: title ?? input.defaultTitle, today: today)
    options.width = width
    options.theme = Theme.named(theme)!
    options.locale = locale
    options.sort = sort
    (options.from, options.to) = try window()
    options.marks = try marks()
    options.colors = try colors()
    for name in options.colors.keys.sorted() where !roadmap.categories.contains(name) {
      Console.printError(
        "studylog: warning: --color names '\(name)', which is not a category of this roadmap")
    }

    let outputs = output.isEmpty ? [Self.besideInput(input.file, kind: kind)] : output
    // Within ChartLimits, checked before the chart is laid out.
    let pngScale = outputs.contains { ImageFormat(path: $0) == .png } ? scale : nil
    let measurer = PangoTextMeasurer(families: font)
    let scene: Scene
    switch kind {
    case .timeline:
      try ChartLimits.checkTimeline(roadmap, options: options, pngScale: pngScale)
      scene = ChartLayout(roadmap: roadmap, options: options, measurer: measurer).scene
    case .progress:
      try ChartLimits.checkProgress(roadmap, options: options, pngScale: pngScale)
      scene = ProgressLayout(roadmap: roadmap, options: options, measurer: measurer).scene
    case .heatmap:
      guard let log = try sessions.load(roadmapFile: input.file, roadmap: roadmap, today: today) else {
        throw InputError.noSessionLog
      }
      try ChartLimits.checkHeatmap(log, options: options, pngScale: pngScale)
      scene = HeatmapLayout(sessions: log, options: options, measurer: measurer).scene
    }
    Drawing.warnAboutMissingGlyphs(measurer)
    if let pngScale {
      try ChartLimits.checkPNG(
        width: scene.width, height: scene.height, scale: pngScale, atLeast: false,
        advice: kind == .heatmap
          ? "show fewer weeks with --from/--to" : "split the roadmap (one file per track, say)")
    }
    let renderer = CairoRenderer(families: font)
    renderer.pngLevel = compression.level
    for path in outputs {
      if Drawing.isSceneDump(path) {
        try Drawing.writeSceneDump(scene, measurer: measurer, to: path, inputs: [input.file, sessions.input])
        continue
      }
      try Drawing.write(
        scene, as: ImageFormat(path: path)!, to: path, renderer: renderer, scale: scale, title: options.title,
        today: today, inputs: [input.file, sessions.input])
    }
  }

  private func window() throws -> (Day?, Day?) {
    func day(_ text: String?, _ name: String, _ role: DateRole) throws -> Day? {
      guard let text else { return nil }
      switch DateParser.parseDay(text, role: role) {
      case .success(let d): return d
      case .failure(let e): throw ValidationError("--\(name): \(e.message)")
      }
    }
    return (try day(from, "from", .start), try day(to, "to", .end))
  }

  private func marks() throws -> [ChartMark] {
    try mark.map { spec in
      guard let eq = spec.firstIndex(of: "=") else {
        throw ValidationError("--mark '\(spec)' needs the form DAY=LABEL, e.g. 2024-06-30=\"인턴 종료\"")
      }
      let label = String(spec[spec.index(after: eq)...])
      switch DateParser.parseDay(String(spec[..<eq]), role: .start) {
      case .success(let d) where !label.isEmpty: return ChartMark(day: d, label: label)
      case .success: throw ValidationError("--mark '\(spec)' has no label")
      case .failure(let e): throw ValidationError("--mark: \(e.message)")
      }
    }
  }

  private func colors() throws -> [String: Color] {
    var result: [String: Color] = [:]
    for spec in color {
      guard let eq = spec.lastIndex(of: "="), let c = Color(hex: String(spec[spec.index(after: eq)...]))
      else {
        throw ValidationError("--color '\(spec)' needs the form CATEGORY=#RRGGBB, e.g. Infra=#0072B2")
      }
      result[String(spec[..<eq])] = c
    }
    return result
  }

  /// `roadmap.csv` → `roadmap.png` (`roadmap-heatmap.png`, `roadmap-progress.png`).
  static func besideInput(_ path: String, kind: Kind) -> String {
    let url = URL(fileURLWithPath: path).deletingPathExtension()
    let name = url.lastPathComponent + (kind == .timeline ? "" : "-\(kind.rawValue)")
    return WorkingDirectory.relative(
      url.deletingLastPathComponent().appendingPathComponent(name + ".png").path)
  }
}

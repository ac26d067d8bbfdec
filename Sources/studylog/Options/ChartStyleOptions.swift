import ArgumentParser
import StudyLog
import StudyLogCairo
import StudyLogChart
import StudyLogConfig

/// The options that say how a chart looks, shared by `chart` and `report`. Each overrides the
/// config file's setting (`RoadmapSettings`), which overrides the built-in default.
struct ChartStyleOptions: ParsableArguments {
  @Option(help: "The chart's title. Default: the config's, else from the file's name.")
  var title: String?

  @Option(
    help: "light or dark (report: draw only this theme). Default: the config's, else light (report: both).")
  var theme: String?

  @Option(help: "Row order within a track: file or start (planned start).")
  var sort: ChartSort?

  @Option(help: ArgumentHelp("First day shown (crops the window).", valueName: "day"))
  var from: String?

  @Option(help: ArgumentHelp("Last day shown (crops the window).", valueName: "day"))
  var to: String?

  @Option(
    help: ArgumentHelp(
      "A labelled vertical marker, DAY=LABEL; may repeat (replaces the config's marks).",
      valueName: "day=label"))
  var mark: [String] = []

  @Option(
    help: ArgumentHelp(
      "A category's colour, CATEGORY=#RRGGBB; may repeat (over the config's colours).",
      valueName: "category=color"))
  var color: [String] = []

  @Option(help: "Font families, a comma-separated Pango list.")
  var font: String?

  @Option(help: "Width in points; the height follows the number of rows. Default: 1200.")
  var width: Double?

  @Option(help: "PNG pixels per point (2, the default, is sharp on high-density screens).")
  var scale: Double?

  @Option(help: "PNG compression: fast (zlib 3) or small (zlib 6: smaller files, a little slower).")
  var compression: PNGCompression = .fast

  func validate() throws {
    if let theme, Theme.named(theme) == nil {
      throw ValidationError("--theme must be light or dark, not '\(theme)'")
    }
    if let width, !ChartOptions.widths.contains(width) {
      throw ValidationError("--width must be between 300 and 20000 points")
    }
    if let scale, !ChartOptions.scales.contains(scale) {
      throw ValidationError("--scale must be between 0.25 and 8")
    }
    let (from, to) = try window()
    if let from, let to, to < from { throw ValidationError("--to \(to.iso) is before --from \(from.iso)") }
    _ = try marks()
    _ = try colors()
  }

  /// The themes to draw: `--theme`, else the config's, else `fallback`.
  func themes(_ settings: RoadmapSettings, fallback: [Theme]) -> [Theme] {
    theme.flatMap(Theme.named).map { [$0] } ?? settings.themes ?? fallback
  }

  /// The font families: `--font`, else the config's, else the default.
  func fontFamilies(_ settings: RoadmapSettings) -> String { font ?? settings.font ?? defaultFontFamilies }

  /// PNG pixels per point: `--scale`, else the config's, else 2.
  func pngScale(_ settings: RoadmapSettings) -> Double { scale ?? settings.scale ?? 2 }

  /// The chart options for `roadmap`, before a theme is chosen: each option over the config's
  /// `settings`; warns about colours for categories the roadmap lacks.
  func chartOptions(
    _ settings: RoadmapSettings, defaultTitle: String, today: Day, language: Language, roadmap: Roadmap
  ) throws -> ChartOptions {
    var options = ChartOptions(title: title ?? settings.title ?? defaultTitle, today: today)
    options.width = width ?? settings.width ?? options.width
    options.theme = themes(settings, fallback: [.light])[0]
    options.locale = language
    options.sort = sort ?? settings.sort ?? options.sort
    let (from, to) = try window()
    options.from = from ?? settings.from
    options.to = to ?? settings.to
    if let from = options.from, let to = options.to, to < from {
      throw ValidationError(
        "the window ends (\(to.iso)) before it starts (\(from.iso)): check --from, --to and the config")
    }
    options.marks = mark.isEmpty ? settings.marks ?? [] : try marks()
    let given = try colors()
    options.colors = (settings.colors ?? [:]).merging(given) { _, option in option }
    for name in options.colors.keys.sorted() where !roadmap.categories.contains(name) {
      let origin = given[name] != nil ? "--color names" : "the config's colors name"
      Console.printError("studylog: warning: \(origin) '\(name)', which is not a category of this roadmap")
    }
    return options
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
}

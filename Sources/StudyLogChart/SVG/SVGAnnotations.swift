import StudyLog

/// What an SVG chart says beyond its drawing: its accessible name and description, its language,
/// the links of item titles and the tooltips of items. The SVG writer puts them in; the scene
/// knows nothing of them.
public struct SVGAnnotations: Hashable, Sendable {
  /// The document's `<title>`: the chart's title, uncut.
  public var title: String
  /// The document's `<desc>`: what the chart shows, in a sentence.
  public var description: String
  /// The language of every word in the chart (the root's `lang`).
  public var language: Language
  /// Item id → http(s) url: the item's title links there.
  public var links: [String: String]
  /// Item id → tooltip text (lines separated by line feeds), shown over the item's row.
  public var tooltips: [String: String]

  public init(
    title: String, description: String, language: Language, links: [String: String] = [:],
    tooltips: [String: String] = [:]
  ) {
    self.title = title
    self.description = description
    self.language = language
    self.links = links
    self.tooltips = tooltips
  }

  /// Any chart: its drawn title (or `title` when it has none) and its subtitle as its description.
  public init(scene: Scene, title: String, language: Language) {
    func text(_ group: String) -> String? {
      scene.group(group).map { Scene.texts(in: $0).map(\.text).joined(separator: " ") }.flatMap {
        $0.isEmpty ? nil : $0
      }
    }
    let drawn = text("title")
    self.init(title: drawn ?? title, description: text("subtitle") ?? drawn ?? title, language: language)
  }

  /// A timeline of `roadmap` laid out with `options` as `scene`: the subtitle and the count of
  /// done, active and overdue items as its description, every item's tooltip, and a link on
  /// every title whose item has an http(s) url.
  public static func timeline(_ scene: Scene, roadmap: Roadmap, options: ChartOptions) -> SVGAnnotations {
    let today = options.today
    let language = options.locale
    var annotations = SVGAnnotations(scene: scene, title: options.title, language: language)
    annotations.title = options.title  // uncut
    let statuses = roadmap.items.map { $0.status(on: today) }
    let counts = language.text(
      .statusCounts(
        done: statuses.filter { $0 == .done }.count, inProgress: statuses.filter { $0 == .inProgress }.count,
        overdue: roadmap.items.filter { $0.isOverdue(on: today) }.count))
    annotations.description += " · " + counts
    for item in roadmap.items {
      annotations.tooltips[item.id] = tooltip(item, today: today, language: language)
      if let url = item.url, isWebLink(url) { annotations.links[item.id] = url }
    }
    return annotations
  }

  /// Whether `url` is an absolute http or https url, the only links a chart makes.
  static func isWebLink(_ url: String) -> Bool {
    let lower = url.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://")
  }

  /// `#id title · category`, then the planned and actual dates, then the state with progress,
  /// slip and how late: one line each.
  static func tooltip(_ item: Item, today: Day, language: Language) -> String {
    let status = item.status(on: today)
    var lines = ["#\(item.id) \(item.title) · \(item.category)"]
    if let planned = item.planned { lines.append(language.text(.plannedRange(planned))) }
    if let start = item.actualStart, status != .planned, status != .unscheduled {
      lines.append(
        language.text(.actualRange(start: start, end: item.actualEnd.flatMap { $0 <= today ? $0 : nil })))
    }
    var state = [language.text(ReportPhrase.state(status))]
    if let progress = item.progress, status != .done, status != .planned, status != .unscheduled {
      state.append(language.text(.progressPercent(Int(progress.rounded()))))
    }
    if status == .done, let slip = item.endSlipDays { state.append(language.text(.endSlip(slip))) }
    if item.isOverdue(on: today), let planned = item.planned {
      state.append(language.text(.overdueDays(today - planned.end)))
    }
    lines.append(state.joined(separator: " · "))
    return lines.joined(separator: "\n")
  }
}

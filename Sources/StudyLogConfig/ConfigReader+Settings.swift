import StudyLog
import StudyLogChart

extension ConfigReader {
  /// The settings in `mapping`, whose keys must be among `allowed`; `place` (` for roadmap.csv`)
  /// follows "unknown key" in messages.
  mutating func settings(_ mapping: Node.Mapping, allowing allowed: [String], place: String)
    -> RoadmapSettings
  {
    checkKeys(mapping, allowing: allowed, place: place)
    var s = RoadmapSettings()
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else { continue }
      switch key {
      case "title": s.title = text(value, of: "'title'")
      case "locale": s.locale = choice(value, key: "locale", Language.allCases.map { ($0.rawValue, $0) })
      case "theme": s.themes = themes(value)
      case "sort": s.sort = choice(value, key: "sort", ChartSort.allCases.map { ($0.rawValue, $0) })
      case "window": (s.from, s.to) = window(value)
      case "colors": s.colors = colors(value)
      case "marks": s.marks = marks(value)
      case "font": s.font = text(value, of: "'font'")
      case "width": s.width = number(value, key: "width", range: ChartOptions.widths)
      case "scale": s.scale = number(value, key: "scale", range: ChartOptions.scales)
      case "sessions": s.sessions = text(value, of: "'sessions'")
      case "report": report(value, into: &s)
      default: break
      }
    }
    return s
  }

  /// `theme: dark` or `theme: [light, dark]`.
  private mutating func themes(_ node: Node) -> [Theme]? {
    let names: [(String, Theme)] = [("light", .light), ("dark", .dark)]
    guard case .sequence(let list, _) = node else { return choice(node, key: "theme", names).map { [$0] } }
    let themes = list.compactMap { choice($0, key: "theme", names) }
    guard themes.count == list.count else { return nil }
    guard !themes.isEmpty else {
      error("'theme' lists no theme: give light, dark or both", at: node)
      return nil
    }
    return themes
  }

  /// `window: {from: 2024-01-01, to: 2024-12-31}`.
  private mutating func window(_ node: Node) -> (Day?, Day?) {
    guard let mapping = mapping(node, of: "'window'") else { return (nil, nil) }
    checkKeys(mapping, allowing: ConfigKey.window, place: " in 'window'")
    let from = mapping["from"].flatMap { day($0, key: "from", role: .start) }
    let to = mapping["to"].flatMap { day($0, key: "to", role: .end) }
    if let from, let to, to < from, let node = mapping["to"] {
      error("'to' \(to.iso) is before 'from' \(from.iso)", at: node)
    }
    return (from, to)
  }

  /// `colors: {Infra: "#0072B2"}`.
  private mutating func colors(_ node: Node) -> [String: Color]? {
    guard let mapping = mapping(node, of: "'colors'") else { return nil }
    var colors: [String: Color] = [:]
    for (key, value) in mapping {
      guard let category = text(key, of: "a category") else { continue }
      if value.isNull {
        error(
          "'\(category)' has no colour: quote it, as in \(category): \"#0072B2\" (in YAML, # starts a comment)",
          at: key)
        continue
      }
      guard let hex = text(value, of: "a colour"), let color = Color(hex: hex) else {
        if let text = value.scalar?.string {
          error("'\(text)' is not a colour: write #RRGGBB, such as \"#0072B2\"", at: value)
        }
        continue
      }
      colors[category] = color
    }
    return colors
  }

  /// `marks: {2024-06-30: 인턴 종료}`.
  private mutating func marks(_ node: Node) -> [ChartMark]? {
    guard let mapping = mapping(node, of: "'marks'") else { return nil }
    var marks: [ChartMark] = []
    for (key, value) in mapping {
      guard let day = day(key, key: "marks", role: .start) else { continue }
      guard let label = text(value, of: "the label of \(day.iso)"), !label.isEmpty else { continue }
      marks.append(ChartMark(day: day, label: label))
    }
    return marks
  }

  /// `report: {folder:, images:, names:, image-url:}`.
  private mutating func report(_ node: Node, into s: inout RoadmapSettings) {
    guard let mapping = mapping(node, of: "'report'") else { return }
    checkKeys(mapping, allowing: ConfigKey.report, place: " in 'report'")
    if let node = mapping["folder"] { s.reportFolder = text(node, of: "'folder'") }
    if let node = mapping["images"] { s.imageFolder = text(node, of: "'images'") }
    if let node = mapping["names"], let pattern = text(node, of: "'names'") {
      switch FileNameTemplate.parse(pattern) {
      case .success(let template): s.names = template
      case .failure(let e): error("'names': \(e.message)", at: node)
      }
    }
    if let node = mapping["image-url"], let url = text(node, of: "'image-url'") {
      if url.contains("{file}") {
        s.imageURL = url
      } else {
        error("'image-url' must hold {file}, as in \"{{ '/assets/img/{file}' | relative_url }}\"", at: node)
      }
    }
  }
}

import Foundation

/// How dates are written in exported tables.
public enum DateStyle: String, Sendable, CaseIterable {
  /// `24.02.01-24.03.30`, as users write them in posts.
  case yymmdd = "yy.mm.dd"
  /// `2024-02-01 ~ 2024-03-30`.
  case iso
}

/// Markdown tables of a roadmap, one per track, that `PostImporter` reads back to the same
/// roadmap.
public enum MarkdownExporter {
  /// `24.02.01` or `2024-02-01`.
  static func day(_ d: Day, _ style: DateStyle) -> String {
    switch style {
    case .iso: return d.iso
    case .yymmdd: return String(d.iso.dropFirst(2)).replacingOccurrences(of: "-", with: ".")
    }
  }

  /// A range cell: `24.02.01-24.03.30`, a single day for a milestone, an open end `24.04.08-`,
  /// `----` when absent.
  static func range(_ start: Day?, _ end: Day?, _ style: DateStyle) -> String {
    guard let start else { return "----" }
    let separator = style == .iso ? " ~ " : "-"
    guard let end else { return day(start, style) + (style == .iso ? " ~" : "-") }
    return start == end ? day(start, style) : day(start, style) + separator + day(end, style)
  }

  /// The columns a table has: Number, Category, Title, Description, Date, then Actual and
  /// Progress when any item has them, and Status when any item declares one.
  static func defaultColumns(_ items: [Item]) -> [(header: String, column: RoadmapColumn)] {
    var columns: [(String, RoadmapColumn)] = [
      ("Number", .id), ("Category", .category), ("Title", .title), ("Description", .description),
      ("Date", .planned),
    ]
    if items.contains(where: { $0.actualStart != nil }) { columns.append(("Actual", .actual)) }
    if items.contains(where: { $0.progress != nil }) { columns.append(("Progress", .progress)) }
    if items.contains(where: { $0.declaredStatus != nil }) { columns.append(("Status", .status)) }
    return columns
  }

  /// The cell of `item` for `column`. `linkTitle` puts the link on the title (the title column,
  /// or a URL column that holds the title).
  static func cell(_ item: Item, _ column: RoadmapColumn?, style: DateStyle, titleInURL: Bool) -> String {
    func linked() -> String {
      let title = Markdown.escapeCell(item.title)
      guard let url = item.url else { return title }
      let target = url.contains(where: { $0 == "(" || $0 == ")" || $0 == " " }) ? "<\(url)>" : url
      return "[\(title)](\(target))"
    }
    switch column {
    case .id: return Markdown.escapeCell(item.id)
    case .track: return Markdown.escapeCell(item.track ?? "")
    case .category: return Markdown.escapeCell(item.category)
    case .title: return linked()
    case .url: return titleInURL ? linked() : (item.url ?? "")
    case .description: return Markdown.escapeCell(item.description ?? "")
    case .planned: return range(item.planned?.start, item.planned?.end, style)
    case .plannedStart: return item.planned.map { day($0.start, style) } ?? "----"
    case .plannedEnd: return item.planned.map { day($0.end, style) } ?? "----"
    case .actual: return item.actualStart == nil ? "" : range(item.actualStart, item.actualEnd, style)
    case .actualStart: return item.actualStart.map { day($0, style) } ?? ""
    case .actualEnd: return item.actualEnd.map { day($0, style) } ?? ""
    case .progress: return item.progress.map { SessionLog.number($0) + "%" } ?? ""
    case .status: return item.declaredStatus?.rawValue ?? ""
    case nil: return ""
    }
  }

  /// One table's lines: the header and delimiter rows (the given ones, kept as they are, or the
  /// default columns), then one row per item.
  static func table(
    _ items: [Item], style: DateStyle, header: (line: String, cells: [String], delimiter: String)? = nil
  ) -> [String] {
    let columns: [RoadmapColumn?]
    var lines: [String]
    if let header {
      columns = header.cells.map { RoadmapColumn(header: Markdown.inline($0).text) }
      lines = [header.line, header.delimiter]
    } else {
      let defaults = defaultColumns(items)
      columns = defaults.map(\.column)
      lines = [
        "| " + defaults.map(\.header).joined(separator: " | ") + " |",
        "|" + defaults.map { _ in " --- " }.joined(separator: "|") + "|",
      ]
    }
    let titleInURL = !columns.contains(.title) && columns.contains(.url)
    for item in items {
      lines.append(
        "| " + columns.map { cell(item, $0, style: style, titleInURL: titleInURL) }.joined(separator: " | ")
          + " |")
    }
    return lines
  }

  /// Items grouped by track in order of first appearance; items without a track first.
  static func byTrack(_ roadmap: Roadmap) -> [(track: String?, items: [Item])] {
    var groups: [(String?, [Item])] = []
    for item in roadmap.items {
      if let i = groups.firstIndex(where: { $0.0 == item.track }) {
        groups[i].1.append(item)
      } else {
        groups.append((item.track, [item]))
      }
    }
    groups.sort { a, b in a.0 == nil && b.0 != nil }
    return groups.map { (track: $0.0, items: $0.1) }
  }

  /// The whole roadmap: items without a track in a table of their own, then a `### Track`
  /// heading and a table per track.
  public static func markdown(_ roadmap: Roadmap, style: DateStyle = .yymmdd) -> String {
    var blocks: [String] = []
    for (track, items) in byTrack(roadmap) {
      var lines: [String] = []
      if let track { lines += ["### \(track)", ""] }
      lines += table(items, style: style)
      blocks.append(lines.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }
}

/// A Mermaid `gantt` block of a roadmap.
public enum MermaidExporter {
  /// `:`, `;`, `#` and `%` as Mermaid entity codes, so that titles cannot end a task or start a
  /// comment; line breaks as spaces.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "#": out += "#35;"
      case ":": out += "#58;"
      case ";": out += "#59;"
      case "%": out += "#37;"
      case "\n", "\r", "\r\n": out += " "
      default: out.append(character)
      }
    }
    return out
  }

  /// Planned dates as tasks, a section per track; `done`, `active` and `crit` (overdue) from the
  /// status as of `today`; milestones; the today marker pinned to `today` as a milestone of its
  /// own (Mermaid's own marker follows the reader's clock, so it is turned off). Items without
  /// dates, and dropped ones, are listed as comments.
  public static func gantt(_ roadmap: Roadmap, title: String, today: Day) -> String {
    var lines = [
      "gantt", "    title \(escape(title))", "    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m",
      "    todayMarker off",
    ]
    var used = Set<String>()
    func taskID(_ item: Item) -> String {
      let base = "i" + item.id.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
      var id = base
      var n = 2
      while !used.insert(id).inserted {
        id = "\(base)_\(n)"
        n += 1
      }
      return id
    }
    for (track, items) in MarkdownExporter.byTrack(roadmap) {
      lines.append("    section \(escape(track ?? "Roadmap"))")
      for item in items {
        let status = item.status(on: today)
        guard let planned = item.planned, status != .dropped else {
          lines.append("    %% \(status == .dropped ? "dropped" : "TBD"): \(escape(item.title))")
          continue
        }
        var tags: [String] = []
        if item.isOverdue(on: today) { tags.append("crit") }
        switch status {
        case .done: tags.append("done")
        case .inProgress: tags.append("active")
        default: break
        }
        if item.isMilestone { tags.append("milestone") }
        let duration = item.isMilestone ? "0d" : "\(planned.days)d"
        let spec = (tags + [taskID(item), planned.start.iso, duration]).joined(separator: ", ")
        lines.append("    \(escape(item.title)) :\(spec)")
      }
    }
    lines.append("    section Today")
    lines.append("    today \(today.iso) :milestone, today, \(today.iso), 0d")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// The whole validated roadmap as JSON, with derived status and slips, for scripts.
public enum JSONExporter {
  public static func json(_ roadmap: Roadmap, today: Day) -> String {
    func int(_ x: Int?) -> JSONValue { x.map { .int($0) } ?? .null }
    let items: [JSONValue] = roadmap.items.map { item in
      let v = ItemVariance(item, today: today)
      return .object([
        ("id", .string(item.id)), ("line", .int(item.line)), ("track", .string(item.track)),
        ("category", .string(item.category)), ("title", .string(item.title)),
        ("description", .string(item.description)), ("url", .string(item.url)),
        ("planned_start", .string(item.planned?.start.iso)), ("planned_end", .string(item.planned?.end.iso)),
        ("planned_days", int(item.planned?.days)), ("actual_start", .string(item.actualStart?.iso)),
        ("actual_end", .string(item.actualEnd?.iso)), ("actual_days", int(v.actualDays)),
        ("progress", .number(item.progress)), ("declared_status", .string(item.declaredStatus?.rawValue)),
        ("status", .string(v.state.rawValue)), ("milestone", .bool(item.isMilestone)),
        ("overdue", .bool(item.isOverdue(on: today))), ("late_start", .bool(item.isLateStart(on: today))),
        ("start_slip_days", int(v.startSlipDays)), ("end_slip_days", int(v.endSlipDays)),
        ("provisional", .bool(v.provisional)),
      ])
    }
    return JSONValue.object([
      ("source", .string(roadmap.source)), ("today", .string(today.iso)),
      ("tracks", .array(roadmap.tracks.map { .string($0) })),
      ("categories", .array(roadmap.categories.map { .string($0) })), ("items", .array(items)),
    ]).rendered(indent: 0) + "\n"
  }
}

import Foundation

extension Comparison {
  /// The comparison as a terminal table, markdown or JSON.
  public func render(_ format: ReportFormat) -> String {
    switch format {
    case .text: return text()
    case .markdown: return markdown()
    case .json: return json()
    }
  }

  /// One line per item, for spreadsheets and scripts: ISO dates, blank where absent.
  /// `actual_end` stays blank for an item in progress; its `end_slip_days` and `actual_days` use
  /// today and `provisional` is `true`.
  public func csv() -> String {
    let header = [
      "id", "category", "title", "planned_start", "planned_end", "actual_start", "actual_end",
      "start_slip_days",
      "end_slip_days", "planned_days", "actual_days", "state", "track", "ratio", "provisional",
    ]
    var lines = [header.joined(separator: ",")]
    for v in items {
      let fields: [String] = [
        v.item.id, v.item.category, v.item.title, v.item.planned?.start.iso ?? "",
        v.item.planned?.end.iso ?? "",
        v.item.actualStart?.iso ?? "", v.state == .done ? v.item.actualEnd?.iso ?? "" : "",
        v.startSlipDays.map(String.init) ?? "", v.endSlipDays.map(String.init) ?? "",
        v.plannedDays.map(String.init) ?? "", v.actualDays.map(String.init) ?? "", v.state.rawValue,
        v.item.track ?? "", v.ratio.map { String(format: "%.2f", $0) } ?? "",
        v.provisional ? "true" : "false",
      ]
      lines.append(fields.map(SessionLog.quote).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func signed(_ n: Int?, provisional: Bool = false) -> String {
    guard let n else { return "–" }
    let s = n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "0"
    return s + (provisional ? "*" : "")
  }

  static func signed(_ x: Double?) -> String {
    guard let x else { return "–" }
    let r = (x * 10).rounded() / 10
    if r == 0 { return "0" }
    return (r > 0 ? "+" : "−") + String(format: r == r.rounded() ? "%.0f" : "%.1f", abs(r))
  }

  static func range(_ start: Day?, _ end: Day?, provisional: Bool) -> String {
    guard let start else { return "–" }
    let tail = provisional ? "(today)" : end?.iso ?? "…"
    return "\(start.iso) – \(tail)"
  }

  private func itemCells(_ v: ItemVariance, title: String) -> [String] {
    [
      v.item.id, v.item.category, title,
      v.item.planned.map { "\($0.start.iso) – \($0.end.iso)" } ?? "TBD",
      Self.range(v.item.actualStart, v.state == .done ? v.item.actualEnd : nil, provisional: v.provisional),
      Self.signed(v.startSlipDays), Self.signed(v.endSlipDays, provisional: v.provisional),
      v.plannedDays.map(String.init) ?? "–", v.actualDays.map { "\($0)" + (v.provisional ? "*" : "") } ?? "–",
      v.ratio.map { String(format: "%.2f", $0) } ?? "–",
      v.state.rawValue.replacingOccurrences(of: "_", with: " "),
    ]
  }

  static let itemHeader = [
    "id", "category", "title", "planned", "actual", "start slip", "end slip", "planned d", "actual d",
    "ratio", "state",
  ]
  static let summaryHeader = [
    "category", "items", "finished", "on time", "on-time rate", "median slip", "mean slip", "days over plan",
    "worst",
  ]

  private func summaryCells(_ s: VarianceSummary) -> [String] {
    [
      s.name, "\(s.items)", "\(s.finished)", "\(s.onTime)", percentText(s.onTimeRate.map { $0 * 100 }),
      Self.signed(s.medianEndSlipDays), Self.signed(s.meanEndSlipDays), "\(s.daysOverPlan)",
      s.worst.map { "#\($0.item.id) \($0.item.title) (\(Self.signed($0.endSlipDays))d)" } ?? "–",
    ]
  }

  private var footnote: String {
    "* in progress: today (\(today.iso)) stands in for the actual end. Slips in days, + is late;"
      + " figures are over finished items with planned dates."
  }

  private func text() -> String {
    var items = TextTable(
      header: Self.itemHeader,
      alignments: [.left, .left, .left, .left, .left, .right, .right, .right, .right, .right, .left])
    for v in self.items { items.append(itemCells(v, title: truncate(v.item.title, columns: 30))) }
    var summary = TextTable(
      header: Self.summaryHeader, alignments: [.left] + Array(repeating: .right, count: 7) + [.left])
    for s in categories { summary.append(summaryCells(s)) }
    summary.append(summaryCells(overall), ruleBefore: true)
    return "\(source): planned against actual, as of \(today.iso)\n\n" + items.render() + "\n\n"
      + summary.render()
      + "\n\n" + footnote + "\n"
  }

  private func markdown() -> String {
    func row(_ cells: [String], bold: Bool = false) -> String {
      let escaped = cells.enumerated().map { i, cell in
        bold && i == 0 ? "**\(Markdown.escapeCell(cell))**" : Markdown.escapeCell(cell)
      }
      return "| " + escaped.joined(separator: " | ") + " |"
    }
    var lines = ["**\(source): planned against actual, as of \(today.iso)**", ""]
    lines.append(row(Self.itemHeader.map(capitalized)))
    lines.append("|---|---|---|---|---|---:|---:|---:|---:|---:|---|")
    for v in items { lines.append(row(itemCells(v, title: v.item.title))) }
    lines.append("")
    lines.append(row(Self.summaryHeader.map(capitalized)))
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for s in categories { lines.append(row(summaryCells(s))) }
    lines.append(row(summaryCells(overall), bold: true))
    lines.append("")
    lines.append(footnote.replacingOccurrences(of: "* in progress", with: "\\* in progress"))
    return lines.joined(separator: "\n") + "\n"
  }

  private func json() -> String {
    func int(_ x: Int?) -> JSONValue { x.map { .int($0) } ?? .null }
    func round(_ x: Double?, _ digits: Double = 10) -> JSONValue {
      .number(x.map { ($0 * digits).rounded() / digits })
    }
    func summary(_ s: VarianceSummary) -> JSONValue {
      .object([
        ("name", .string(s.name)), ("items", .int(s.items)), ("finished", .int(s.finished)),
        ("on_time", .int(s.onTime)),
        ("on_time_rate", round(s.onTimeRate, 1000)), ("median_end_slip_days", round(s.medianEndSlipDays)),
        ("mean_end_slip_days", round(s.meanEndSlipDays)), ("days_over_plan", .int(s.daysOverPlan)),
        (
          "worst",
          s.worst.map {
            .object([
              ("id", .string($0.item.id)), ("title", .string($0.item.title)),
              ("end_slip_days", int($0.endSlipDays)),
            ])
          } ?? .null
        ),
      ])
    }
    let itemValues: [JSONValue] = items.map { v in
      .object([
        ("id", .string(v.item.id)), ("category", .string(v.item.category)), ("title", .string(v.item.title)),
        ("planned_start", .string(v.item.planned?.start.iso)),
        ("planned_end", .string(v.item.planned?.end.iso)),
        ("actual_start", .string(v.item.actualStart?.iso)),
        ("actual_end", .string(v.state == .done ? v.item.actualEnd?.iso : nil)),
        ("start_slip_days", int(v.startSlipDays)), ("end_slip_days", int(v.endSlipDays)),
        ("planned_days", int(v.plannedDays)), ("actual_days", int(v.actualDays)),
        ("ratio", round(v.ratio, 100)),
        ("state", .string(v.state.rawValue)), ("provisional", .bool(v.provisional)),
      ])
    }
    return JSONValue.object([
      ("source", .string(source)), ("today", .string(today.iso)), ("items", .array(itemValues)),
      ("categories", .array(categories.map(summary))), ("overall", summary(overall)),
    ]).rendered(indent: 0) + "\n"
  }
}

private func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

/// `text` cut to at most `columns` terminal columns, ending in `…` when cut.
func truncate(_ text: String, columns: Int) -> String {
  guard displayWidth(text) > columns else { return text }
  var out = ""
  var width = 0
  for character in text {
    let w = displayWidth(of: character)
    if width + w > columns - 1 { break }
    out.append(character)
    width += w
  }
  return out + "…"
}

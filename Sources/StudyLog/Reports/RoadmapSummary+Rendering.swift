import Foundation

extension RoadmapSummary {
  /// The summary as a terminal table, a GFM markdown table, or JSON; ends with a newline.
  public func render(_ format: ReportFormat) -> String {
    switch format {
    case .text: return textReport()
    case .markdown: return markdownReport()
    case .json: return jsonReport()
    }
  }

  static let columnTitles = [
    "items", "done", "active", "planned", "TBD", "overdue", "done %", "days %", "planned span", "days spent",
    "end slip",
  ]

  private func cells(_ g: GroupSummary) -> [String] {
    [
      "\(g.items)", "\(g.done)", "\(g.inProgress)", "\(g.planned)", "\(g.unscheduled)", "\(g.overdue)",
      Self.percent(g.percentDone), Self.percent(g.percentDoneByDays),
      g.plannedSpan.map { "\($0.start.iso) – \($0.end.iso)" } ?? "–", "\(g.actualDays)",
      Self.slip(g.meanEndSlipDays),
    ]
  }

  private var heading: String {
    "\(source): \(total.items) item\(total.items == 1 ? "" : "s") by \(grouping.rawValue), as of \(today.iso)"
  }

  private func textReport() -> String {
    var table = TextTable(
      header: [grouping.rawValue] + Self.columnTitles,
      alignments: [.left] + Array(repeating: .right, count: 8) + [.left, .right, .right])
    for g in groups { table.append([g.name] + cells(g)) }
    table.append(["total"] + cells(total), ruleBefore: true)
    var notes = [
      "active: in progress; done %: of items not dropped; days %: of planned days;"
        + " end slip: mean of actual end − planned end over finished items (+ is late)"
    ]
    if total.paused > 0 || total.dropped > 0 {
      notes.append("paused: \(total.paused), dropped: \(total.dropped)")
    }
    if total.lateStart > 0 {
      notes.append("not started although planned to: \(total.lateStart)")
    }
    return heading + "\n\n" + table.render() + "\n\n" + notes.joined(separator: "\n") + "\n"
  }

  private func markdownReport() -> String {
    let header =
      [grouping.rawValue.capitalized] + Self.columnTitles.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    var lines = ["**\(heading)**", ""]
    lines.append("| " + header.joined(separator: " | ") + " |")
    lines.append(
      "|" + (["---"] + Array(repeating: "---:", count: 8) + ["---", "---:", "---:"]).joined(separator: "|")
        + "|")
    for g in groups {
      lines.append("| " + ([Markdown.escapeCell(g.name)] + cells(g)).joined(separator: " | ") + " |")
    }
    lines.append("| " + (["**total**"] + cells(total)).joined(separator: " | ") + " |")
    return lines.joined(separator: "\n") + "\n"
  }

  private func jsonReport() -> String {
    func object(_ g: GroupSummary) -> JSONValue {
      .object([
        ("name", .string(g.name)),
        ("items", .int(g.items)),
        ("done", .int(g.done)),
        ("in_progress", .int(g.inProgress)),
        ("planned", .int(g.planned)),
        ("unscheduled", .int(g.unscheduled)),
        ("paused", .int(g.paused)),
        ("dropped", .int(g.dropped)),
        ("overdue", .int(g.overdue)),
        ("late_start", .int(g.lateStart)),
        ("percent_done", .number(g.percentDone.map { Self.round1($0) })),
        ("percent_done_by_days", .number(g.percentDoneByDays.map { Self.round1($0) })),
        ("planned_start", .string(g.plannedSpan?.start.iso)),
        ("planned_end", .string(g.plannedSpan?.end.iso)),
        ("actual_days", .int(g.actualDays)),
        ("mean_end_slip_days", .number(g.meanEndSlipDays.map { Self.round1($0) })),
      ])
    }
    let root = JSONValue.object([
      ("source", .string(source)),
      ("today", .string(today.iso)),
      ("by", .string(grouping.rawValue)),
      ("groups", .array(groups.map(object))),
      ("total", object(total)),
    ])
    return root.rendered(indent: 0) + "\n"
  }

  static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }

  static func percent(_ x: Double?) -> String {
    guard let x else { return "–" }
    return "\(Int(x.rounded()))%"
  }

  static func slip(_ x: Double?) -> String {
    guard let x else { return "–" }
    let r = round1(x)
    if r == 0 { return "0.0d" }
    return (r > 0 ? "+" : "−") + String(format: "%.1f", abs(r)) + "d"
  }
}

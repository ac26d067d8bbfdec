#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Comparison {
  /// The comparison as a terminal table, markdown or JSON; ends with a newline.
  public func render(_ format: ReportFormat, language: Language = .en) -> String {
    switch format {
    case .text: return text(language)
    case .markdown: return markdown(language)
    case .json: return json()
    }
  }

  /// The columns of the item table: dates, slips (`*` after a figure that uses today for an item
  /// in progress) and state. Titles take at most 30 terminal columns in text.
  static func itemColumns(_ language: Language) -> [ReportColumn<ItemVariance>] {
    func t(_ phrase: ReportPhrase) -> String { language.text(phrase) }
    func actual(_ v: ItemVariance) -> String {
      guard let start = v.item.actualStart else { return "–" }
      let end = v.provisional ? t(.untilToday) : (v.state == .done ? v.item.actualEnd?.iso : nil) ?? "…"
      return "\(start.iso) – \(end)"
    }
    return [
      ReportColumn(t(.comparisonID)) { $0.item.id },
      ReportColumn(t(.comparisonCategory)) { $0.item.category },
      ReportColumn(t(.comparisonTitle), maxTextWidth: 30) { $0.item.title },
      ReportColumn(t(.comparisonPlanned)) {
        $0.item.planned.map { "\($0.start.iso) – \($0.end.iso)" } ?? t(.unscheduled)
      },
      ReportColumn(t(.comparisonActual), text: actual),
      ReportColumn(t(.comparisonStartSlip), .right) { t(.slipCell(Format.signed($0.startSlipDays))) },
      ReportColumn(t(.comparisonEndSlip), .right) {
        $0.provisional
          ? t(.slipSoFar(Format.signed($0.endSlipDays))) : t(.slipCell(Format.signed($0.endSlipDays)))
      },
      ReportColumn(t(.comparisonPlannedDays), .right) { $0.plannedDays.map(String.init) ?? "–" },
      ReportColumn(t(.comparisonActualDays), .right) { v in
        v.actualDays.map { "\($0)" + (v.provisional ? "*" : "") } ?? "–"
      },
      ReportColumn(t(.comparisonRatio), .right) { $0.ratio.map(Format.twoDecimals) ?? "–" },
      ReportColumn(t(.comparisonState)) { t(.state($0.state)) },
    ]
  }

  /// A row of the summary table: the name in its first cell and the group's figures.
  typealias SummaryRow = (name: String, summary: VarianceSummary)

  /// The columns of the summary table, per category and overall.
  static func summaryColumns(_ language: Language) -> [ReportColumn<SummaryRow>] {
    func t(_ phrase: ReportPhrase) -> String { language.text(phrase) }
    func worst(_ row: SummaryRow) -> String {
      guard let v = row.summary.worst else { return "–" }
      return "#\(v.item.id) \(v.item.title) (\(t(.signedDays(Format.signed(v.endSlipDays)))))"
    }
    return [
      ReportColumn(t(.comparisonCategory)) { $0.name },
      ReportColumn(t(.comparisonItems), .right) { "\($0.summary.items)" },
      ReportColumn(t(.comparisonFinished), .right) { "\($0.summary.finished)" },
      ReportColumn(t(.comparisonOnTime), .right) { "\($0.summary.onTime)" },
      ReportColumn(t(.comparisonOnTimeRate), .right) {
        Format.percent($0.summary.onTimeRate.map { $0 * 100 })
      },
      ReportColumn(t(.comparisonMedianSlip), .right) {
        t(.slipCell(Format.signed($0.summary.medianEndSlipDays)))
      },
      ReportColumn(t(.comparisonMeanSlip), .right) {
        t(.slipCell(Format.signed($0.summary.meanEndSlipDays)))
      },
      ReportColumn(t(.comparisonDaysOverPlan), .right) { "\($0.summary.daysOverPlan)" },
      ReportColumn(t(.comparisonWorst), text: worst),
    ]
  }

  /// A row per item.
  func itemTable(_ language: Language) -> ReportTable {
    ReportTable(Self.itemColumns(language), rows: items)
  }

  /// A row per category, then the row over all items.
  func summaryTable(_ language: Language) -> ReportTable {
    ReportTable(
      Self.summaryColumns(language), rows: categories.map { ($0.name, $0) },
      total: (language.text(.overall), overall))
  }

  private func heading(_ language: Language) -> String {
    language.text(.comparisonHeading(title: title, asOf: today))
  }

  private func text(_ language: Language) -> String {
    // Written in one buffer (a chain of `+` copies the item table, the bulk, at every step). The
    // tables' cells are made visible as they are measured; the heading and footnote here.
    func visible(_ text: String) -> String { TerminalText.visible(text, keepingLineBreaks: true) }
    var out = Array(visible(heading(language) + "\n\n").utf8)
    itemTable(language).appendText(to: &out)
    out += "\n\n".utf8
    summaryTable(language).appendText(to: &out)
    out += visible("\n\n* " + language.text(.comparisonFootnote(today: today)) + "\n").utf8
    return String(decoding: out, as: UTF8.self)
  }

  private func markdown(_ language: Language) -> String {
    let footnote = "\\* " + Markdown.escapeCell(language.text(.comparisonFootnote(today: today)))
    let lines =
      ["**\(Markdown.escapeCell(heading(language)))**", ""] + itemTable(language).markdownLines() + [""]
      + summaryTable(language).markdownLines() + ["", footnote]
    return lines.joined(separator: "\n") + "\n"
  }
}

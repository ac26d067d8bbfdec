#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RoadmapSummary {
  /// The summary as a terminal table, a GFM markdown table, or JSON; ends with a newline.
  public func render(_ format: ReportFormat, language: Language = .en) -> String {
    switch format {
    case .text: return text(language)
    case .markdown: return markdown(language)
    case .json: return json()
    }
  }

  /// A row of the table: the name in its first cell and the group's figures.
  typealias TableRow = (name: String, group: GroupSummary)

  /// The columns of the text and markdown tables.
  static func columns(_ language: Language, grouping: Grouping) -> [ReportColumn<TableRow>] {
    func t(_ phrase: ReportPhrase) -> String { language.text(phrase) }
    return [
      ReportColumn(t(.grouping(grouping))) { $0.name },
      ReportColumn(t(.summaryItems), .right) { "\($0.group.items)" },
      ReportColumn(t(.summaryDone), .right) { "\($0.group.done)" },
      ReportColumn(t(.summaryActive), .right) { "\($0.group.inProgress)" },
      ReportColumn(t(.summaryPlanned), .right) { "\($0.group.planned)" },
      ReportColumn(t(.unscheduled), .right) { "\($0.group.unscheduled)" },
      ReportColumn(t(.summaryOverdue), .right) { "\($0.group.overdue)" },
      ReportColumn(t(.summaryDonePercent), .right) { Format.percent($0.group.percentDone) },
      ReportColumn(t(.summaryDaysPercent), .right) { Format.percent($0.group.percentDoneByDays) },
      ReportColumn(t(.summaryPlannedSpan)) {
        $0.group.plannedSpan.map { "\($0.start.iso) – \($0.end.iso)" } ?? "–"
      },
      ReportColumn(t(.summaryDaysSpent), .right) { "\($0.group.actualDays)" },
      ReportColumn(t(.summaryEndSlip), .right) {
        t(.signedDays(Format.signed($0.group.meanEndSlipDays, decimals: 1)))
      },
    ]
  }

  /// A row per group, then the total.
  func table(_ language: Language) -> ReportTable {
    ReportTable(
      Self.columns(language, grouping: grouping),
      rows: groups.enumerated().map {
        ($0.offset == noTrackGroup ? language.text(.summaryNoTrack) : $0.element.name, $0.element)
      },
      total: (language.text(ReportPhrase.total), total))
  }

  private func heading(_ language: Language) -> String {
    language.text(.summaryHeading(title: title, items: total.items, by: grouping, asOf: today))
  }

  private func text(_ language: Language) -> String {
    var notes = [language.text(.summaryNote)]
    if total.paused > 0 || total.dropped > 0 {
      notes.append(language.text(.summaryPausedDropped(paused: total.paused, dropped: total.dropped)))
    }
    if total.lateStart > 0 { notes.append(language.text(.summaryLateStart(total.lateStart))) }
    return TerminalText.visible(
      heading(language) + "\n\n" + table(language).text() + "\n\n" + notes.joined(separator: "\n") + "\n",
      keepingLineBreaks: true)
  }

  private func markdown(_ language: Language) -> String {
    (["**\(Markdown.escapeCell(heading(language)))**", ""] + table(language).markdownLines()).joined(
      separator: "\n") + "\n"
  }
}

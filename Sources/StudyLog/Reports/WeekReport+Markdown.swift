#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension WeekReport {
  /// The report as markdown to paste into a retrospective post: a heading per list, tables for
  /// the items in progress and the hours.
  func markdown(_ language: Language) -> String {
    var out = ["## \(Markdown.escapeHeading(heading(language)))", ""]
    func list(_ section: ListSection) {
      out.append("### \(Markdown.escapeHeading("\(section.title) (\(section.entries.count))"))")
      out.append("")
      out +=
        section.entries.isEmpty
        ? ["- \(Markdown.escapeCell(language.text(.none)))"]
        : section.entries.map {
          "- \(InlineMarkdown.bold(.title(of: $0.item)).rendered) (\(InlineMarkdown.text($0.item.category).rendered))"
            + " — \(Markdown.escapeCell($0.detail))"
        }
      out.append("")
    }
    sectionsBeforeProgress(language).forEach(list)
    out.append("### \(Markdown.escapeHeading("\(language.text(.weekInProgress)) (\(inProgress.count))"))")
    out.append("")
    if inProgress.isEmpty {
      out.append("- \(Markdown.escapeCell(language.text(.none)))")
    } else {
      out += progressTable(language).markdownLines()
    }
    out.append("")
    sectionsAfterProgress(language).forEach(list)
    if let time {
      out.append("### \(Markdown.escapeHeading(language.text(.weekStudyTime)))")
      out.append("")
      out.append(Markdown.escapeCell(timeLine(time, language)))
      out.append("")
      if !time.byCategory.isEmpty {
        for table in hourTables(time, language) { out += table.markdownLines() + [""] }
      }
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  /// The hours per category and per item (the item linked), as two tables.
  private func hourTables(_ time: WeekTime, _ language: Language) -> [ReportTable] {
    func t(_ phrase: ReportPhrase) -> String { language.text(phrase) }
    let categories: [ReportColumn<WeekTime.Share>] = [
      ReportColumn(t(.weekCategory)) { $0.name },
      ReportColumn(t(.weekHours), .right) { Format.oneDecimal($0.hours) },
    ]
    let items: [ReportColumn<(item: Item, hours: Double)>] = [
      ReportColumn(t(.weekItem), markdown: { .title(of: $0.item) }) { "#\($0.item.id) \($0.item.title)" },
      ReportColumn(t(.weekHours), .right) { Format.oneDecimal($0.hours) },
    ]
    return [ReportTable(categories, rows: time.byCategory), ReportTable(items, rows: time.byItem)]
  }
}

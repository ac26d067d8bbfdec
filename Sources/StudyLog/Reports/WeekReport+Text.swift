#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension WeekReport {
  /// The report for a terminal: lists indented under their titles, the items in progress as a table;
  /// control characters and line breaks in ids, titles and categories shown as `\u{…}`
  /// (`TerminalText`).
  func text(_ language: Language) -> String {
    var out = [heading(language), ""]
    func list(_ section: ListSection) {
      out.append("\(section.title) (\(section.entries.count))")
      out +=
        section.entries.isEmpty
        ? ["  \(language.text(.none))"]
        : section.entries.map { "  - \(TerminalText.visible(itemLabel($0.item))) — \($0.detail)" }
    }
    sectionsBeforeProgress(language).forEach(list)
    out.append("\(language.text(.weekInProgress)) (\(inProgress.count))")
    if inProgress.isEmpty {
      out.append("  \(language.text(.none))")
    } else {
      out += progressTable(language).textLines().map { "  " + $0 }
    }
    sectionsAfterProgress(language).forEach(list)
    if let time {
      out.append("")
      out.append("\(language.text(.weekStudyTime)): \(timeLine(time, language))")
      if !time.byCategory.isEmpty {
        out.append(
          "  \(language.text(.weekByCategory)): "
            + time.byCategory.map {
              "\(TerminalText.visible($0.name)) \(language.text(.hoursAmount($0.hours)))"
            }.joined(
              separator: " · "))
        out.append(
          "  \(language.text(.weekByItem)): "
            + time.byItem.map {
              "\(TerminalText.visible("#\($0.item.id) \($0.item.title)")) \(language.text(.hoursAmount($0.hours)))"
            }
            .joined(separator: " · "))
      }
    }
    return TerminalText.visible(out.joined(separator: "\n") + "\n", keepingLineBreaks: true)
  }
}

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Markdown tables of a roadmap, one per track, that `PostImporter` reads back to the same
/// roadmap.
public enum MarkdownExporter {
  /// `24.02.01` or `2024-02-01`.
  static func day(_ d: Day, _ style: DateStyle) -> String {
    switch style {
    case .iso: return d.iso
    case .yymmdd:
      // Two-digit years read back as 20xx: other years keep all four digits (found by the sync fuzzer).
      let dotted = d.iso.replacing("-", with: ".")
      return (2000...2099).contains(d.year) ? String(dotted.dropFirst(2)) : dotted
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
  /// Headers in `language` (`ReportPhrase.exportHeader`), which import reads back.
  static func defaultColumns(_ items: [Item], language: Language = .en) -> [(
    header: String, column: RoadmapColumn
  )] {
    var columns: [RoadmapColumn] = [.id, .category, .title, .description, .planned]
    if items.contains(where: { $0.actualStart != nil }) { columns.append(.actual) }
    if items.contains(where: { $0.progress != nil }) { columns.append(.progress) }
    if items.contains(where: { $0.declaredStatus != nil }) { columns.append(.status) }
    return columns.map { (language.text(.exportHeader($0)), $0) }
  }

  /// The cell of `item` for `column`, escaped (`Markdown.escapeCell`, `Markdown.link`); the
  /// status is `table`'s, in the header's language.
  /// `titleInURL` puts the linked title in a URL column (a table without a title column).
  static func cell(_ item: Item, _ column: RoadmapColumn?, style: DateStyle, titleInURL: Bool) -> String {
    func linked() -> String { Markdown.link(item.title, url: item.url) }
    switch column {
    case .id: return Markdown.escapeCell(item.id)
    case .track: return Markdown.escapeCell(item.track ?? "")
    case .category: return Markdown.escapeCell(item.category)
    case .title: return linked()
    case .url: return titleInURL ? linked() : Markdown.escapeCell(item.url ?? "")
    case .description: return Markdown.escapeCell(item.description ?? "")
    case .planned: return range(item.planned?.start, item.planned?.end, style)
    case .plannedStart: return item.planned.map { day($0.start, style) } ?? "----"
    case .plannedEnd: return item.planned.map { day($0.end, style) } ?? "----"
    case .actual: return item.actualStart == nil ? "" : range(item.actualStart, item.actualEnd, style)
    case .actualStart: return item.actualStart.map { day($0, style) } ?? ""
    case .actualEnd: return item.actualEnd.map { day($0, style) } ?? ""
    case .progress: return item.progress.map { Format.decimal($0) + "%" } ?? ""
    case .status, nil: return ""
    }
  }

  /// One table's lines: the header and delimiter rows (the given ones, kept as they are, or the
  /// default columns followed by `extraColumns`, the roadmap's user columns), then one row per
  /// item. A user column's cell is the item's value in the roadmap's user column of the same
  /// header (`UserColumns`), escaped. `fill` (for `sync`, with a given header) keeps the cells of
  /// user columns that the roadmap leaves empty and writes statuses as of its day in the header's
  /// language.
  static func table(
    _ items: [Item], style: DateStyle, extraColumns: [String] = [],
    header: (line: String, cells: [String], delimiter: String)? = nil, fill: TableFill? = nil,
    language: Language = .en
  ) -> [String] {
    let columns: [RoadmapColumn?]
    let names: [String]
    var lines: [String]
    var fill = fill
    /// Per user column, its header's text.
    let userNames: [String?]
    if let header {
      names = header.cells
      columns = Markdown.tableColumns(names)
      userNames = zip(columns, names).map { $0 == nil ? Markdown.inline($1).text : nil }
      lines = [header.line, header.delimiter]
    } else {
      let defaults = defaultColumns(items, language: language)
      columns = defaults.map(\.column) + extraColumns.map { _ in nil }
      names = defaults.map(\.header) + extraColumns.map(Markdown.escapeCell)
      userNames = defaults.map { _ in nil } + extraColumns
      lines = [
        "| " + names.joined(separator: " | ") + " |",
        "|" + names.map { _ in " --- " }.joined(separator: "|") + "|",
      ]
      fill = nil
    }
    let titleInURL = !columns.contains(.title) && columns.contains(.url)
    // A header of studylog's own is in `language` (a user column's Hangul does not make it Korean).
    let headerLanguage = header == nil ? language : TableFill.language(ofHeader: names)
    // Matched once per column, not per cell: a roadmap may have 98 user columns and 50,000 rows.
    let roadmapColumns = UserColumns(extraColumns)
    let users = userNames.map { name in
      name.map { (key: RoadmapColumn.key($0), header: roadmapColumns.header(matching: $0)) }
    }
    for item in items {
      let cells = columns.indices.map { i in
        switch (columns[i], fill, users[i]) {
        case (nil, let fill, let user?):
          let value = user.header.flatMap { item.extras[$0] }
          return fill?.cell(item, key: user.key, value: value) ?? Markdown.escapeCell(value ?? "")
        case (.status?, let fill?, _): return fill.status(item, language: headerLanguage)
        case (.status?, nil, _): return item.declaredStatus.map { headerLanguage.text(.status($0)) } ?? ""
        default: return cell(item, columns[i], style: style, titleInURL: titleInURL)
        }
      }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines
  }

  /// The whole roadmap: items without a track in a table of their own, then a `### Track`
  /// heading and a table per track; column headers in `language`; the roadmap's user columns
  /// come after the ones studylog owns, in every table.
  public static func markdown(_ roadmap: Roadmap, style: DateStyle = .yymmdd, language: Language = .en)
    -> String
  {
    var blocks: [String] = []
    for (track, items) in roadmap.byTrack {
      var lines: [String] = []
      if let track { lines += ["### \(Markdown.escapeHeading(track))", ""] }
      lines += table(items, style: style, extraColumns: roadmap.extraColumns, language: language)
      blocks.append(lines.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }
}

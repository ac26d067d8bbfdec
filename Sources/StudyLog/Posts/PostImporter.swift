#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A roadmap read from the markdown tables of a post, with every problem found, located by the
/// post's lines.
public struct ImportedPost: Sendable {
  public var roadmap: Roadmap
  public var diagnostics: [Diagnostic]
  public var hasErrors: Bool { diagnostics.hasErrors }
}

/// Reads roadmap tables out of Jekyll posts.
///
/// Every GFM pipe table below the front matter whose header names a title (or a URL column, which
/// such posts use for the title) is read; the nearest heading above a table is the track of its
/// rows. Cells may hold links (`[text](url)`, `<a href>`), `<u>`, `**…**` and `<br>`: the text is
/// kept and the link taken. `----`, `TBD` and `미정` in the number and date columns mean no value;
/// a row without a number gets the next free one.
public enum PostImporter {
  /// Reads every roadmap table of a post. `today` is the day that "after today" warnings refer
  /// to, as for a CSV file.
  public static func load(markdown: String, source: String, today: Day) -> ImportedPost {
    var rows = ItemRowReader(sink: PositionedDiagnostics(source: source), today: today)
    var collector = RowCollector<TextPosition>()
    var tablesRead = 0
    var userColumns = UserColumns()
    for table in Markdown.tables(Markdown.lines(markdown)) {
      guard let columns = readHeader(table, users: &userColumns, sink: &rows.sink) else { continue }
      tablesRead += 1
      for (cells, line) in table.rows {
        let start = TextPosition(line: line, column: nil)
        guard var row = rowCells(cells, line: line, table: table, columns: columns.known, sink: &rows.sink)
        else { continue }
        for (header, cell) in zip(columns.users, cells) {
          guard let header else { continue }
          let text = Markdown.userCellText(cell.raw)
          if !text.isEmpty { row.extras[header] = text }
        }
        guard let item = rows.read(row, row: start) else { continue }
        collector.add(
          item, hasIDColumn: columns.known.contains(.id), idAt: row.location(of: .id) ?? start,
          titleAt: row.location(of: .title) ?? start, sink: &rows.sink)
      }
    }
    if userColumns.headers.count > UserColumns.maximum {
      rows.sink.add(.error, UserColumns.tooMany(userColumns.headers.count), line: nil)
    }
    if tablesRead == 0 {
      rows.sink.add(.error, "no roadmap table found: a pipe table with a Title (or URL) column", line: nil)
    }
    let items = collector.finish(sink: &rows.sink)
    return ImportedPost(
      roadmap: Roadmap(source: source, items: items, extraColumns: userColumns.headers),
      diagnostics: rows.sink.sorted)
  }

  /// The columns of a table: per header cell, the column studylog reads or the user column
  /// (`users`) whose cells are kept; or nil (with a warning) for a table that is not a roadmap's:
  /// one without a title or URL column. Warns about a missing category column, a column that
  /// names an owned column again, a user column named twice in the table and one that looks
  /// like a typo.
  private static func readHeader(
    _ table: PipeTable, users: inout UserColumns, sink: inout PositionedDiagnostics
  ) -> (known: [RoadmapColumn?], users: [String?])? {
    let names = table.header.map { Markdown.inline($0.raw).text }
    let columns = Markdown.tableColumns(table.header.map(\.raw))
    guard columns.contains(.title) || columns.contains(.url) else {
      for (name, cell) in zip(names, table.header) where RoadmapColumn(header: name) == nil && !name.isEmpty {
        sink.add(
          .warning, "unknown column '\(name)' is ignored",
          at: TextPosition(line: table.headerLine, column: cell.column))
      }
      sink.add(.warning, "table has no title or URL column; skipped", line: table.headerLine)
      return nil
    }
    var userHeaders: [String?] = []
    var inTable: Set<String> = []
    for (index, (name, cell)) in zip(names, table.header).enumerated() {
      let at = TextPosition(line: table.headerLine, column: cell.column)
      if let known = RoadmapColumn(header: name), columns[index] == nil {
        // A CSV cannot have a user column whose header names an owned one: `sync` keeps it.
        sink.add(
          .warning,
          "column '\(name)' gives the \(known.meaning) again; its cells are not imported (sync keeps them)",
          at: at)
      }
      guard RoadmapColumn(header: name) == nil, !name.isEmpty else {
        userHeaders.append(nil)
        continue
      }
      guard inTable.insert(RoadmapColumn.key(name)).inserted else {
        sink.add(.warning, "column '\(name)' is named twice in this table; the second is ignored", at: at)
        userHeaders.append(nil)
        continue
      }
      if users.header(matching: name) == nil, let typo = UserColumns.typoWarning(name) {
        sink.add(.warning, typo, at: at)
      }
      userHeaders.append(users.add(name))
    }
    if !columns.contains(.category) {
      sink.add(
        .warning, "table has no category column; its items take the category '\(table.heading ?? "General")'",
        line: table.headerLine)
    }
    return (columns, userHeaders)
  }

  /// A table row's cells for `ItemRowReader`; nil for a row of empty cells (skipped with a
  /// warning).
  ///
  /// The markup of each cell is removed (`Markdown.inline`). The title's link is the item's url; a
  /// URL column holds the title when there is no title column (as such posts write it). A link
  /// that is not an http or https link (a relative one, as posts often have) is left out with a
  /// warning. The track is the nearest heading above the table, unless the table has a track
  /// column; without a category column, the category is the track's name.
  private static func rowCells(
    _ cells: [TableCell], line: Int, table: PipeTable, columns: [RoadmapColumn?],
    sink: inout PositionedDiagnostics
  ) -> RowCells<TextPosition>? {
    func at(_ column: Int?) -> TextPosition { TextPosition(line: line, column: column) }
    if cells.allSatisfy({ DateParser.isPlaceholder(Markdown.inline($0.raw).text) }) {
      sink.add(.warning, "empty row skipped", line: line)
      return nil
    }
    if cells.count > columns.count {
      sink.add(
        .warning,
        "row has \(cells.count) cells but the header has \(columns.count); the extra ones are ignored",
        at: at(cells[columns.count].column))
    }
    var byColumn: [RoadmapColumn: (text: String, link: String?, column: Int)] = [:]
    for (column, cell) in zip(columns, cells) {
      guard let column, byColumn[column] == nil else { continue }
      let (text, link) = Markdown.inline(cell.raw)
      byColumn[column] = (text, link, cell.column)
    }
    var row = RowCells<TextPosition>()
    for (column, cell) in byColumn where column != .title && column != .url {
      row[column] = (cell.text, at(cell.column))
    }
    // Title and link: a URL column holds the title when there is no title column.
    let hasTitle = columns.contains(.title)
    let titleCell = hasTitle ? byColumn[.title] : byColumn[.url]
    if let titleCell { row[.title] = (titleCell.text, at(titleCell.column)) }
    var url = titleCell?.link
    if hasTitle, let urlCell = byColumn[.url] {
      url = urlCell.link ?? (urlCell.text.isEmpty ? url : urlCell.text)
    } else if !hasTitle, url == nil, let title = titleCell?.text, WebLink.isValid(title) {
      url = title
    }
    if let link = url {
      if WebLink.isValid(link) {
        row[.url] = (link, at(byColumn[.url]?.column ?? titleCell?.column))
      } else {
        sink.add(
          .warning, "link '\(link)' is not an http or https link; left out", at: at(titleCell?.column))
      }
    }
    if row[.track] == nil, let heading = table.heading { row[.track] = (heading, at(nil)) }
    if !columns.contains(.category) { row[.category] = (table.heading ?? "General", at(nil)) }
    return row
  }
}

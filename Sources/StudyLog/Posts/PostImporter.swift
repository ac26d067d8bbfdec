import Foundation

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
  public static func load(markdown: String, source: String) -> ImportedPost {
    var diagnostics: [Diagnostic] = []
    func report(_ severity: Diagnostic.Severity, _ message: String, line: Int?, column: Int? = nil) {
      diagnostics.append(Diagnostic(severity, message, source: source, line: line, column: column))
    }
    let lines = Markdown.lines(markdown)
    var items: [Item] = []
    var idLines: [String: Int] = [:]
    var unnumbered: [Int] = []
    var tablesRead = 0

    for table in Markdown.tables(lines) {
      var columns: [RoadmapColumn?] = []
      for cell in table.header {
        let name = Markdown.inline(cell.raw).text
        let column = RoadmapColumn(header: name)
        if column == nil && !name.isEmpty {
          report(.warning, "unknown column '\(name)' is ignored", line: table.headerLine, column: cell.column)
        }
        columns.append(column)
      }
      let hasTitle = columns.contains(.title)
      let urlIsTitle = !hasTitle && columns.contains(.url)
      guard hasTitle || urlIsTitle else {
        report(.warning, "table has no title or URL column; skipped", line: table.headerLine)
        continue
      }
      tablesRead += 1
      let track = table.heading
      if !columns.contains(.category) {
        report(
          .warning, "table has no category column; its items take the category '\(track ?? "General")'",
          line: table.headerLine)
      }

      for (cells, line) in table.rows {
        if cells.allSatisfy({ DateParser.isPlaceholder(Markdown.inline($0.raw).text) }) {
          report(.warning, "empty row skipped", line: line)
          continue
        }
        if cells.count > columns.count {
          report(
            .warning,
            "row has \(cells.count) cells but the header has \(columns.count); the extra ones are ignored",
            line: line, column: cells[columns.count].column)
        }
        var byColumn: [RoadmapColumn: (text: String, link: String?, column: Int)] = [:]
        for (column, cell) in zip(columns, cells) {
          guard let column, byColumn[column] == nil else { continue }
          let (text, link) = Markdown.inline(cell.raw)
          byColumn[column] = (text, link, cell.column)
        }
        func cellColumn(_ c: RoadmapColumn) -> Int? { byColumn[c]?.column }
        var valid = true

        // Title and link: a URL column holds the title when there is no title column.
        let titleCell = hasTitle ? byColumn[.title] : byColumn[.url]
        let title = titleCell?.text ?? ""
        var url = titleCell?.link
        if hasTitle, let urlCell = byColumn[.url] {
          url = urlCell.link ?? (urlCell.text.isEmpty ? url : urlCell.text)
        } else if urlIsTitle, url == nil, RoadmapParser.isWebLink(title) {
          url = title
        }
        if title.isEmpty {
          report(.error, "empty title", line: line, column: titleCell?.column)
          valid = false
        }
        if let u = url, !RoadmapParser.isWebLink(u) {
          report(
            .warning, "link '\(u)' is not an http or https link; left out", line: line,
            column: titleCell?.column)
          url = nil
        }

        var id = ""
        if let cell = byColumn[.id], !DateParser.isPlaceholder(cell.text) {
          id = cell.text
          if let first = idLines[id] {
            report(
              .error, "duplicate number '\(id)': line \(first) already uses it", line: line,
              column: cell.column)
            valid = false
          } else {
            idLines[id] = line
          }
        }

        let category = byColumn[.category].flatMap { $0.text.isEmpty ? nil : $0.text } ?? track ?? "General"

        func range(_ kind: String, _ column: RoadmapColumn, _ start: RoadmapColumn, _ end: RoadmapColumn)
          -> (Day?, Day?)
        {
          func day(_ c: RoadmapColumn, _ role: DateRole) -> Day? {
            guard let cell = byColumn[c], !DateParser.isPlaceholder(cell.text) else { return nil }
            switch DateParser.parseDay(cell.text, role: role) {
            case .success(let d): return d
            case .failure(let e):
              report(.error, e.message, line: line, column: cell.column)
              valid = false
              return nil
            }
          }
          if let cell = byColumn[column], !DateParser.isPlaceholder(cell.text) {
            switch DateParser.parseRange(cell.text) {
            case .success(let r):
              if let end = r.end, end < r.start {
                report(
                  .error, "\(kind) end \(end.iso) is before \(kind) start \(r.start.iso)", line: line,
                  column: cell.column)
                valid = false
                return (nil, nil)
              }
              return (r.start, r.end)
            case .failure(let e):
              report(.error, e.message, line: line, column: cell.column)
              valid = false
              return (nil, nil)
            }
          }
          return (day(start, .start), day(end, .end))
        }
        let (plannedStart, plannedEnd) = range("planned", .planned, .plannedStart, .plannedEnd)
        var planned: DayRange?
        switch (plannedStart, plannedEnd) {
        case (let s?, let e?) where s <= e: planned = DayRange(s, e)
        case (let s?, nil): planned = DayRange(s, s)
        case (nil, nil): break
        default:
          report(
            .error, "the planned dates are incomplete or reversed", line: line, column: cellColumn(.planned))
          valid = false
        }
        let (actualStart, actualEnd) = range("actual", .actual, .actualStart, .actualEnd)

        var progress: Double?
        if let cell = byColumn[.progress], !DateParser.isPlaceholder(cell.text) {
          let number = cell.text.filter { $0 != "%" }.trimmingWhitespace()
          if let value = Double(number), (0...100).contains(value) {
            progress = value
          } else {
            report(
              .error, "progress '\(cell.text)' is not a number from 0 to 100", line: line, column: cell.column
            )
            valid = false
          }
        }
        var status: DeclaredStatus?
        if let cell = byColumn[.status], !cell.text.isEmpty {
          status = DeclaredStatus(cell: cell.text)
          if status == nil {
            report(
              .error, "unknown status '\(cell.text)': use planned, active, done, paused or dropped",
              line: line,
              column: cell.column)
            valid = false
          }
        }
        guard valid else { continue }
        let description = byColumn[.description].flatMap { $0.text.isEmpty ? nil : $0.text }
        if id.isEmpty { unnumbered.append(items.count) }
        items.append(
          Item(
            id: id, line: line, track: track, category: category, title: title, description: description,
            url: url,
            planned: planned, actualStart: actualStart, actualEnd: actualEnd, progress: progress,
            declaredStatus: status))
      }
    }
    if tablesRead == 0 {
      report(.error, "no roadmap table found: a pipe table with a Title (or URL) column", line: nil)
    }
    // Rows without a number take the next free ones, in order.
    var next = (idLines.keys.compactMap { Int($0) }.max() ?? 0) + 1
    for index in unnumbered {
      while idLines["\(next)"] != nil { next += 1 }
      items[index].id = "\(next)"
      idLines["\(next)"] = items[index].line
      next += 1
    }
    let sorted = diagnostics.enumerated().sorted { a, b in
      (a.element.line ?? 0, a.offset) < (b.element.line ?? 0, b.offset)
    }.map(\.element)
    return ImportedPost(roadmap: Roadmap(source: source, items: items), diagnostics: sorted)
  }
}

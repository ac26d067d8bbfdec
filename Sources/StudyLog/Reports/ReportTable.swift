/// A table of a report: its columns and rows, rendered the same way as terminal text, as a GFM
/// markdown table, or as CSV, so that adding a column touches one place.
public struct ReportTable: Sendable {
  /// How a column's cells line up in text, and the delimiter row in markdown.
  public enum Alignment: Sendable { case left, right }

  /// A column: its heading, its alignment and, for text only, the most terminal columns its cells
  /// may take (longer cells are cut with `…`).
  public struct Column: Sendable {
    public var header: String
    public var alignment: Alignment
    public var maxTextWidth: Int?

    public init(_ header: String, _ alignment: Alignment = .left, maxTextWidth: Int? = nil) {
      self.header = header
      self.alignment = alignment
      self.maxTextWidth = maxTextWidth
    }
  }

  /// A row: one cell per column; a total row has a rule before it in text and its first cell in
  /// bold in markdown.
  public struct Row: Sendable {
    public var cells: [ReportCell]
    public var isTotal: Bool
  }

  public var columns: [Column]
  public var rows: [Row] = []

  public init(_ columns: [Column]) { self.columns = columns }

  public mutating func append(_ cells: [ReportCell], total: Bool = false) {
    precondition(cells.count == columns.count)
    rows.append(Row(cells: cells, isTotal: total))
  }

  // MARK: - Text

  /// The table for a terminal, as lines: the header, a `─` rule, the rows (a rule before a total
  /// row); columns aligned by display width, two spaces apart, no trailing spaces. Control
  /// characters and line breaks in cells are shown as `\u{…}` (`TerminalText`).
  public func textLines() -> [String] {
    // Each cell is made visible, cut and measured once; the lines are then built in one pass.
    func measured(_ text: String) -> (text: String, width: Int) { (text, displayWidth(text)) }
    let body = rows.map { row in
      zip(row.cells, columns).map { cell, column in
        let text = TerminalText.visible(cell.text)
        return measured(column.maxTextWidth.map { Format.truncated(text, columns: $0) } ?? text)
      }
    }
    let headers = columns.map { measured(TerminalText.visible($0.header)) }
    var widths = headers.map(\.width)
    for cells in body {
      for (i, cell) in cells.enumerated() where cell.width > widths[i] { widths[i] = cell.width }
    }
    func line(_ cells: [(text: String, width: Int)]) -> String {
      var line = ""
      for (i, cell) in cells.enumerated() {
        if i > 0 { line += "  " }
        let pad = widths[i] - cell.width
        if columns[i].alignment == .right { line += String(repeating: " ", count: pad) }
        line += cell.text
        if columns[i].alignment == .left && i < cells.count - 1 { line += String(repeating: " ", count: pad) }
      }
      // No trailing spaces: cut on UTF-8 (a space is one byte, and a character always ends before it).
      let utf8 = line.utf8
      var end = utf8.endIndex
      while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
      return end == utf8.endIndex ? line : String(line[..<end])
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    var out = [line(headers), rule]
    out.reserveCapacity(rows.count + 3)
    for (row, cells) in zip(rows, body) {
      if row.isTotal { out.append(rule) }
      out.append(line(cells))
    }
    return out
  }

  /// `textLines` joined by line breaks, without a final one.
  public func text() -> String { textLines().joined(separator: "\n") }

  // MARK: - Markdown

  /// The table in GFM, as lines: headings with their first letter capitalised, a delimiter row
  /// from the alignments, every cell escaped.
  public func markdownLines() -> [String] {
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    var out = [
      line(columns.map { InlineMarkdown.text(Format.capitalised($0.header)).rendered }),
      "|" + columns.map { $0.alignment == .left ? "---" : "---:" }.joined(separator: "|") + "|",
    ]
    for row in rows {
      out.append(
        line(
          row.cells.enumerated().map { i, cell in
            (row.isTotal && i == 0 ? .bold(cell.markdown) : cell.markdown).rendered
          }))
    }
    return out
  }

  /// `markdownLines` joined by line breaks, without a final one.
  public func markdown() -> String { markdownLines().joined(separator: "\n") }

  // MARK: - CSV

  /// The table as CSV: a header record and one record per row, each ending in LF.
  public func csv() -> String {
    CSVWriter.document([columns.map(\.header)] + rows.map { $0.cells.map(\.text) })
  }
}

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
    var lines: [String] = []
    lines.reserveCapacity(rows.count + 3)
    renderText { lines.append(String(decoding: $0, as: UTF8.self)) }
    return lines
  }

  /// `textLines` joined by line breaks, without a final one, written in one buffer.
  public func text() -> String {
    var out: [UInt8] = []
    appendText(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of `text()` to `out`, for a report written in one buffer.
  public func appendText(to out: inout [UInt8]) {
    var first = true
    renderText { line in
      if !first { out.append(0x0A) }
      first = false
      out.append(contentsOf: line)
    }
  }

  /// Calls `emit` with the UTF-8 bytes of each line of the text table in turn (in a buffer that
  /// is reused, so valid only during the call). Each cell is made visible, cut and measured
  /// once; the lines are then written byte by byte, padding and all.
  private func renderText(_ emit: (ArraySlice<UInt8>) -> Void) {
    let count = columns.count
    // The cells as shown and their widths, row after row in two flat arrays.
    var texts: [String] = []
    var cellWidths: [Int] = []
    texts.reserveCapacity(rows.count * count)
    cellWidths.reserveCapacity(rows.count * count)
    var widths = columns.map { displayWidth(TerminalText.visible($0.header)) }
    for row in rows {
      for (i, cell) in row.cells.enumerated() {
        var text = cell.text
        var width: Int
        if let simple = simpleDisplayWidth(text.unicodeScalars) {
          // Only scalars that are shown as they are: nothing to make visible, and the width known.
          width = simple
          if let max = columns[i].maxTextWidth, simple > max {
            text = Format.truncated(text, columns: max)
            width = displayWidth(text)
          }
        } else {
          let visible = TerminalText.visible(text)
          text = columns[i].maxTextWidth.map { Format.truncated(visible, columns: $0) } ?? visible
          width = displayWidth(text)
        }
        texts.append(text)
        cellWidths.append(width)
        if width > widths[i] { widths[i] = width }
      }
    }
    let rightAligned = columns.map { $0.alignment == .right }
    var line: [UInt8] = []
    func write(_ cell: (Int) -> (text: String, width: Int)) {
      line.removeAll(keepingCapacity: true)
      for i in 0..<count {
        let (text, width) = cell(i)
        if i > 0 { line.append(contentsOf: [0x20, 0x20]) }
        let pad = widths[i] - width
        if rightAligned[i] { line.append(contentsOf: repeatElement(0x20, count: pad)) }
        line.append(contentsOf: text.utf8)
        if !rightAligned[i] && i < count - 1 { line.append(contentsOf: repeatElement(0x20, count: pad)) }
      }
      // No trailing spaces (a space is one byte, and a character always ends before it).
      var end = line.count
      while end > 0 && line[end - 1] == 0x20 { end -= 1 }
      emit(line[..<end])
    }
    let rule = Array(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8)
    write { i in
      let header = TerminalText.visible(columns[i].header)
      return (header, displayWidth(header))
    }
    emit(rule[...])
    for (r, row) in rows.enumerated() {
      if row.isTotal { emit(rule[...]) }
      write { i in (texts[r * count + i], cellWidths[r * count + i]) }
    }
  }

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

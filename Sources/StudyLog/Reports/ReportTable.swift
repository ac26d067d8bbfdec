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
    let text = TextLayout(self)
    var lines = [text.header, text.rule].map { String(decoding: $0, as: UTF8.self) }
    lines.reserveCapacity(rows.count + 3)
    for (k, part) in text.parts.enumerated() {
      for r in part.rows {
        if rows[r].isTotal { lines.append(String(decoding: text.rule, as: UTF8.self)) }
        var line: [UInt8] = []
        text.appendRow(r, part: k, to: &line)
        lines.append(String(decoding: line, as: UTF8.self))
      }
    }
    return lines
  }

  /// `textLines` joined by line breaks, without a final one, written in one buffer.
  public func text() -> String {
    var out: [UInt8] = []
    appendText(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of `text()` to `out`, for a report written in one buffer. The rows
  /// of a long table are written on two threads, half each, and joined in order.
  public func appendText(to out: inout [UInt8]) {
    let text = TextLayout(self)
    out += text.header
    out.append(0x0A)
    out += text.rule
    let parts = Parallel.map(text.parts.count) { k in
      var part: [UInt8] = []
      for r in text.parts[k].rows {
        part.append(0x0A)
        if rows[r].isTotal {
          part += text.rule
          part.append(0x0A)
        }
        text.appendRow(r, part: k, to: &part)
      }
      return part
    }
    for part in parts { out += part }
  }

  /// Tables with at least this many rows are made and written on two threads.
  static let parallelRows = 2048

  /// The text table's cells as shown, with their widths, and the width of each column: each cell
  /// made visible, cut and measured once (the rows of a long table on two threads), then written
  /// line by line.
  private struct TextLayout {
    /// The rows in one or two parts (`Parallel.split`), each with its cells as shown and their
    /// widths, row after row.
    var parts: [(rows: Range<Int>, texts: [String], cellWidths: [Int])] = []
    var widths: [Int]
    var rightAligned: [Bool]
    var header: [UInt8] = []
    var rule: [UInt8]

    init(_ table: ReportTable) {
      let columns = table.columns
      let ranges = Parallel.split(table.rows.count, minimum: ReportTable.parallelRows)
      let measured = Parallel.map(ranges.count) { Self.measure(table.rows[ranges[$0]], columns) }
      widths = columns.map { displayWidth(TerminalText.visible($0.header)) }
      for (rows, part) in zip(ranges, measured) {
        parts.append((rows, part.texts, part.widths))
        for i in widths.indices { widths[i] = max(widths[i], part.columnWidths[i]) }
      }
      rightAligned = columns.map { $0.alignment == .right }
      rule = Array(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8)
      let headers = columns.map { TerminalText.visible($0.header) }
      var line: [UInt8] = []
      writeLine(headers[...], headers.map { displayWidth($0) }[...], to: &line)
      header = line
    }

    /// The cells of `rows` as shown, their widths, and the widest cell of each column.
    private static func measure(_ rows: ArraySlice<Row>, _ columns: [Column]) -> (
      texts: [String], widths: [Int], columnWidths: [Int]
    ) {
      var texts: [String] = []
      var cellWidths: [Int] = []
      texts.reserveCapacity(rows.count * columns.count)
      cellWidths.reserveCapacity(rows.count * columns.count)
      var widths = Array(repeating: 0, count: columns.count)
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
      return (texts, cellWidths, widths)
    }

    /// Appends the line of row `r`, of part `k` (a total row's rule is the caller's).
    func appendRow(_ r: Int, part k: Int, to out: inout [UInt8]) {
      let first = (r - parts[k].rows.lowerBound) * widths.count
      let cells = first..<first + widths.count
      writeLine(parts[k].texts[cells], parts[k].cellWidths[cells], to: &out)
    }

    /// Appends one line: the cells padded to their columns' widths, two spaces apart, without
    /// trailing spaces.
    private func writeLine(_ texts: ArraySlice<String>, _ cellWidths: ArraySlice<Int>, to out: inout [UInt8])
    {
      let start = out.count
      for i in 0..<widths.count {
        let text = texts[texts.startIndex + i]
        let width = cellWidths[cellWidths.startIndex + i]
        if i > 0 {
          out.append(0x20)
          out.append(0x20)
        }
        let pad = widths[i] - width
        if rightAligned[i] { out.append(contentsOf: repeatElement(0x20, count: pad)) }
        out.append(contentsOf: text.utf8)
        if !rightAligned[i] && i < widths.count - 1 {
          out.append(contentsOf: repeatElement(0x20, count: pad))
        }
      }
      // No trailing spaces (a space is one byte, and a character always ends before it).
      while out.count > start && out[out.count - 1] == 0x20 { out.removeLast() }
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
    out += Parallel.array(rows.count, minimum: Self.parallelRows) { r in
      let row = rows[r]
      return line(
        row.cells.enumerated().map { i, cell in
          (row.isTotal && i == 0 ? .bold(cell.markdown) : cell.markdown).rendered
        })
    }
    return out
  }

  /// `markdownLines` joined by line breaks, without a final one.
  public func markdown() -> String { markdownLines().joined(separator: "\n") }

  // MARK: - CSV

  /// The table as CSV: a header record and one record per row, each ending in LF.
  public func csv() -> String {
    // The records of a long table written on two threads.
    let records = Parallel.array(rows.count, minimum: Self.parallelRows) { r in
      CSVWriter.line(rows[r].cells.map(\.text))
    }
    return CSVWriter.line(columns.map(\.header)) + records.joined()
  }
}

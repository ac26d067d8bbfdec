#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A cell of a pipe table, with the column where it starts.
struct TableCell {
  /// The cell's source text, trimmed.
  var raw: String
  /// 1-based column (characters) of the cell's first non-blank character in its line.
  var column: Int
}

/// A GFM pipe table found in a markdown file.
struct PipeTable {
  /// The text of the nearest heading above the table, if any.
  var heading: String?
  var header: [TableCell]
  var headerLine: Int
  /// Body rows with their line numbers.
  var rows: [(cells: [TableCell], line: Int)]
  /// Index range of the table's lines (header, delimiter and body) in the file's lines.
  var lineRange: Range<Int>
}

/// Finding GFM pipe tables and the headings above them.
extension Markdown {
  /// `### SRE ##` → `SRE` (a closing sequence of hashes and the markup removed); nil for a line
  /// that is not an ATX heading.
  static func heading(_ line: Substring) -> String? {
    let t = line.trimmingWhitespace()
    guard t.hasPrefix("#") else { return nil }
    let level = t.prefix(while: { $0 == "#" }).count
    guard level <= 6 else { return nil }
    // Scalars: a combining mark at the start of the text makes one Character of it and the blank.
    let rest = t.dropFirst(level).unicodeScalars
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var text = Substring(
      String(String.UnicodeScalarView(rest.drop(while: { $0 == " " || $0 == "\t" }))).trimmingWhitespace())
    // A closing sequence is a run of `#` that is the whole text or follows a blank (CommonMark):
    // `### C#` and `### C\#` keep their `#`.
    let run = text.reversed().prefix(while: { $0 == "#" }).count
    if run > 0 {
      let before = text.dropLast(run)
      if before.isEmpty || before.last == " " || before.last == "\t" {
        text = Substring(before.trimmingWhitespace())
      }
    }
    return inline(String(text)).text
  }

  /// The column each header cell of a table names (cells as written, markup and all): nil for a
  /// column studylog does not own, and for one that names a column an earlier cell already names
  /// (`Description` then `Notes`), whose cells are then the user's too and kept by `sync`.
  static func tableColumns(_ header: [String]) -> [RoadmapColumn?] {
    var seen: Set<RoadmapColumn> = []
    return header.map { cell in
      RoadmapColumn(header: inline(cell).text).flatMap { seen.insert($0).inserted ? $0 : nil }
    }
  }

  /// Whether a line is a delimiter row: `| --- | :---: |`.
  static func isDelimiterRow(_ line: Substring) -> Bool {
    let cells = split(line).map(\.raw)
    guard !cells.isEmpty, line.contains("-") else { return false }
    return cells.allSatisfy { cell in
      var c = Substring(cell)
      if c.hasPrefix(":") { c = c.dropFirst() }
      if c.hasSuffix(":") { c = c.dropLast() }
      return !c.isEmpty && c.allSatisfy { $0 == "-" }
    }
  }

  /// Splits a table row at unescaped pipes outside code spans; leading and trailing pipes are
  /// optional. Cells are trimmed; `\|` stays escaped (see `inline`).
  static func split(_ line: Substring) -> [TableCell] {
    var cells: [TableCell] = []
    var current = ""
    var column = 1
    var cellStart = 1
    var inCode = false
    var escaped = false
    var sawPipe = false
    let chars = Array(line)
    var firstContent: Int?
    func finish() {
      let trimmed = current.trimmingWhitespace()
      cells.append(TableCell(raw: trimmed, column: firstContent ?? cellStart))
      current = ""
      firstContent = nil
    }
    for (i, c) in chars.enumerated() {
      column = i + 1
      if escaped {
        current.append(c)
        escaped = false
        continue
      }
      if c == "\\" {
        current.append(c)
        escaped = true
        continue
      }
      if c == "`" { inCode.toggle() }
      if c == "|" && !inCode {
        sawPipe = true
        finish()
        cellStart = column + 1
        continue
      }
      if firstContent == nil && !c.isWhitespace { firstContent = column }
      current.append(c)
    }
    finish()
    guard sawPipe else { return [] }
    // A leading pipe leaves an empty first cell, a trailing one an empty last cell.
    let trimmedLine = line.trimmingWhitespace()
    if trimmedLine.hasPrefix("|"), let first = cells.first, first.raw.isEmpty { cells.removeFirst() }
    if trimmedLine.hasSuffix("|") && !trimmedLine.hasSuffix("\\|"), let last = cells.last, last.raw.isEmpty {
      cells.removeLast()
    }
    return cells
  }

  /// Every pipe table below the front matter, outside fenced code blocks, with the heading
  /// nearest above it.
  static func tables(_ lines: [MarkdownLine]) -> [PipeTable] {
    var result: [PipeTable] = []
    var currentHeading: String?
    var fence: String?
    var i = bodyStart(lines)
    while i < lines.count {
      let text = lines[i].text
      let trimmed = text.trimmingWhitespace()
      if let open = fence {
        if trimmed.hasPrefix(open) { fence = nil }
        i += 1
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        fence = String(trimmed.prefix(3))
        i += 1
        continue
      }
      if let h = heading(text) {
        currentHeading = h
        i += 1
        continue
      }
      if i + 1 < lines.count, text.contains("|"), isDelimiterRow(lines[i + 1].text) {
        let header = split(text)
        var rows: [(cells: [TableCell], line: Int)] = []
        var j = i + 2
        while j < lines.count {
          let row = lines[j].text
          guard !row.trimmingWhitespace().isEmpty, row.contains("|") else { break }
          rows.append((split(row), lines[j].number))
          j += 1
        }
        result.append(
          PipeTable(
            heading: currentHeading, header: header, headerLine: lines[i].number, rows: rows, lineRange: i..<j
          ))
        i = j
        continue
      }
      i += 1
    }
    return result
  }
}

import Foundation

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

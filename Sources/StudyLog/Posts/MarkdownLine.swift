import Foundation

/// One physical line of a markdown file, without its line ending.
struct MarkdownLine {
  var text: Substring
  /// 1-based.
  var number: Int
  /// `\n`, `\r\n`, `\r`, or empty for a last line without one.
  var ending: Substring
}

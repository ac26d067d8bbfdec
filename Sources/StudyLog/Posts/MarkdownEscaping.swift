import Foundation

/// The one markdown escaper: every markdown studylog writes (exported tables, synced posts and
/// the summary, week and comparison reports) passes its text through `escapeCell`.
extension Markdown {
  /// Text for a table cell that `inline` reads back as it was: `|`, brackets, backticks and
  /// backslashes escaped, `**`, `__` and `~~` broken up, `<` and entity-like `&` encoded, line
  /// breaks as `<br>`.
  static func escapeCell(_ text: String) -> String {
    var s = text.replacingOccurrences(of: "\\", with: "\\\\")
    for c in ["|", "[", "]", "`"] { s = s.replacingOccurrences(of: c, with: "\\" + c) }
    for c in ["*", "_", "~"] where s.contains(c + c) {
      s = s.replacingOccurrences(of: c, with: "\\" + c)
    }
    if s.range(of: #"&(lt|gt|quot|#39|#124|nbsp|amp);"#, options: .regularExpression) != nil {
      s = s.replacingOccurrences(of: "&", with: "&amp;")
    }
    s = s.replacingOccurrences(of: "<", with: "&lt;")
    return s.replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
      .replacingOccurrences(of: "\r", with: "<br>")
  }
}

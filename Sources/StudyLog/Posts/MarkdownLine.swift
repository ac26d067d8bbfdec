#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One physical line of a markdown file, without its line ending.
struct MarkdownLine {
  var text: Substring
  /// 1-based.
  var number: Int
  /// `\n`, `\r\n`, `\r`, or empty for a last line without one.
  var ending: Substring
}

/// Reading a post line by line.
extension Markdown {
  /// Splits text into lines, keeping each line's ending so that the text can be rebuilt byte for
  /// byte.
  static func lines(_ text: String) -> [MarkdownLine] {
    var result: [MarkdownLine] = []
    var start = text.startIndex
    var i = text.startIndex
    var number = 1
    while i < text.endIndex {
      let c = text[i]
      // "\r\n" is one Character in Swift.
      if c == "\n" || c == "\r" || c == "\r\n" {
        let next = text.index(after: i)
        result.append(MarkdownLine(text: text[start..<i], number: number, ending: text[i..<next]))
        number += 1
        start = next
        i = next
      } else {
        i = text.index(after: i)
      }
    }
    if start < text.endIndex {
      result.append(MarkdownLine(text: text[start...], number: number, ending: ""))
    }
    return result
  }

  /// The index of the first line after YAML front matter (`---` … `---` or `...` at the top).
  static func bodyStart(_ lines: [MarkdownLine]) -> Int {
    guard let first = lines.first, first.text.trimmingWhitespace() == "---" else { return 0 }
    for (i, line) in lines.enumerated().dropFirst() {
      let t = line.text.trimmingWhitespace()
      if t == "---" || t == "..." { return i + 1 }
    }
    return 0
  }
}

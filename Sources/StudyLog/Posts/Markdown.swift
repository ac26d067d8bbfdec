import Foundation

enum Markdown {
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

  /// `### SRE` → `SRE` (closing hashes and emphasis removed); nil for a line that is not an ATX
  /// heading.
  static func heading(_ line: Substring) -> String? {
    let t = line.trimmingWhitespace()
    guard t.hasPrefix("#") else { return nil }
    let level = t.prefix(while: { $0 == "#" }).count
    guard level <= 6 else { return nil }
    let rest = t.dropFirst(level)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var text = rest.trimmingWhitespace()
    while text.hasSuffix("#") { text = String(text.dropLast()).trimmingWhitespace() }
    return inline(text).text
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

  /// The text of a cell with markup removed, and its first link: `[text](url)`,
  /// `<a href="url">text</a>`, `<u>`, `**…**`, `` `…` ``, `<br>` (a line break), `\|`, and
  /// HTML entities.
  static func inline(_ raw: String) -> (text: String, link: String?) {
    var s = raw
    var link: String?
    // <a href="url">text</a>
    if let a = s.range(
      of: #"<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>"#,
      options: [.regularExpression, .caseInsensitive])
    {
      let tag = String(s[a])
      if let href = tag.range(
        of: #"href\s*=\s*["']([^"']*)["']"#, options: [.regularExpression, .caseInsensitive])
      {
        let attr = String(tag[href])
        let quote = attr.firstIndex(where: { $0 == "\"" || $0 == "'" })!
        link = String(attr[attr.index(after: quote)..<attr.index(before: attr.endIndex)])
      }
      let inner = tag.replacingOccurrences(
        of: #"^<a\s[^>]*>"#, with: "", options: [.regularExpression, .caseInsensitive]
      )
      .replacingOccurrences(of: #"</a>$"#, with: "", options: [.regularExpression, .caseInsensitive])
      s.replaceSubrange(a, with: inner)
    }
    // [text](url "title")
    while let m = s.range(
      of: #"\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)"#, options: .regularExpression)
    {
      let whole = String(s[m])
      let close = whole.range(of: "](", options: .backwards)!
      let text = String(whole[whole.index(after: whole.startIndex)..<close.lowerBound])
      var target = String(whole[close.upperBound..<whole.index(before: whole.endIndex)]).trimmingWhitespace()
      if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
      target = target.trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
      if link == nil { link = target }
      s.replaceSubrange(m, with: text)
    }
    s = s.replacingOccurrences(
      of: #"<br\s*/?>"#, with: "\n", options: [.regularExpression, .caseInsensitive])
    s = s.replacingOccurrences(
      of: #"</?(u|b|i|em|strong|span|sup|sub|del|s|mark|code)(\s[^>]*)?>"#, with: "",
      options: [.regularExpression, .caseInsensitive])
    for marker in ["**", "__", "~~"] { s = s.replacingOccurrences(of: marker, with: "") }
    if s.hasPrefix("`") && s.hasSuffix("`") && s.count >= 2 { s = String(s.dropFirst().dropLast()) }
    // Backslash escapes of markdown punctuation.
    s = s.replacingOccurrences(of: #"\\([\\`*_{}\[\]()#+\-.!|<>~])"#, with: "$1", options: .regularExpression)
    for (entity, character) in [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#124;", "|"), ("&nbsp;", " "),
      ("&amp;", "&"),
    ] {
      s = s.replacingOccurrences(of: entity, with: character)
    }
    return (s.trimmingWhitespace(), link)
  }

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

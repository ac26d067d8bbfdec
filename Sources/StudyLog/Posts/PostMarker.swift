#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A studylog marker: an HTML comment alone on its line, with settings.
///
///     <!-- studylog:table track="Data Eng" -->
///     <!-- studylog:image src="{{ '/assets/img/map.png' | relative_url }}" alt="커리어 맵" -->
///     <!-- studylog:report src=/assets/img/map.png dark=/assets/img/map-dark.png -->
///     <!-- studylog:end -->
///
/// A value is in double or single quotes, or unquoted up to the next blank; an unquoted value that
/// starts with Liquid (`{{` or `{%`) runs to the end of that Liquid, blanks included, as Jekyll
/// posts write image paths (`src={{ "/x.png" | relative_url }}`).
struct PostMarker {
  enum Kind: String, CaseIterable { case table, image, report, end }

  var kind: Kind
  /// The settings in the order written.
  var settings: [(key: String, value: String)]
  /// Index of the marker's line in the post's lines.
  var index: Int
  /// 1-based line number.
  var line: Int
  /// What is not a `key=value` setting (an unquoted value cut at a blank leaves its rest here).
  var stray: [String]

  /// The settings each kind takes.
  static func known(_ kind: Kind) -> [String] {
    switch kind {
    case .table: return ["track"]
    case .image, .report: return ["src", "dark", "alt"]
    case .end: return []
    }
  }

  /// The value of a setting; nil when absent.
  subscript(key: String) -> String? { settings.last { $0.key == key }?.value }

  /// The marker on `line`, or nil when the line is not a studylog marker.
  static func parse(_ line: MarkdownLine, index: Int) -> PostMarker? {
    let t = line.text.trimmingWhitespace()
    guard t.hasPrefix("<!--"), t.hasSuffix("-->") else { return nil }
    let inner = t.dropFirst(4).dropLast(3).trimmingWhitespace()
    guard inner.hasPrefix("studylog:") else { return nil }
    let body = inner.dropFirst("studylog:".count)
    let word = body.prefix { !$0.isWhitespace }
    guard let kind = Kind(rawValue: String(word)) else { return nil }
    var marker = PostMarker(kind: kind, settings: [], index: index, line: line.number, stray: [])
    marker.scan(Array(body.dropFirst(word.count)))
    return marker
  }

  /// Reads `key=value` settings; anything else goes to `stray`.
  private mutating func scan(_ s: [Character]) {
    var i = 0
    func skipBlanks() { while i < s.count, s[i].isWhitespace { i += 1 } }
    func isKey(_ c: Character) -> Bool { c.isLetter || c == "_" || c == "-" }
    // One character, or a whole Liquid tag or output (to its closing `}}` or `%}`), which may
    // hold blanks and quotes.
    func take(_ i: inout Int) -> String {
      guard s[i] == "{", i + 1 < s.count, s[i + 1] == "{" || s[i + 1] == "%" else {
        i += 1
        return String(s[i - 1])
      }
      let close: [Character] = s[i + 1] == "{" ? ["}", "}"] : ["%", "}"]
      var j = i + 2
      while j + 1 < s.count, [s[j], s[j + 1]] != close { j += 1 }
      let end = min(j + 2, s.count)
      defer { i = end }
      return String(s[i..<end])
    }
    while true {
      skipBlanks()
      guard i < s.count else { return }
      let start = i
      while i < s.count, isKey(s[i]) { i += 1 }
      let key = String(s[start..<i])
      skipBlanks()
      guard !key.isEmpty, i < s.count, s[i] == "=" else {
        while i < s.count, !s[i].isWhitespace { i += 1 }
        stray.append(String(s[start..<max(i, start + 1)]))
        if i == start { i += 1 }
        continue
      }
      i += 1
      skipBlanks()
      var value = ""
      if i < s.count, s[i] == "\"" || s[i] == "'" {
        let quote = s[i]
        i += 1
        while i < s.count, s[i] != quote { value += take(&i) }
        i += 1
      } else {
        while i < s.count, !s[i].isWhitespace { value += take(&i) }
      }
      settings.append((key, value))
    }
  }

  /// What is wrong with the marker's settings: an unknown setting, or text that is not a setting.
  var problems: [String] {
    var problems: [String] = []
    let known = Self.known(kind)
    for (key, _) in settings where !known.contains(key) {
      problems.append(
        "studylog:\(kind.rawValue) has no setting '\(key)'"
          + (known.isEmpty ? "" : "; it takes \(known.map { "\($0)=" }.joined(separator: ", "))"))
    }
    for text in stray {
      problems.append(
        "'\(text)' in studylog:\(kind.rawValue) is not a setting; write key=\"value\", with quotes around a value that holds blanks"
      )
    }
    return problems
  }

  /// `value` quoted for a marker: in double quotes, or single ones when it holds a double quote;
  /// nil when it cannot be written into a comment line (it holds both quotes, `--`, `>` after
  /// `--`, or a line break).
  static func quoted(_ value: String) -> String? {
    guard !value.contains("--"), !value.contains(where: \.isNewline) else { return nil }
    if !value.contains("\"") { return "\"\(value)\"" }
    if !value.contains("'") { return "'\(value)'" }
    return nil
  }

  /// The marker's line with `changes` written into it (each replaces the setting of its key, or is
  /// added after the others), keeping the line's indentation; nil when a value cannot be quoted.
  func line(changing changes: [(key: String, value: String)], indent: Substring) -> String? {
    var settings = self.settings
    for change in changes {
      if let at = settings.firstIndex(where: { $0.key == change.key }) {
        settings[at].value = change.value
      } else {
        settings.append(change)
      }
    }
    var text = "\(indent)<!-- studylog:\(kind.rawValue)"
    for (key, value) in settings {
      guard let quoted = Self.quoted(value) else { return nil }
      text += " \(key)=\(quoted)"
    }
    return text + " -->"
  }
}

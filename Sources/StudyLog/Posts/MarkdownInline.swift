import Foundation

/// Reading the text and link out of a table cell's markup.
extension Markdown {
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
}

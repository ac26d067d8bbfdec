#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading the text and link out of a table cell's markup.
extension Markdown {
  /// The text of a cell with markup removed, and its first link: `[text](url)`,
  /// `<a href="url">text</a>`, `<u>`, `**…**`, `` `…` ``, `<br>` (a line break), `\|`, and
  /// HTML entities.
  ///
  /// The patterns match Unicode scalars, as the ICU expressions this replaced matched code
  /// points: a combining mark, an emoji modifier or a Hangul jamo after `<`, `]` or `\` does not
  /// hide it. White space is Unicode's (as ICU's `\s`), tag names are compared ASCII-case-blind
  /// (with `ſ`, the Kelvin sign and the `st` ligatures, as ICU folded them).
  static func inline(_ raw: String) -> (text: String, link: String?) {
    // Fast path: a cell without any character that starts markup is its own text.
    guard raw.utf8.contains(where: { inlineMarkupBytes.contains($0) }) else {
      return (raw.trimmingWhitespace(), nil)
    }
    var s = raw
    var link: String?
    // <a href="url">text</a>
    if let a = s.firstMatch(of: InlinePatterns.anchor) {
      let tag = String(s.unicodeScalars[a.range])
      if let href = tag.firstMatch(of: InlinePatterns.href) {
        let attr = tag.unicodeScalars[href.range]
        let quote = attr.firstIndex(where: { $0 == "\"" || $0 == "'" })!
        link = String(attr[attr.index(after: quote)..<attr.index(before: attr.endIndex)])
      }
      // The text between the opening tag (up to its first `>`) and the closing `</a>`.
      let scalars = tag.unicodeScalars
      let afterName = scalars.index(scalars.startIndex, offsetBy: 3)
      let open = scalars.index(after: scalars[afterName...].firstIndex(of: ">")!)
      let inner = scalars[open..<scalars.index(scalars.endIndex, offsetBy: -4)]
      s.unicodeScalars.replaceSubrange(a.range, with: inner)
    }
    // [text](url "title") and [text](<url>); a bare url may hold balanced parentheses.
    while let m = s.firstMatch(of: InlinePatterns.link) {
      let text = m.output[1].range.map { String(s.unicodeScalars[$0]) } ?? ""
      let target =
        [2, 3].lazy.compactMap { m.output[$0].range }.first.map { String(s.unicodeScalars[$0]) } ?? ""
      if link == nil { link = target }
      s.unicodeScalars.replaceSubrange(m.range, with: text.unicodeScalars)
    }
    s = InlinePatterns.replacing(InlinePatterns.lineBreak, in: s, with: "\n")
    s = InlinePatterns.replacing(InlinePatterns.formatting, in: s, with: "")
    for marker in ["**", "__", "~~"] { s = s.replacing(marker, with: "") }
    if s.hasPrefix("`") && s.hasSuffix("`") && s.count >= 2 { s = String(s.dropFirst().dropLast()) }
    // Backslash escapes: any ASCII punctuation, as CommonMark reads them.
    s = InlinePatterns.unescaping(s)
    for (entity, character) in [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#124;", "|"), ("&nbsp;", " "),
      ("&amp;", "&"),
    ] {
      // Literally: a combining mark after `;` must not hide the entity.
      s = s.replacingScalars(entity, with: character)
    }
    return (s.trimmingWhitespace(), link)
  }

  /// The text of a cell in a column studylog does not own, as `import` keeps it in the CSV and
  /// `sync` compares it with the CSV's: the markup removed (`inline`), and its link kept after the
  /// text, `후기 (https://…)`, unless the text is the link itself.
  static func userCellText(_ raw: String) -> String {
    let (text, link) = inline(raw)
    guard let link, !link.isEmpty, link != text else { return text }
    return text.isEmpty ? link : "\(text) (\(link))"
  }

  /// The bytes that can start markup `inline` removes: `<`, `[`, `*`, `_`, `~`, `` ` ``, `\`, `&`.
  private static let inlineMarkupBytes = Set("<[*_~`\\&".utf8)
}

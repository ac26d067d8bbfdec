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
  /// The markup is found on Unicode scalars (`InlinePatterns`), as the ICU expressions this
  /// replaced matched code points: a combining mark, an emoji modifier or a Hangul jamo after `<`,
  /// `]` or `\` does not hide it.
  static func inline(_ raw: String) -> (text: String, link: String?) {
    // Fast path: a cell without any character that starts markup is its own text.
    guard raw.utf8.contains(where: { inlineMarkupBytes.contains($0) }) else {
      return (raw.trimmingWhitespace(), nil)
    }
    var s = raw
    var link: String?
    // <a href="url">text</a>
    var scalars = Array(s.unicodeScalars)
    if let a = InlinePatterns.anchor(in: scalars) {
      let tag = Array(scalars[a])
      if let href = InlinePatterns.href(in: tag) { link = String(String.UnicodeScalarView(tag[href])) }
      // The text between the opening tag (up to its first `>`) and the closing `</a>`.
      let open = tag[3...].firstIndex(of: ">")! + 1
      scalars.replaceSubrange(a, with: tag[open..<(tag.count - 4)])
    }
    // [text](url "title") and [text](<url>); a bare url may hold balanced parentheses.
    while let m = InlinePatterns.link(in: scalars) {
      if link == nil { link = String(String.UnicodeScalarView(scalars[m.url])) }
      scalars.replaceSubrange(m.whole, with: Array(scalars[m.text]))
    }
    s = String(String.UnicodeScalarView(scalars))
    s = InlinePatterns.replacing(in: s, with: "\n", InlinePatterns.lineBreak)
    s = InlinePatterns.replacing(in: s, with: "", InlinePatterns.formatting)
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

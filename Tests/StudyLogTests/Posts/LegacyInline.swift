import Foundation

@testable import StudyLog

/// `Markdown.inline` as it was with `NSRegularExpression` and Foundation's `replacingOccurrences`
/// (commit a8b562d), kept only as the oracle that `InlinePatternsTests` compares the ICU-free
/// version with.
///
/// `quirk` says when its result came from a flaw the new version does not copy: a match whose
/// bound fell inside a character (`[` or a quote followed by a combining mark), which
/// `Range(_:in:)` turned into nil, so that the old version dropped the link's text, stopped
/// reading links, or (for a quote in `href`) trapped.
enum LegacyInline {
  static func inline(_ raw: String) -> (text: String, link: String?) {
    let result = inlineNotingQuirks(raw)
    return (result.text, result.link)
  }

  static func inlineNotingQuirks(_ raw: String) -> (text: String, link: String?, quirk: Bool) {
    // Fast path: a cell without any character that starts markup is its own text.
    guard raw.utf8.contains(where: { inlineMarkupBytes.contains($0) }) else {
      return (raw.trimmingWhitespace(), nil, false)
    }
    var s = raw
    var link: String?
    if let m = anchorPattern.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
      Range(m.range, in: s) == nil || String(s[Range(m.range, in: s)!]).contains(where: isMergedQuote)
    {
      return ("", nil, true)
    }
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
    // [text](url "title") and [text](<url>); a bare url may hold balanced parentheses.
    while let m = linkPattern.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) {
      let misaligned = (0..<4).contains {
        m.range(at: $0).location != NSNotFound && Range(m.range(at: $0), in: s) == nil
      }
      if misaligned { return ("", nil, true) }
      let whole = Range(m.range, in: s)!
      let text = Range(m.range(at: 1), in: s).map { String(s[$0]) } ?? ""
      let target = [2, 3].lazy.compactMap { Range(m.range(at: $0), in: s) }.first.map { String(s[$0]) } ?? ""
      if link == nil { link = target }
      s.replaceSubrange(whole, with: text)
    }
    s = s.replacingOccurrences(
      of: #"<br\s*/?>"#, with: "\n", options: [.regularExpression, .caseInsensitive])
    s = s.replacingOccurrences(
      of: #"</?(u|b|i|em|strong|span|sup|sub|del|s|mark|code)(\s[^>]*)?>"#, with: "",
      options: [.regularExpression, .caseInsensitive])
    for marker in ["**", "__", "~~"] { s = s.replacingOccurrences(of: marker, with: "") }
    if s.hasPrefix("`") && s.hasSuffix("`") && s.count >= 2 { s = String(s.dropFirst().dropLast()) }
    // Backslash escapes: any ASCII punctuation, as CommonMark reads them.
    s = s.replacingOccurrences(of: #"\\([!-/:-@\[-`{-~])"#, with: "$1", options: .regularExpression)
    for (entity, character) in [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#124;", "|"), ("&nbsp;", " "),
      ("&amp;", "&"),
    ] {
      // Literally: a combining mark after `;` must not hide the entity.
      s = s.replacingOccurrences(of: entity, with: character, options: .literal)
    }
    return (s.trimmingWhitespace(), link, false)
  }

  /// The bytes that can start markup `inline` removes: `<`, `[`, `*`, `_`, `~`, `` ` ``, `\`, `&`.
  private static let inlineMarkupBytes = Set("<[*_~`\\&".utf8)

  private static let anchorPattern = try! NSRegularExpression(
    pattern: #"<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>"#, options: .caseInsensitive)

  /// A character that is a quote with a combining mark: not a quote to `Character` comparison.
  private static func isMergedQuote(_ c: Character) -> Bool {
    c.unicodeScalars.count > 1 && c.unicodeScalars.contains { $0 == "\"" || $0 == "'" }
  }

  /// `[text](<url> "title")` or `[text](url "title")`: the text (group 1) and the url in angle
  /// brackets (group 2) or bare, with balanced parentheses (group 3).
  private static let linkPattern = try! NSRegularExpression(
    pattern: #"\[((?:\\.|[^\]\\])*)\]\(\s*(?:<([^<>\n]*)>|((?:[^()\s<>]|\([^()\s]*\))*))(?:\s+"[^"]*")?\s*\)"#
  )
}

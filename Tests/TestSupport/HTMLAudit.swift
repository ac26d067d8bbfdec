import Foundation

/// What a rendered page must not hold when its markdown came from studylog, whatever the roadmap
/// said: a live tag other than those markdown itself makes, a `<script`, an event handler
/// attribute (`onerror=`), or a link or image whose scheme is not http or https; and the shape of
/// its tables, to compare with the markdown's.
public enum HTMLAudit {
  /// The tags markdown makes of studylog's output (tables, headings, lists, links, emphasis, the
  /// `<br>` of a line break, the empty `<span>` that breaks an e-mail autolink, the image of a
  /// `studylog:image` marker and the `<picture>` with its dark `<source>` of one with `dark=`) and
  /// kramdown's comments.
  public static let allowedTags: Set<String> = [
    "p", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "strong", "em", "del", "code", "pre", "h1",
    "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "span", "img", "hr", "blockquote", "picture", "source",
  ]

  /// Every problem in `html` outside comments, described: `<script`, a tag not in
  /// `allowedTags`, an `on…` attribute, an `href` or `src` (or any URL of a `srcset`) that is not
  /// an absolute http or https URL (after HTML entities are decoded, as a browser does). Empty
  /// when there is none.
  public static func problems(in html: String) -> [String] {
    var problems: [String] = []
    // Comments are not live (the post's own markers are comments and quote a track).
    let live = html.replacingOccurrences(of: #"(?s)<!--.*?-->"#, with: "", options: .regularExpression)
    if live.range(of: "<script", options: .caseInsensitive) != nil { problems.append("a <script tag") }
    for tag in matches(#"<([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>"#, in: live) {
      if !allowedTags.contains(tag[1].lowercased()) { problems.append("a live <\(tag[1])> tag: \(tag[0])") }
      // name, then a value in double, single or no quotes.
      for attribute in matches(
        #"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"#, in: tag[2])
      {
        let name = attribute[1].lowercased()
        if name.hasPrefix("on") { problems.append("an event handler attribute: \(tag[0])") }
        guard name == "href" || name == "src" || name == "srcset" else { continue }
        let value = decodeEntities(attribute[2] + attribute[3] + attribute[4])
        for url in name == "srcset" ? srcsetURLs(value) : [value]
        where url.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
          .range(of: #"^https?://"#, options: [.regularExpression, .caseInsensitive]) == nil
        {
          problems.append("a link that is not http or https: \(tag[0])")
          break
        }
      }
    }
    return problems
  }

  /// The URLs of a `srcset` attribute's candidates, as HTML parses them: after blanks and commas,
  /// a URL is a run of non-blanks (trailing commas not its own), then descriptors up to a comma.
  /// A URL may hold commas inside, so the value is not simply split at them.
  public static func srcsetURLs(_ value: String) -> [String] {
    var urls: [String] = []
    var rest = Substring(value)
    while true {
      rest = rest.drop { $0.isWhitespace || $0 == "," }
      guard !rest.isEmpty else { return urls }
      let run = rest.prefix { !$0.isWhitespace }
      rest = rest.dropFirst(run.count)
      let url = run.reversed().drop { $0 == "," }.reversed()
      urls.append(String(url))
      if url.count == run.count { rest = rest.drop { $0 != "," } }
    }
  }

  /// The shape of every table of `html`: per table, the number of cells of each row (the header
  /// row first).
  public static func tableShapes(inHTML html: String) -> [[Int]] {
    matches(#"(?s)<table[^>]*>(.*?)</table>"#, in: html).map { table in
      matches(#"(?s)<tr[^>]*>(.*?)</tr>"#, in: table[1]).map { row in
        matches(#"<t[dh][\s>]"#, in: row[1]).count
      }
    }
  }

  /// The shape of every GFM pipe table of `markdown` as written: per table, the number of
  /// columns of its delimiter row once per row (header and body). A table ends at the first line
  /// that does not start with `|`.
  public static func tableShapes(inMarkdown markdown: String) -> [[Int]] {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var shapes: [[Int]] = []
    var i = 0
    while i + 1 < lines.count {
      let delimiter = lines[i + 1]
      guard lines[i].hasPrefix("|"),
        delimiter.range(of: #"^\|(\s*:?-+:?\s*\|)+$"#, options: .regularExpression) != nil
      else {
        i += 1
        continue
      }
      let columns = delimiter.filter { $0 == "|" }.count - 1
      var rows = 1
      var j = i + 2
      while j < lines.count, lines[j].hasPrefix("|") {
        rows += 1
        j += 1
      }
      shapes.append(Array(repeating: columns, count: rows))
      i = j
    }
    return shapes
  }

  /// Numeric character references and the entities a browser would decode in an attribute.
  static func decodeEntities(_ text: String) -> String {
    var out = text
    for m in matches(#"&#([0-9]+);?|&#[xX]([0-9A-Fa-f]+);?"#, in: text) {
      let value = m[1].isEmpty ? UInt32(m[2], radix: 16) : UInt32(m[1])
      out = out.replacingOccurrences(
        of: m[0], with: value.flatMap(Unicode.Scalar.init).map(String.init) ?? "")
    }
    for (entity, character) in [("&colon;", ":"), ("&Tab;", "\t"), ("&NewLine;", "\n"), ("&amp;", "&")] {
      out = out.replacingOccurrences(of: entity, with: character, options: .caseInsensitive)
    }
    return out
  }

  /// Every match of `pattern` in `text`: the whole match, then each group ("" when it did not
  /// take part).
  static func matches(_ pattern: String, in text: String) -> [[String]] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
      (0..<m.numberOfRanges).map { Range(m.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }
  }
}

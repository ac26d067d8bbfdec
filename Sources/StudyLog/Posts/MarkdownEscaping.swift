#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The one markdown escaper: every piece of text studylog writes into markdown (exported tables,
/// synced posts, the summary, week and comparison reports, their headings and links) passes
/// through `escapeCell`, `escapeHeading` or `link`, so that kramdown (GFM input, as GitHub Pages
/// runs it) and cmark-gfm (as GitHub runs it) render it as the text it is: no tag, attribute,
/// link or table cell comes from a roadmap's text, and `inline` reads it back unchanged.
///
/// It works on Unicode scalars, not characters, because the engines do: `[` followed by a
/// combining mark is one character in Swift but still a bracket to them.
extension Markdown {
  /// Text for a table cell, a list item or bold text, which `inline` reads back as it was:
  /// - `\`, `|`, `[`, `]`, `` ` ``, `{` and `}` get a backslash (`{` would start a kramdown
  ///   attribute list such as `{: onclick=…}` or an extension such as `{::nomarkdown}`);
  /// - `*`, `_`, `~` and `$` get one when the text holds that character twice in a row
  ///   (`**bold**`, `~~strike~~`, `$$math$$`), so single ones stay readable;
  /// - `<` is `&lt;` (no tag, comment or autolink can start), `&` is `&amp;` when the text holds
  ///   something that reads as an entity (`&lt;`, `&#60;`), line breaks are `<br>`;
  /// - the `:` of `ftp://` gets a backslash and an `@` between an address's name and its domain is
  ///   followed by an empty `<span></span>`, so that cmark-gfm's autolinks (which also link
  ///   `ftp:`, `mailto:` and `xmpp:` addresses) can only be http or https links;
  /// - a cell made only of `-`, `=`, `:`, `+`, `|` and blanks gets a backslash before each, so
  ///   that kramdown cannot read its row as a table's separator line.
  static func escapeCell(_ text: String) -> String {
    // Fast path: most cells (numbers, dates, plain titles) hold nothing to escape.
    var special = false
    var separatorLike = !text.isEmpty
    for byte in text.utf8 {
      if byte < 0x80 && escapedBytes[Int(byte)] { special = true }
      if byte >= 0x80 || !separatorBytes[Int(byte)] { separatorLike = false }
    }
    guard special || separatorLike else { return text }
    let scalars = Array(text.unicodeScalars)
    let doubled = Set(
      zip(scalars, scalars.dropFirst()).filter { $0 == $1 && "*_~$".unicodeScalars.contains($0) }.map(\.0))
    let encodeAmpersands = containsEntity(scalars)
    var out = String.UnicodeScalarView()
    func append(_ s: String) { out.append(contentsOf: s.unicodeScalars) }
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if "\\|[]`{}".unicodeScalars.contains(c) || (doubled.contains(c))
        || (separatorLike && "-=:+".unicodeScalars.contains(c))
      {
        append("\\" + String(c))
      } else if c == ":" && isFTPSchemeColon(scalars, at: i) {
        append("\\:")
      } else if c == "<" {
        append("&lt;")
      } else if c == "&" && encodeAmpersands {
        append("&amp;")
      } else if c == "\r" || c == "\n" {
        append("<br>")
        if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
      } else if c == "@" && isAddressAt(scalars, at: i) {
        append("@<span></span>")
      } else {
        out.append(c)
      }
      i += 1
    }
    return String(out)
  }

  /// Text for an ATX heading (`### {track}`): as a cell (so a line break is `<br>` and the heading
  /// stays one line), and a `#` at its end escaped, so that it is not read as the heading's
  /// closing sequence.
  static func escapeHeading(_ text: String) -> String {
    let escaped = escapeCell(text)
    guard escaped.unicodeScalars.last == "#" else { return escaped }
    return String(escaped.unicodeScalars.dropLast()) + "\\#"
  }

  /// A link's destination: the URL as it is, in angle brackets when it holds a parenthesis; nil
  /// when it is not an absolute http or https link as `WebLink` accepts it (which also leaves out
  /// every character that could end the destination or the table cell: blanks, `<`, `>`, `|`, `\`).
  static func linkDestination(_ url: String) -> String? {
    guard WebLink.isValid(url) else { return nil }
    return url.unicodeScalars.contains(where: { $0 == "(" || $0 == ")" }) ? "<\(url)>" : url
  }

  /// Whether `text` holds Liquid (`{{ … }}` or `{% … %}`), which Jekyll replaces before markdown
  /// is read, so it is written as it is.
  static func holdsLiquid(_ text: String) -> Bool { text.contains("{{") || text.contains("{%") }

  /// An image path or URL as a markdown image's destination: Liquid as it is; otherwise blanks as
  /// `%20` (a blank would end the destination) and in angle brackets when it holds a parenthesis.
  static func imageDestination(_ path: String) -> String {
    guard !holdsLiquid(path) else { return path }
    let encoded = path.replacing(" ", with: "%20")
    return encoded.contains(where: { $0 == "(" || $0 == ")" }) ? "<\(encoded)>" : encoded
  }

  /// An HTML attribute with its quotes: `"…"` with `&`, `"`, `<` and `>` as entities; a value
  /// holding Liquid as it is (Jekyll replaces it first), in single quotes when it holds a double
  /// one. `isURL` writes blanks as `%20`.
  static func htmlAttribute(_ value: String, isURL: Bool = false) -> String {
    if holdsLiquid(value) { return value.contains("\"") ? "'\(value)'" : "\"\(value)\"" }
    var out = ""
    for c in value.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case " " where isURL: out += "%20"
      default: out.unicodeScalars.append(c)
      }
    }
    return "\"\(out)\""
  }

  /// `[text](url)` with the text escaped as a cell; the text alone when there is no URL or it is
  /// not a link `linkDestination` writes.
  static func link(_ text: String, url: String?) -> String {
    guard let url, let destination = linkDestination(url) else { return escapeCell(text) }
    return "[\(escapeCell(text))](\(destination))"
  }

  /// Per ASCII byte, whether a text holding it may need escaping.
  private static let escapedBytes: [Bool] = (0..<128).map { byte in
    "\\|[]`{}*_~$<&\r\n@:".utf8.contains(UInt8(byte))
  }

  /// Per ASCII byte, whether a cell made only of such bytes would look like a separator line.
  private static let separatorBytes: [Bool] = (0..<128).map { "-=:+| \t".utf8.contains(UInt8($0)) }

  /// Whether the text holds something a browser reads as an entity: `&lt;`, `&#60;`, `&#x3C;`.
  private static func containsEntity(_ s: [Unicode.Scalar]) -> Bool {
    func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    for i in s.indices where s[i] == "&" {
      var j = i + 1
      let start: Int
      if j < s.count && s[j] == "#" {
        j += 1
        let hex = j < s.count && (s[j] == "x" || s[j] == "X")
        if hex { j += 1 }
        start = j
        while j < s.count
          && (isDigit(s[j]) || (hex && (("a"..."f").contains(s[j]) || ("A"..."F").contains(s[j]))))
        {
          j += 1
        }
      } else {
        start = j
        while j < s.count && (isLetter(s[j]) || (j > start && isDigit(s[j]))) { j += 1 }
      }
      if j > start && j < s.count && s[j] == ";" { return true }
    }
    return false
  }

  /// Whether the `:` at `i` ends an `ftp` scheme followed by `//` (any case).
  private static func isFTPSchemeColon(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 3, i + 2 < s.count, s[i + 1] == "/", s[i + 2] == "/" else { return false }
    return String(String.UnicodeScalarView(s[(i - 3)..<i])).lowercased() == "ftp"
  }

  /// Whether the `@` at `i` stands between what cmark-gfm would take for an e-mail address's name
  /// (a letter, digit or `.+-_` before it) and its domain (a letter or digit after it).
  private static func isAddressAt(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    guard i > 0, i + 1 < s.count else { return false }
    func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
      c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c))
    }
    return (isAlphanumeric(s[i - 1]) || ".+-_".unicodeScalars.contains(s[i - 1])) && isAlphanumeric(s[i + 1])
  }
}

import Foundation

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
    let scalars = Array(text.unicodeScalars)
    let doubled = Set(
      zip(scalars, scalars.dropFirst()).filter { $0 == $1 && "*_~$".unicodeScalars.contains($0) }.map(\.0))
    let looksLikeSeparator =
      !scalars.isEmpty && scalars.allSatisfy { "-=:+| \t".unicodeScalars.contains($0) }
    let encodeAmpersands =
      text.range(of: #"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"#, options: .regularExpression)
      != nil
    var out = String.UnicodeScalarView()
    func append(_ s: String) { out.append(contentsOf: s.unicodeScalars) }
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if "\\|[]`{}".unicodeScalars.contains(c) || (doubled.contains(c))
        || (looksLikeSeparator && "-=:+".unicodeScalars.contains(c))
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

  /// `[text](url)` with the text escaped as a cell; the text alone when there is no URL or it is
  /// not a link `linkDestination` writes.
  static func link(_ text: String, url: String?) -> String {
    guard let url, let destination = linkDestination(url) else { return escapeCell(text) }
    return "[\(escapeCell(text))](\(destination))"
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

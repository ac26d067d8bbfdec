/// The patterns `Markdown.inline` reads a cell's markup with, matching Unicode scalars.
///
/// They are the ICU expressions studylog used before, spelt out: `\s` as Unicode's white space,
/// `.` as anything but a line terminator, and case-blind letters as classes (`[hH]`), so that
/// Swift's `Regex` gives the same matches without Foundation's ICU.
enum InlinePatterns {
  /// Unicode white space, as ICU's `\s` (inside a class).
  private static let space =
    ([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680] + Array(0x2000...0x200A)
    + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]).map { "\\x{\(String($0, radix: 16))}" }.joined()
  /// Anything but a line terminator, as ICU's `.`.
  private static let notLineEnd = #"[^\n\x{0B}\x{0C}\r\x{85}\x{2028}\x{2029}]"#
  private static let s = "[\(space)]"

  /// `word` matching any case of its ASCII letters, as ICU's case folding did: `s` also `ſ`, `k`
  /// also the Kelvin sign, `st` also the ligatures `ﬅ` and `ﬆ`. (Escaped, since the Kelvin sign
  /// written as itself would be taken as the `K` it is canonically equal to.)
  private static func caseless(_ word: String) -> String {
    var out = ""
    var letters = Substring(word)
    while let c = letters.popFirst() {
      switch c {
      case "s" where letters.first == "t":
        letters.removeFirst()
        out += #"(?:[sS\x{17F}][tT]|[\x{FB05}\x{FB06}])"#
      case "s": out += #"[sS\x{17F}]"#
      case "k": out += #"[kK\x{212A}]"#
      default: out += c.isLetter ? "[\(c)\(c.uppercased())]" : String(c)
      }
    }
    return out
  }

  private static func regex(_ pattern: String) -> Regex<AnyRegexOutput> {
    try! Regex(pattern).matchingSemantics(.unicodeScalar)
  }

  /// `<a … href="url" …>text</a>`, the url in group 1 and the text in group 2.
  nonisolated(unsafe) static let anchor = regex(
    "<\(caseless("a"))\(s)[^>]*\(caseless("href"))\(s)*=\(s)*[\"']([^\"']*)[\"'][^>]*>(\(notLineEnd)*?)</\(caseless("a"))>"
  )

  /// `href="url"`.
  nonisolated(unsafe) static let href = regex("\(caseless("href"))\(s)*=\(s)*[\"']([^\"']*)[\"']")

  /// `[text](<url> "title")` or `[text](url "title")`: the text (group 1) and the url in angle
  /// brackets (group 2) or bare, with balanced parentheses (group 3).
  nonisolated(unsafe) static let link = regex(
    #"\[((?:\\"# + notLineEnd + #"|[^\]\\])*)\]\("# + s + #"*(?:<([^<>\n]*)>|((?:[^()"# + space
      + #"<>]|\([^()"# + space + #"]*\))*))(?:"# + s + #"+"[^"]*")?"# + s + #"*\)"#)

  /// `<br>`, `<br/>`, `<BR />`.
  nonisolated(unsafe) static let lineBreak = regex("<\(caseless("br"))\(s)*/?>")

  /// The opening or closing tag of inline formatting: `<u>`, `</b>`, `<span class="x">`.
  nonisolated(unsafe) static let formatting = regex(
    "</?("
      + ["u", "b", "i", "em", "strong", "span", "sup", "sub", "del", "s", "mark", "code"].map(caseless)
      .joined(separator: "|") + ")(\(s)[^>]*)?>")

  /// `text` with every match of `pattern` replaced by `replacement`, left to right.
  static func replacing(
    _ pattern: Regex<AnyRegexOutput>, in text: String, with replacement: String
  ) -> String {
    var out = String.UnicodeScalarView()
    var rest = text.startIndex
    for match in text.matches(of: pattern) {
      out.append(contentsOf: text.unicodeScalars[rest..<match.range.lowerBound])
      out.append(contentsOf: replacement.unicodeScalars)
      rest = match.range.upperBound
    }
    out.append(contentsOf: text.unicodeScalars[rest...])
    return String(out)
  }

  /// `text` with each backslash before ASCII punctuation removed, left to right (`\\*` is `\*`).
  static func unescaping(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      if scalars[i] == "\\", i + 1 < scalars.count, isASCIIPunctuation(scalars[i + 1]) {
        out.append(scalars[i + 1])
        i += 2
      } else {
        out.append(scalars[i])
        i += 1
      }
    }
    return String(out)
  }

  private static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
    ("!"..."/").contains(c) || (":"..."@").contains(c) || ("["..."`").contains(c) || ("{"..."~").contains(c)
  }
}

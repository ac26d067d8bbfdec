/// The scanners `Markdown.inline` reads a cell's markup with, working on Unicode scalars.
///
/// Each one finds what an ICU expression studylog used before found, in the same leftmost order
/// and with the same backtracking, written out by hand so that no regular-expression engine (nor
/// Foundation's ICU) is needed: `\s` is Unicode's white space, `.` anything but a line
/// terminator, and tag names are case-blind as ICU folded them (`ſ` for `s`, the Kelvin sign for
/// `k`, `ﬅ` and `ﬆ` for `st`). `InlinePatternsTests` and `scripts/fuzz inline` compare them with
/// the `NSRegularExpression` version.
enum InlinePatterns {
  typealias Scalars = [Unicode.Scalar]

  /// `<a … href="url" …>text</a>`: the first, as
  /// `<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>` (case-blind) found it.
  static func anchor(in a: Scalars) -> Range<Int>? {
    var p = 0
    while p + 2 < a.count {
      defer { p += 1 }
      guard a[p] == "<", a[p + 1] == "a" || a[p + 1] == "A", isSpace(a[p + 2]) else { continue }
      let start = p + 3
      let firstClose = a[start...].firstIndex(of: ">") ?? a.count
      // `[^>]*` is greedy: the last `href` before the first `>` is tried first.
      var h = firstClose - 4
      while h >= start {
        defer { h -= 1 }
        guard let value = quotedHref(in: a, at: h) else { continue }
        guard let close = a[value.upperBound...].firstIndex(of: ">") else { continue }
        var m = close + 1
        while m < a.count {
          if m + 3 < a.count, a[m] == "<", a[m + 1] == "/", a[m + 2] == "a" || a[m + 2] == "A",
            a[m + 3] == ">"
          {
            return p..<(m + 4)
          }
          if isLineEnd(a[m]) { break }
          m += 1
        }
      }
    }
    return nil
  }

  /// The url of the first `href\s*=\s*["']([^"']*)["']` in `tag`.
  static func href(in tag: Scalars) -> Range<Int>? {
    for h in tag.indices {
      if let value = quotedHref(in: tag, at: h) { return (value.lowerBound + 1)..<(value.upperBound - 1) }
    }
    return nil
  }

  /// `href = "url"` at `h`: the range from the opening quote through the closing one (either
  /// quote closes, as `["']([^"']*)["']` reads it).
  private static func quotedHref(in a: Scalars, at h: Int) -> Range<Int>? {
    guard h + 4 <= a.count, zip(a[h..<(h + 4)], "href".unicodeScalars).allSatisfy({ folds($0, to: $1) })
    else { return nil }
    var k = skipSpaces(a, from: h + 4)
    guard k < a.count, a[k] == "=" else { return nil }
    k = skipSpaces(a, from: k + 1)
    guard k < a.count, isQuote(a[k]) else { return nil }
    guard let end = a[(k + 1)...].firstIndex(where: isQuote) else { return nil }
    return k..<(end + 1)
  }

  /// A link: the whole `[text](url "title")`, the text, and the url in angle brackets or bare.
  struct Link {
    let whole: Range<Int>
    let text: Range<Int>
    let url: Range<Int>
  }

  /// The first `[text](<url> "title")` or `[text](url "title")`, as
  /// `\[((?:\\.|[^\]\\])*)\]\(\s*(?:<([^<>\n]*)>|((?:[^()\s<>]|\([^()\s]*\))*))(?:\s+"[^"]*")?\s*\)`
  /// found it (a bare url may hold balanced parentheses).
  static func link(in a: Scalars) -> Link? {
    for p in a.indices where a[p] == "[" {
      var i = p + 1
      while i < a.count {
        if a[i] == "\\", i + 1 < a.count, !isLineEnd(a[i + 1]) {
          i += 2
        } else if a[i] != "]" && a[i] != "\\" {
          i += 1
        } else {
          break
        }
      }
      guard i + 1 < a.count, a[i] == "]", a[i + 1] == "(" else { continue }
      let text = (p + 1)..<i
      let open = i + 2
      let spaced = skipSpaces(a, from: open)
      // `\s*` is greedy; with fewer spaces the url can only be empty and the title must follow.
      for start in spaced > open ? [spaced, spaced - 1] : [spaced] {
        if start < a.count, a[start] == "<" {
          var j = start + 1
          while j < a.count, a[j] != "<", a[j] != ">", a[j] != "\n" { j += 1 }
          if j < a.count, a[j] == ">", let end = closing(a, from: j + 1) {
            return Link(whole: p..<end, text: text, url: (start + 1)..<j)
          }
        }
        let bare = bareURL(a, from: start)
        if let end = closing(a, from: bare) { return Link(whole: p..<end, text: text, url: start..<bare) }
      }
    }
    return nil
  }

  /// Where `(?:[^()\s<>]|\([^()\s]*\))*` starting at `i` ends.
  private static func bareURL(_ a: Scalars, from i: Int) -> Int {
    var j = i
    while j < a.count {
      if !"()<>".unicodeScalars.contains(a[j]) && !isSpace(a[j]) {
        j += 1
      } else if a[j] == "(" {
        var k = j + 1
        while k < a.count, a[k] != "(", a[k] != ")", !isSpace(a[k]) { k += 1 }
        guard k < a.count, a[k] == ")" else { break }
        j = k + 1
      } else {
        break
      }
    }
    return j
  }

  /// Where `(?:\s+"[^"]*")?\s*\)` starting at `i` ends, or nil.
  private static func closing(_ a: Scalars, from i: Int) -> Int? {
    if i < a.count, isSpace(a[i]) {
      let quote = skipSpaces(a, from: i)
      if quote < a.count, a[quote] == "\"", let end = a[(quote + 1)...].firstIndex(of: "\"") {
        let paren = skipSpaces(a, from: end + 1)
        if paren < a.count, a[paren] == ")" { return paren + 1 }
      }
    }
    let paren = skipSpaces(a, from: i)
    return paren < a.count && a[paren] == ")" ? paren + 1 : nil
  }

  /// `<br>`, `<br/>`, `<BR />` (`<br\s*/?>`) at `p`: where it ends.
  static func lineBreak(_ a: Scalars, at p: Int) -> Int? {
    guard p + 2 < a.count, a[p] == "<", folds(a[p + 1], to: "b"), folds(a[p + 2], to: "r") else { return nil }
    var k = skipSpaces(a, from: p + 3)
    if k < a.count, a[k] == "/" { k += 1 }
    return k < a.count && a[k] == ">" ? k + 1 : nil
  }

  /// The tag names of inline formatting that `inline` drops.
  private static let formattingTags = [
    "u", "b", "i", "em", "strong", "span", "sup", "sub", "del", "s", "mark", "code",
  ]

  /// An opening or closing tag of inline formatting (`</?(u|b|…|code)(\s[^>]*)?>`) at `p`: where
  /// it ends.
  static func formatting(_ a: Scalars, at p: Int) -> Int? {
    guard p < a.count, a[p] == "<" else { return nil }
    let nameStart = p + 1 < a.count && a[p + 1] == "/" ? p + 2 : p + 1
    for name in formattingTags {
      guard let k = caseless(name, in: a, at: nameStart), k < a.count else { continue }
      if a[k] == ">" { return k + 1 }
      if isSpace(a[k]), let close = a[(k + 1)...].firstIndex(of: ">") { return close + 1 }
    }
    return nil
  }

  /// Where `word` (lower-case ASCII) ends when it stands at `i`, letters compared as ICU's case
  /// folding compares them.
  private static func caseless(_ word: String, in a: Scalars, at i: Int) -> Int? {
    var letters = Array(word.unicodeScalars)[...]
    var i = i
    while let c = letters.first {
      guard i < a.count else { return nil }
      if c == "s", letters.dropFirst().first == "t", a[i] == "\u{FB05}" || a[i] == "\u{FB06}" {
        letters = letters.dropFirst(2)
      } else if folds(a[i], to: c) {
        letters = letters.dropFirst()
      } else {
        return nil
      }
      i += 1
    }
    return i
  }

  /// `text` with every match that `match(scalars, at:)` finds replaced by `replacement`, left to
  /// right.
  static func replacing(
    in text: String, with replacement: String, _ match: (Scalars, Int) -> Int?
  ) -> String {
    let a = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var p = 0
    while p < a.count {
      if let end = match(a, p) {
        out.append(contentsOf: replacement.unicodeScalars)
        p = end
      } else {
        out.append(a[p])
        p += 1
      }
    }
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

  /// ICU's `\s`: Unicode white space.
  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default: return false
    }
  }

  /// What ICU's `.` does not match.
  private static func isLineEnd(_ c: Unicode.Scalar) -> Bool {
    [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(c.value)
  }

  private static func isQuote(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "'" }

  private static func skipSpaces(_ a: Scalars, from i: Int) -> Int {
    var k = i
    while k < a.count, isSpace(a[k]) { k += 1 }
    return k
  }

  /// Whether `x` is the lower-case ASCII letter `c` in either case, or folds to it in ICU (`ſ`,
  /// the Kelvin sign).
  private static func folds(_ x: Unicode.Scalar, to c: Unicode.Scalar) -> Bool {
    if x == c || x.value == c.value - 0x20 { return true }
    return (c == "s" && x == "\u{17F}") || (c == "k" && x == "\u{212A}")
  }
}

/// Text written into a Mermaid `gantt` block so that Mermaid 11 reads it as the text it is and
/// draws it unchanged. Found by experiment with Mermaid 11.16 in headless Chromium (the tests in
/// `MermaidRenderTests` render a corpus of hostile titles and tracks and read the SVG back).
///
/// Mermaid turns `#name;` and `#123;` into HTML entities in what it draws, so characters are
/// written as entity codes where they would be read as syntax:
/// - `:`, `;`, `#` and `%` everywhere: a `:` ends a task's text, `;` and `#` end its data, `%`
///   starts a comment (`x%…` too, not only `%%`);
/// - `<` and `>`, so that no tag (not even the `<br>` Mermaid honours in labels) reaches the SVG;
/// - `¶` and `ﬂ`: Mermaid's own placeholders for entities are `ﬂ°°`, `ﬂ°` and `¶ß`, and it turns
///   every one of them in its output into `&#`, `&` and `;`;
/// - the first character of a task's text when the text would begin a statement: a gantt keyword
///   in any letter case (`click`, `Section`, `TITLE`, `excludes`…), a date, or a space Mermaid skips
///   (JavaScript's `\s`, such as a no-break space). `#99;lick me` is drawn as `click me`.
///
/// Line breaks and tabs become spaces (a task is one line); other control characters and the
/// bidirectional overrides are written out as `\u{…}`, as on a terminal (an SVG cannot hold C0
/// controls, and an override would reverse the chart's text). All on Unicode scalars, as Mermaid
/// reads them: a `#` followed by a combining mark is one Character in Swift but still a `#`.
enum MermaidEscaping {
  /// `text` for a title or a section line, where the line's keyword is already written.
  static func escape(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      switch scalar {
      case "#", ":", ";", "%", "<", ">", "\u{B6}", "\u{FB02}":
        out.append(contentsOf: entity(scalar).unicodeScalars)
      case "\n" where previous == "\r": continue
      case "\n", "\r", "\t": out.append(" ")
      case _ where TerminalText.isHidden(scalar):
        out.append(contentsOf: TerminalText.visible(String(scalar)).unicodeScalars)
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// `text` for the start of a task line, where Mermaid would otherwise look for a statement.
  static func taskText(_ text: String) -> String {
    let escaped = escape(text)
    guard let first = escaped.unicodeScalars.first, beginsStatement(escaped) else { return escaped }
    return entity(first) + String(escaped.unicodeScalars.dropFirst())
  }

  /// The words that begin a gantt statement in Mermaid 11's lexer (case-insensitive), each
  /// followed there by a space, a `:`, a `{` or a word boundary.
  static let keywords = [
    "accdescr", "accdescription", "acctitle", "axisformat", "call", "click", "dateformat", "excludes",
    "gantt", "href",
    "includes", "inclusiveenddates", "section", "tickinterval", "title", "todaymarker", "topaxis",
    "weekday", "weekend",
  ]

  /// Whether Mermaid would read a line starting with `text` as something other than a task's text.
  static func beginsStatement(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first else { return false }
    if isJavaScriptSpace(first) { return true }
    if isDate(scalars) { return true }
    let lowered = scalars.map(\.lowercasedASCII)
    return keywords.contains { keyword in
      let word = Array(keyword.unicodeScalars)
      guard lowered.starts(with: word) else { return false }
      // Keywords end at a space or a word boundary: a following ASCII letter, digit or `_` makes
      // another word (`Clicker`), anything else does not (`Gantt차트` is `gantt` to Mermaid).
      return scalars.count == word.count || !isASCIIWordCharacter(scalars[word.count])
    }
  }

  /// `#123;`: a character as Mermaid's decimal entity code.
  static func entity(_ scalar: Unicode.Scalar) -> String { "#\(scalar.value);" }

  /// `dddd-dd-dd` with ASCII digits, which Mermaid reads as a date.
  private static func isDate(_ scalars: [Unicode.Scalar]) -> Bool {
    let shape = Array("dddd-dd-dd".unicodeScalars)
    guard scalars.count >= shape.count else { return false }
    return zip(shape, scalars).allSatisfy { pattern, scalar in
      pattern == "d" ? ("0"..."9").contains(scalar) : scalar == pattern
    }
  }

  private static func isASCIIWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
  }

  /// JavaScript's `\s`: what Mermaid's lexer skips before a statement.
  private static func isJavaScriptSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return true
    default: return false
    }
  }
}

extension Unicode.Scalar {
  /// The ASCII lower-case form of an ASCII scalar.
  fileprivate var lowercasedASCII: Unicode.Scalar {
    ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32)! : self
  }
}

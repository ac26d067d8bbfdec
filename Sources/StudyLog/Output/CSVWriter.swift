#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes CSV as RFC 4180 reads it: fields separated by commas, quoted only when they hold a comma,
/// a quote or a line break, with quotes doubled; records end in LF. The one field writer of the
/// roadmap writer, the session-log line writer and the comparison CSV.
///
/// A field that a spreadsheet would run as a formula is neutralised as OWASP recommends (see
/// `field`), and `unguarded` gives its text back, for the readers.
public enum CSVWriter {
  /// One field: as it is, or quoted when it holds `,`, `"`, CR or LF. Text that begins with `=`,
  /// `+`, `-`, `@`, a tab or a carriage return, which spreadsheets run as a formula
  /// (`=HYPERLINK(…)`), gets a `'` in front and is quoted: `"'=1+1"`. A plain number such as `-3`
  /// or `+1.5` is left as it is, so that it stays a number.
  public static func field(_ text: String) -> String {
    let guarded = needsGuard(text) ? "'" + text : text
    // Scalars, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    guard
      guarded != text
        || text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else {
      return text
    }
    // Quotes doubled on scalars: a quote followed by a combining mark is one Character in Swift,
    // which String replacement would leave single (found by `scripts/fuzz writers`).
    var out = String.UnicodeScalarView(["\""])
    for scalar in guarded.unicodeScalars {
      out.append(scalar)
      if scalar == "\"" { out.append("\"") }
    }
    out.append("\"")
    return String(out)
  }

  /// One record without its line ending: the fields, each written by `field`, joined by commas.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",")
  }

  /// A whole file: one record per line, each ending in LF.
  public static func document(_ records: [[String]]) -> String {
    records.map(line).joined()
  }

  /// One record of a document: `record(fields)` and its LF.
  public static func line(_ fields: [String]) -> String { record(fields) + "\n" }

  /// The text of a field as `field` guarded it: `'=1+1` is `=1+1` (one `'` is dropped before `=`,
  /// `+`, `-`, `@`, a tab or a line break, after any further `'`s, as a spreadsheet reads it; a
  /// guarded carriage return reads back as a line feed, since the reader keeps line breaks inside
  /// a field as LF); other text as it is. Readers unguard a field before they trim it.
  public static func unguarded(_ value: String) -> String {
    let scalars = value.unicodeScalars
    guard scalars.first == "'", let next = scalars.first(where: { $0 != "'" }),
      triggers.contains(next) || next == "\n"
    else { return value }
    return String(scalars.dropFirst())
  }

  /// Whether `field` writes `text` with a `'` in front: when a spreadsheet would run it as a
  /// formula, or when it begins with `'`s before a formula's first character, which `unguarded`
  /// would otherwise take for a guard (`'=x` is written `''=x` and reads back as `'=x`).
  static func needsGuard(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard scalars.first == "'" else { return isFormula(text) }
    guard let next = scalars.first(where: { $0 != "'" }) else { return false }
    return triggers.contains(next) || next == "\n"
  }

  /// The characters that make a spreadsheet read a cell as a formula when it begins with one.
  static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// Whether a spreadsheet would run `text` as a formula: it begins with one of `triggers` and
  /// is not a plain decimal number (`-3`, `+0.5`, and as the regular expression
  /// `^[+-][0-9]+(\.[0-9]+)?$` read it before: one line break may follow the number).
  static func isFormula(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, triggers.contains(first) else { return false }
    return !isSignedDecimal(text)
  }

  /// `+3`, `-0.5`, `+1\n`: a sign, ASCII digits, maybe a point and more digits, then nothing but
  /// one line break (LF, CR, CRLF, VT, FF, NEL, U+2028 or U+2029).
  private static func isSignedDecimal(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    guard let sign = s.first, sign == "+" || sign == "-" else { return false }
    func digits(from i: Int) -> Int {
      var j = i
      while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
      return j
    }
    var i = digits(from: 1)
    guard i > 1 else { return false }
    if i < s.count, s[i] == ".", digits(from: i + 1) > i + 1 { i = digits(from: i + 1) }
    let rest = s[i...].map(\.value)
    return rest.isEmpty || rest == [0x0D, 0x0A]
      || (rest.count == 1 && [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(rest[0]))
  }
}
